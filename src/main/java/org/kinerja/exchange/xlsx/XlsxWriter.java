package org.kinerja.exchange.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kinerja.exchange.ColumnType;

/**
 * Writes one sheet of an XLSX workbook with POI's streaming SXSSF: only the last 100 rows are in memory,
 * the others go to a compressed temporary file, which {@link #close()} deletes. The header row is bold
 * and frozen; cells keep their column's type (numbers numeric, dates date cells with a format, booleans
 * boolean); text is always a plain string cell, never a formula.
 */
public final class XlsxWriter implements Closeable {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    public static final int WINDOW = 100;

    /** Excel's limit for the text of one cell; longer text is cut there rather than refused. */
    public static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final List<ColumnType> types;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private int nextRow;

    public XlsxWriter(String sheetName, List<ColumnType> types) {
        this.types = List.copyOf(types);
        this.workbook = new SXSSFWorkbook(null, WINDOW, true);
        try {
            this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            this.header = workbook.createCellStyle();
            this.header.setFont(bold);
            short dateFormat = workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd");
            short dateTimeFormat = workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss");
            this.date = workbook.createCellStyle();
            this.date.setDataFormat(dateFormat);
            this.dateTime = workbook.createCellStyle();
            this.dateTime.setDataFormat(dateTimeFormat);
            for (int i = 0; i < this.types.size(); i++) {
                sheet.setColumnWidth(i, width(this.types.get(i)) * 256);
            }
            sheet.createFreezePane(0, 1);
        } catch (RuntimeException e) {
            workbook.dispose();
            throw e;
        }
    }

    /** The bold, frozen first row. */
    public void header(List<String> titles) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(cut(titles.get(i)));
            cell.setCellStyle(header);
        }
    }

    /**
     * One row of cells as {@code ExportTable} normalises them: text (already escaped), {@code Number},
     * {@code LocalDate}, {@code LocalDateTime}, {@code Boolean} or {@code null} for an empty cell.
     */
    public void row(Object[] cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (types.get(i)) {
                case TEXT -> cell.setCellValue(cut((String) value));
                case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
                case DATE -> {
                    cell.setCellValue((LocalDate) value);
                    cell.setCellStyle(date);
                }
                case DATE_TIME -> {
                    cell.setCellValue((LocalDateTime) value);
                    cell.setCellStyle(dateTime);
                }
                case BOOLEAN -> cell.setCellValue((Boolean) value);
            }
        }
    }

    /** Writes the workbook to {@code out}; call once, after the last row. */
    public void finish(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Deletes the temporary file. */
    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }

    private static String cut(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static int width(ColumnType type) {
        return switch (type) {
            case TEXT -> 30;
            case NUMBER, DATE -> 12;
            case DATE_TIME -> 20;
            case BOOLEAN -> 10;
        };
    }
}
