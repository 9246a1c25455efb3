package org.kinerja.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a report's data as a file. One implementation (the {@code render} package) serves the live report
 * and the issued ones alike: it reads only the {@link ReportData} it is given.
 */
public interface ReportRenderer {

    /** A4 PDF with a table of contents, page numbers, vector charts and embedded fonts. */
    void writePdf(ReportData data, OutputStream out) throws IOException;

    /** Word document with real heading styles, tables and the charts as images. */
    void writeDocx(ReportData data, OutputStream out) throws IOException;

    /** Workbook with one sheet per table, user text neutralised against formula injection. */
    void writeXlsx(ReportData data, OutputStream out) throws IOException;
}
