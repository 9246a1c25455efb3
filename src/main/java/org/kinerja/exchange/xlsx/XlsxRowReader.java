package org.kinerja.exchange.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX workbook row by row with POI's SAX (event) API: the sheet's XML is
 * streamed and never held as a workbook, so memory stays bounded by one row (and the shared strings table)
 * whatever the number of rows. ZIP bombs are refused by {@link ZipSecureFile}'s inflate-ratio and entry-size
 * limits. Cells come as the text a spreadsheet shows (numbers without a trailing {@code .0}, formulas as
 * their cached result); empty cells between filled ones are empty strings.
 *
 * <pre>{@code
 * XlsxRowReader.read(in, (row, values) -> ...);   // row numbered as the spreadsheet does: 1 is the first
 * }</pre>
 */
public final class XlsxRowReader {

    /** The largest uncompressed part accepted (the sheet's XML of a very large file stays well under it). */
    static final long MAX_ENTRY_SIZE = 1L << 30;
    /** Compressed / uncompressed below this ratio is taken for a ZIP bomb (POI's default, kept explicit). */
    static final double MIN_INFLATE_RATIO = 0.01d;
    /** Columns beyond this are not a participant list. */
    static final int MAX_COLUMNS = 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private XlsxRowReader() {
    }

    /** Receives the rows of the sheet in order; blank rows are not passed. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int rowNumber, List<String> values);
    }

    /** The content is not a readable XLSX workbook (another ZIP, a damaged file, a ZIP bomb, no sheet). */
    public static final class NotAWorkbookException extends IOException {
        NotAWorkbookException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads the first sheet. The stream is copied to a temporary file first (ZIP needs random access) and
     * that file is deleted before this returns. Runtime exceptions thrown by the handler propagate as they
     * are and stop the reading.
     *
     * @throws NotAWorkbookException when the content is not an XLSX workbook
     */
    public static void read(InputStream in, RowHandler handler) throws IOException {
        Path file = Files.createTempFile("kinerja-import-", ".xlsx");
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            read(file, handler);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Reads the first sheet of a workbook on disk. */
    public static void read(Path file, RowHandler handler) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new NotAWorkbookException("not an XLSX package", e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new NotAWorkbookException("the workbook has no sheet", null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(styles, strings, new Collector(handler)));
                parser.parse(new InputSource(sheet));
            }
        } catch (SAXException | OpenXML4JException | ParserConfigurationException e) {
            throw new NotAWorkbookException("the sheet cannot be read", e);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (IOException e) {
            // POI reports a ZIP bomb and a part larger than the limits as IOException
            throw new NotAWorkbookException(e.getMessage(), e);
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            throw new NotAWorkbookException("the workbook cannot be read", e);
        } finally {
            pkg.revert();
        }
    }

    /**
     * The cells of the sheet's XML as the text a spreadsheet shows, as POI's {@code XSSFSheetXMLHandler} gives
     * them — shared and inline strings, booleans as TRUE/FALSE, errors as {@code ERROR:} and the code, formulas as
     * their cached result, numbers through {@link DataFormatter} with the cell's format — without its cost per
     * cell: a whole number in the General format (the common case: days, scores) is taken as written, a column
     * is read from the cell reference's letters, and each shared string and style is looked up once.
     */
    private static final class SheetHandler extends DefaultHandler {
        private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

        private enum Type { NUMBER, BOOLEAN, ERROR, FORMULA, INLINE, SHARED }

        private final StylesTable styles;
        private final ReadOnlySharedStringsTable strings;
        private final Collector out;
        private final DataFormatter formatter = new DataFormatter();
        private final Map<Integer, String> sharedText = new HashMap<>();
        private final Map<Integer, Format> formats = new HashMap<>();
        private final StringBuilder value = new StringBuilder(64);
        private Type type;
        private Format format;
        private int column;
        private int nextColumn;
        private int nextRow;
        private int row;
        private boolean valueOpen;
        private boolean inlineOpen;

        /** A cell style's number format: {@code string} {@code null} when the workbook has no styles. */
        private record Format(int index, String string) {
            boolean general() {
                return index == 0 || "General".equalsIgnoreCase(string);
            }
        }

        SheetHandler(StylesTable styles, ReadOnlySharedStringsTable strings, Collector out) {
            this.styles = styles;
            this.strings = strings;
            this.out = out;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (uri != null && !uri.equals(MAIN)) {
                return;
            }
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r != null ? Integer.parseInt(r) - 1 : nextRow;
                    nextColumn = 0;
                    out.startRow();
                }
                case "c" -> startCell(attributes);
                case "is" -> {
                    inlineOpen = true;
                    value.setLength(0);
                }
                case "v" -> {
                    valueOpen = true;
                    if (!inlineOpen) {
                        value.setLength(0);
                    }
                }
                case "t" -> valueOpen = inlineOpen;
                default -> {
                }
            }
        }

        private void startCell(Attributes attributes) {
            String reference = attributes.getValue("r");
            column = reference == null ? nextColumn : column(reference);
            nextColumn = column + 1;
            format = null;
            String t = attributes.getValue("t");
            if (t == null || t.equals("n")) {
                type = Type.NUMBER;
                String s = attributes.getValue("s");
                format = format(s == null ? -1 : Integer.parseInt(s));
            } else {
                type = switch (t) {
                    case "b" -> Type.BOOLEAN;
                    case "e" -> Type.ERROR;
                    case "inlineStr" -> Type.INLINE;
                    case "s" -> Type.SHARED;
                    case "str" -> Type.FORMULA;
                    default -> Type.NUMBER;
                };
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (valueOpen) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (uri != null && !uri.equals(MAIN)) {
                return;
            }
            switch (localName) {
                case "v" -> {
                    valueOpen = false;
                    if (!inlineOpen) {
                        out.cell(column, text());
                    }
                }
                case "t" -> valueOpen = false;
                case "is" -> {
                    inlineOpen = false;
                    out.cell(column, text());
                }
                case "row" -> {
                    out.endRow(row);
                    nextRow = row + 1;
                }
                default -> {
                }
            }
        }

        private String text() {
            String raw = value.toString();
            return switch (type) {
                case BOOLEAN -> raw.isEmpty() ? "" : raw.charAt(0) == '0' ? "FALSE" : "TRUE";
                case ERROR -> "ERROR:" + raw;
                case INLINE -> decoded(raw);
                case SHARED -> shared(raw);
                case FORMULA -> formula(raw);
                case NUMBER -> number(raw);
            };
        }

        private String number(String raw) {
            if (format == null || format.string() == null || raw.isEmpty() || format.general() && wholeNumber(raw)) {
                return raw;
            }
            return formatted(raw);
        }

        private String formula(String raw) {
            return format == null || format.string() == null ? raw : formatted(raw);
        }

        private String formatted(String raw) {
            try {
                return formatter.formatRawCellContents(Double.parseDouble(raw), format.index(), format.string());
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        private String shared(String raw) {
            if (raw.isEmpty()) {
                return "";
            }
            int index;
            try {
                index = Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                return "";
            }
            return sharedText.computeIfAbsent(index, i -> strings.getItemAt(i).getString());
        }

        /** The cell style's number format, looked up once per style; style -1: the cell names none. */
        private Format format(int style) {
            if (styles == null) {
                return null;
            }
            return formats.computeIfAbsent(style, s -> {
                XSSFCellStyle cellStyle = s >= 0 ? styles.getStyleAt(s)
                        : styles.getNumCellStyles() > 0 ? styles.getStyleAt(0) : null;
                if (cellStyle == null) {
                    return new Format(-1, null);
                }
                short index = cellStyle.getDataFormat();
                String string = cellStyle.getDataFormatString();
                return new Format(index, string != null ? string : BuiltinFormats.getBuiltinFormat(index));
            });
        }

        /** Whether General shows the number as written: an integer of up to ten digits, without leading zeros. */
        static boolean wholeNumber(String raw) {
            int start = raw.charAt(0) == '-' ? 1 : 0;
            int digits = raw.length() - start;
            if (digits < 1 || digits > 10 || digits > 1 && raw.charAt(start) == '0' || start == 1 && raw.equals("-0")) {
                return false;
            }
            for (int i = start; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        /** Text with OOXML's {@code _xHHHH_} escapes turned into the characters they stand for. */
        private static String decoded(String raw) {
            return raw.contains("_x") ? new XSSFRichTextString(raw).getString() : raw;
        }

        /** The zero-based column of a reference such as {@code AB12}. */
        static int column(String reference) {
            int column = 0;
            int i = 0;
            while (i < reference.length()) {
                char c = reference.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    column = column * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    column = column * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
                if (column > MAX_COLUMNS) {
                    return MAX_COLUMNS;
                }
                i++;
            }
            return i == 0 ? new CellReference(reference).getCol() : column - 1;
        }
    }

    /** Gathers one row's cells, filling gaps, and hands non-blank rows on. */
    private static final class Collector {
        private final RowHandler handler;
        private final List<String> values = new ArrayList<>();
        private int next;

        Collector(RowHandler handler) {
            this.handler = handler;
        }

        void startRow() {
            values.clear();
            next = 0;
        }

        void endRow(int rowNum) {
            boolean blank = true;
            for (String value : values) {
                if (!value.isBlank()) {
                    blank = false;
                    break;
                }
            }
            if (!blank) {
                handler.row(rowNum + 1, List.copyOf(values));
            }
        }

        void cell(int column, String value) {
            if (column < next) {
                return;
            }
            if (column >= MAX_COLUMNS) {
                // kept (as one value past the limit) so that the import reports it rather than drop it
                while (values.size() < MAX_COLUMNS) {
                    values.add("");
                }
                if (values.size() == MAX_COLUMNS && value != null && !value.isBlank()) {
                    values.add(value);
                }
                next = Integer.MAX_VALUE;
                return;
            }
            while (values.size() < column) {
                values.add("");
            }
            values.add(value == null ? "" : value);
            next = column + 1;
        }
    }
}
