package org.kinerja.exchange.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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
                Collector collector = new Collector(handler);
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector,
                        new DataFormatter(), false));
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

    /** Gathers one row's cells, filling gaps, and hands non-blank rows on. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> values = new ArrayList<>();
        private int next;

        Collector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            values.clear();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
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

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? next : new CellReference(cellReference).getCol();
            if (column < next) {
                return;
            }
            if (column >= MAX_COLUMNS) {
                // kept (as one value past the limit) so that the import reports it rather than drop it
                while (values.size() < MAX_COLUMNS) {
                    values.add("");
                }
                if (values.size() == MAX_COLUMNS && formattedValue != null && !formattedValue.isBlank()) {
                    values.add(formattedValue);
                }
                next = Integer.MAX_VALUE;
                return;
            }
            while (values.size() < column) {
                values.add("");
            }
            values.add(formattedValue == null ? "" : formattedValue);
            next = column + 1;
        }
    }
}
