package org.kinerja.indicator.web;

import java.util.stream.Collectors;

import org.kinerja.exchange.ExportTable;
import org.kinerja.exchange.RowSource;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.IndicatorService;

/** A plan's indicators as exported by {@code GET /api/v1/plans/{code}/indicators?format=csv|xlsx}. */
final class IndicatorExport {

    static final ExportTable<Indicator> TABLE = ExportTable.<Indicator>builder("indicator.export.title")
            .text("indicator.export.code", Indicator::code)
            .text("indicator.export.name", Indicator::name)
            .number("indicator.export.purpose", Indicator::purposeNumber)
            .text("indicator.export.outcome", Indicator::outcomeCode)
            .text("indicator.export.unit", Indicator::unit)
            .text("indicator.export.measure", Indicator::measure)
            .text("indicator.export.direction", Indicator::direction)
            .text("indicator.export.aggregation", Indicator::aggregation)
            .number("indicator.export.baselineValue", i -> i.baseline() == null ? null : i.baseline().value())
            .number("indicator.export.baselineYear", i -> i.baseline() == null ? null : i.baseline().year())
            .text("indicator.export.targets", i -> i.targets().stream()
                    .map(t -> t.year() + ": " + (t.value() == null ? t.note() : t.value().toPlainString()))
                    .collect(Collectors.joining("; ")))
            .text("indicator.export.source", Indicator::source)
            .text("indicator.export.frequency", Indicator::frequency)
            .bool("indicator.export.proposed", Indicator::proposed)
            .build();

    private IndicatorExport() {
    }

    /** File names are lower case: {@code indicators-sp-2021-22-<date>.csv}. */
    static String fileName(String planCode) {
        return "indicators-" + planCode.toLowerCase(java.util.Locale.ROOT);
    }

    /** A plan's indicators (of one purpose, if given), a page at a time. */
    static RowSource<Indicator> rows(IndicatorService indicators, String planCode, Integer purpose) {
        return RowSource.paged(page -> indicators.indicators(planCode, purpose, page).items());
    }
}
