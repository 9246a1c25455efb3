package org.kinerja.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kinerja.exchange.SpreadsheetText;
import org.kinerja.report.render.ReportDocument.Cell;
import org.kinerja.report.render.ReportDocument.Table;

/**
 * The report as a workbook, streamed: one sheet per table with a bold header row, figures as numbers (a
 * suppressed count as its "&lt;5" text) and every text through {@link SpreadsheetText} so nothing a user typed
 * runs as a formula.
 */
final class XlsxWriter {

    private XlsxWriter() {
    }

    static void write(ReportDocument document, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
            Set<String> names = new HashSet<>();
            for (Table table : document.sheets()) {
                Sheet sheet = workbook.createSheet(unique(table.sheet(), names));
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    org.apache.poi.ss.usermodel.Cell cell = head.createCell(c);
                    cell.setCellValue(SpreadsheetText.escape(table.headers().get(c)));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, (table.numericColumn(c) ? 14 : 36) * 256);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<Cell> cells : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        Cell value = cells.get(c);
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        if (value.number() != null) {
                            cell.setCellValue(value.number().doubleValue());
                            cell.setCellStyle(number);
                        } else {
                            cell.setCellValue(SpreadsheetText.escape(value.text()));
                        }
                    }
                }
            }
            workbook.write(out);
        }
    }

    /** A sheet name Excel accepts (31 characters, no {@code []:*?/\}), different from the ones before it. */
    private static String unique(String name, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String candidate = safe;
        for (int i = 2; !taken.add(candidate.toLowerCase()); i++) {
            String suffix = " " + i;
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
