package org.kinerja.measurement.values;

import org.kinerja.exchange.ExportTable;
import org.kinerja.measurement.IpttRow;

/** The IPTT as its page's CSV and XLSX links write it. */
final class IpttExport {

    static final ExportTable<IpttRow> ROWS = ExportTable.<IpttRow>builder("values.iptt.title")
            .number("values.iptt.purpose", IpttRow::purposeNumber)
            .text("values.iptt.code", IpttRow::code)
            .text("values.iptt.indicator", IpttRow::name)
            .text("values.iptt.unit", IpttRow::unit)
            .text("values.iptt.measure", IpttRow::measure)
            .text("values.iptt.direction", IpttRow::direction)
            .text("values.iptt.source", IpttRow::source)
            .number("values.iptt.baseline", IpttRow::baseline)
            .number("values.iptt.target", IpttRow::target)
            .number("values.iptt.actual", IpttRow::actual)
            .number("values.iptt.percentOfTarget", IpttRow::percentOfTarget)
            .text("values.iptt.status", r -> r.status().name())
            .text("values.iptt.valueStatus", IpttRow::valueStatus)
            .build();

    private IpttExport() {
    }
}
