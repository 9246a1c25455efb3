package org.kinerja.delivery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSX files for import tests: real small workbooks, a ZIP bomb and a workbook with very many rows. */
final class Workbooks {

    private Workbooks() {
    }

    /** A workbook whose first sheet has the template's header and these rows (numbers as numeric cells). */
    static byte[] of(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("attendances");
            Row header = sheet.createRow(0);
            for (int i = 0; i < AttendanceImports.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(AttendanceImports.COLUMNS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (v.matches("\\d+")) {
                        row.createCell(i).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(i).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A real workbook whose sheet unpacks to 200 MB of blanks from a few hundred KB. */
    static byte[] zipBomb() throws IOException {
        return replaceSheet(out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(blanks);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A workbook with the template's header and {@code count} one-cell rows, written as raw sheet XML. */
    static byte[] rows(int count) throws IOException {
        return replaceSheet(out -> {
            StringBuilder head = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
            for (String column : AttendanceImports.COLUMNS) {
                head.append("<c t=\"inlineStr\"><is><t>").append(column).append("</t></is></c>");
            }
            head.append("</row>");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder chunk = new StringBuilder();
            for (int r = 2; r <= count + 1; r++) {
                chunk.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>P")
                        .append(r).append("</t></is></c></row>");
                if (chunk.length() > 1 << 16) {
                    out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                    chunk.setLength(0);
                }
            }
            out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    interface SheetWriter {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] replaceSheet(SheetWriter sheet) throws IOException {
        byte[] base = of(List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
