package org.kinerja.exchange;

/**
 * What a column of an export holds, which decides how each format writes it.
 */
public enum ColumnType {

    /** Text; formula-looking text is escaped (see {@link SpreadsheetText#escape(String)}). */
    TEXT,
    /** A number: plain digits with a {@code .} decimal point in CSV, a numeric cell in XLSX. */
    NUMBER,
    /** A calendar day: {@code 2025-01-31} in CSV, a date cell formatted {@code yyyy-mm-dd} in XLSX. */
    DATE,
    /**
     * A moment, in the table's time zone: {@code 2025-01-31 14:05:09} in CSV, a date cell formatted
     * {@code yyyy-mm-dd hh:mm:ss} in XLSX.
     */
    DATE_TIME,
    /** {@code true} or {@code false} in CSV, a boolean cell in XLSX. */
    BOOLEAN
}
