package org.kinerja.exchange.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The workbook reader gives each cell the text POI's own sheet handler (with a {@link DataFormatter}) gives:
 * compared cell by cell on workbooks with shared strings (XSSF) and inline strings (SXSSF, as the benchmark's).
 */
class XlsxRowReaderTests {

    @TempDir
    Path dir;

    record Read(int row, List<String> values) {
    }

    private static void fill(Workbook wb) {
        Sheet sheet = wb.createSheet("people");
        CellStyle twoDecimals = wb.createCellStyle();
        twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("name");
        header.createCell(1).setCellValue("score");
        Row first = sheet.createRow(1);
        first.createCell(0).setCellValue("Siti Rahman");
        first.createCell(1).setCellValue(85);
        first.createCell(2).setCellValue(2.5);
        first.createCell(4).setCellValue(-7);
        first.createCell(5).setCellValue(true);
        first.createCell(6).setCellValue(0);
        Row second = sheet.createRow(2);
        second.createCell(0).setCellValue("José O'Brien");
        second.createCell(1).setCellValue(3);
        second.getCell(1).setCellStyle(twoDecimals);
        second.createCell(2).setCellValue(0.25);
        second.getCell(2).setCellStyle(percent);
        second.createCell(3).setCellValue(123456789012d);
        second.createCell(4).setCellValue(9999999999d);
        second.createCell(5).setCellValue(false);
        second.createCell(27).setCellValue("column AB");
        // row 4 left blank: not passed on
        Row fifth = sheet.createRow(4);
        fifth.createCell(0).setCellValue("Siti Rahman");
        fifth.createCell(1).setCellValue(1e-3);
        fifth.createCell(2).setCellValue("  ");
        fifth.createCell(3).setCellValue("x");
    }

    private Path write(Workbook wb, String name) throws IOException {
        Path file = dir.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            fill(wb);
            wb.write(out);
        }
        return file;
    }

    private static List<Read> read(Path file) throws IOException {
        List<Read> rows = new ArrayList<>();
        XlsxRowReader.read(file, (row, values) -> rows.add(new Read(row, values)));
        return rows;
    }

    /** What POI's XSSFSheetXMLHandler gives, gathered the same way (gaps filled, blank rows left out). */
    private static List<Read> readWithPoi(Path file) throws Exception {
        List<Read> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> values = new ArrayList<>();
            XSSFSheetXMLHandler.SheetContentsHandler contents = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                    values.clear();
                }

                @Override
                public void endRow(int rowNum) {
                    if (values.stream().anyMatch(v -> !v.isBlank())) {
                        rows.add(new Read(rowNum + 1, List.copyOf(values)));
                    }
                }

                @Override
                public void cell(String reference, String value, XSSFComment comment) {
                    int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
                    while (values.size() < column) {
                        values.add("");
                    }
                    values.add(value == null ? "" : value);
                }
            };
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg, false), contents, new DataFormatter(), false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
        }
        return rows;
    }

    @Test
    void sharedStringsNumbersInTheirFormatsBooleansAndGapsReadAsPoiShowsThem() throws Exception {
        Path file = write(new XSSFWorkbook(), "shared.xlsx");

        List<Read> rows = read(file);

        assertThat(rows).isEqualTo(readWithPoi(file));
        assertThat(rows).extracting(Read::row).containsExactly(1, 2, 3, 5);
        assertThat(rows.get(1).values()).containsExactly("Siti Rahman", "85", "2.5", "", "-7", "TRUE", "0");
        assertThat(rows.get(2).values().subList(0, 6))
                .containsExactly("José O'Brien", "3.00", "25%", "1.23457E+11", "9999999999", "FALSE");
        assertThat(rows.get(2).values()).hasSize(28).endsWith("column AB");
        assertThat(rows.get(3).values()).containsExactly("Siti Rahman", "0.001", "  ", "x");
    }

    @Test
    void inlineStringsOfAStreamedWorkbookReadAsPoiShowsThem() throws Exception {
        Path file = write(new SXSSFWorkbook(10), "inline.xlsx");

        List<Read> rows = read(file);

        assertThat(rows).isEqualTo(readWithPoi(file));
        assertThat(rows.get(1).values()).containsExactly("Siti Rahman", "85", "2.5", "", "-7", "TRUE", "0");
    }
}
