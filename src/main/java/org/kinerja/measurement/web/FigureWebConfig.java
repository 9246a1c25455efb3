package org.kinerja.measurement.web;

import org.kinerja.exchange.ExportTable;
import org.kinerja.measurement.FigureRecord;
import org.kinerja.shared.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class FigureWebConfig {

    /** Who reads figures and the records behind them: everyone but member focal points, who read issued reports. */
    static final String[] READERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER", "MEL_OFFICER", "VIEWER"};

    /** The records behind a figure as the drill-down page's export links write them: never a person's name. */
    static final ExportTable<FigureRecord> RECORDS = ExportTable.<FigureRecord>builder("measurement.records.export")
            .text("measurement.record.kind", FigureRecord::kind)
            .number("measurement.record.id", FigureRecord::id)
            .text("measurement.record.label", FigureRecord::label)
            .date("measurement.record.date", FigureRecord::date)
            .build();

    @Bean
    AccessRules figureAccessRules() {
        return rules -> rules.requestMatchers("/figures", "/figures/**", "/api/v1/figures", "/api/v1/figures/**")
                .hasAnyRole(READERS);
    }
}
