package org.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kinerja.exchange.csv.CsvReader;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/**
 * The CSV and XLSX writers, without Spring: what a spreadsheet or a CSV reader gets back.
 */
class ExportServiceTests {

    record Item(long id, String name, BigDecimal amount, LocalDate day, Instant at, Boolean active) {
    }

    static final ExportTable<Item> TABLE = ExportTable.<Item>builder("items.title")
            .zone(ZoneId.of("Asia/Jakarta"))
            .number("items.id", Item::id)
            .text("items.name", Item::name)
            .number("items.amount", Item::amount)
            .date("items.day", Item::day)
            .dateTime("items.at", Item::at)
            .bool("items.active", Item::active)
            .build();

    private final ExportService exports = new ExportService(messages());

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("items.title", Locale.ENGLISH, "Items");
        messages.addMessage("items.id", Locale.ENGLISH, "Id");
        messages.addMessage("items.name", Locale.ENGLISH, "Name");
        messages.addMessage("items.amount", Locale.ENGLISH, "Amount");
        messages.addMessage("items.day", Locale.ENGLISH, "Day");
        messages.addMessage("items.at", Locale.ENGLISH, "At");
        messages.addMessage("items.active", Locale.ENGLISH, "Active");
        return messages;
    }

    @BeforeEach
    void english() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static final List<Item> ITEMS = List.of(
            new Item(1, "He said \"hi\", then left", new BigDecimal("-1250.10"), LocalDate.of(2025, 1, 31),
                    Instant.parse("2025-01-31T07:05:09Z"), true),
            new Item(2, "two\nlines", null, null, null, false),
            new Item(3, "=HYPERLINK(\"http://evil.example\",\"click\")", BigDecimal.ZERO, null, null, null),
            new Item(4, "=1+1", new BigDecimal("3"), null, null, null));

    private byte[] write(ExportFormat format, List<Item> items) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(format, TABLE, RowSource.of(items), out);
        return out.toByteArray();
    }

    private static List<List<String>> readCsv(byte[] bytes) throws Exception {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            List<String> record;
            while ((record = reader.next()) != null) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void csvStartsWithAByteOrderMarkAndRoundTripsQuotesCommasAndLineBreaks() throws Exception {
        byte[] csv = write(ExportFormat.CSV, ITEMS);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<List<String>> records = readCsv(csv);
        assertThat(records).hasSize(5);
        assertThat(records.get(0)).containsExactly("Id", "Name", "Amount", "Day", "At", "Active");
        assertThat(records.get(1)).containsExactly("1", "He said \"hi\", then left", "-1250.10", "2025-01-31",
                "2025-01-31 14:05:09", "true");
        assertThat(records.get(2)).containsExactly("2", "two\nlines", "", "", "", "false");
        assertThat(records.get(3).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(records.get(4).get(1)).isEqualTo("'=1+1");
    }

    @Test
    void csvQuotesOnlyWhatNeedsQuotingAndEndsRecordsWithCrlf() throws Exception {
        String csv = new String(write(ExportFormat.CSV, ITEMS), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFId,Name,Amount,Day,At,Active\r\n"
                + "1,\"He said \"\"hi\"\", then left\",-1250.10,2025-01-31,2025-01-31 14:05:09,true\r\n"
                + "2,\"two\nlines\",,,,false\r\n"
                + "3,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",0,,,\r\n"
                + "4,'=1+1,3,,,\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"})
    void textThatCouldStartAFormulaGetsAnApostrophe(String text) {
        assertThat(SpreadsheetText.escape(text)).isEqualTo("'" + text);
        assertThat(ExportService.csvText(ColumnType.TEXT, text)).isEqualTo("'" + text);
    }

    @Test
    void numbersAndOrdinaryTextAreNotEscaped() {
        assertThat(ExportService.csvText(ColumnType.NUMBER, -5)).isEqualTo("-5");
        assertThat(ExportService.csvText(ColumnType.NUMBER, 2.50d)).isEqualTo("2.5");
        assertThat(ExportService.csvText(ColumnType.NUMBER, Double.NaN)).isNull();
        assertThat(SpreadsheetText.escape("Bali Process")).isEqualTo("Bali Process");
        assertThat(SpreadsheetText.escape("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetText.escape("")).isEmpty();
        assertThat(SpreadsheetText.escape(null)).isNull();
    }

    @Test
    void xlsxKeepsTypesBoldsAndFreezesTheHeaderAndNeverWritesFormulas() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX, ITEMS)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Items");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);

            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Name");
            assertThat(header.getCell(1).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(-1250.10);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 1, 31));
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(first.getCell(4).getLocalDateTimeCellValue()).hasToString("2025-01-31T14:05:09");
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(first.getCell(5).getBooleanCellValue()).isTrue();
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("He said \"hi\", then left");

            assertThat(sheet.getRow(2).getCell(2)).as("null leaves the cell empty").isNull();
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("two\nlines");

            var formulaLooking = sheet.getRow(4).getCell(1);
            assertThat(formulaLooking.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLooking.getStringCellValue()).isEqualTo("'=1+1");
        }
    }

    @Test
    void xlsxStreamsMoreRowsThanItsWindowAndCutsOverlongText() throws Exception {
        String tooLong = "x".repeat(40_000);
        List<Item> many = IntStream.rangeClosed(1, 1_000)
                .mapToObj(i -> new Item(i, i == 1000 ? tooLong : "item " + i, BigDecimal.valueOf(i), null, null, null))
                .toList();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX, many)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1_000);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("item 1");
            assertThat(sheet.getRow(999).getCell(2).getNumericCellValue()).isEqualTo(999.0);
            assertThat(sheet.getRow(1000).getCell(1).getStringCellValue()).hasSize(32_767);
        }
    }

    @Test
    void pagedRowsAreFetchedUntilAShortPage() {
        List<Integer> asked = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        RowSource<Integer> rows = RowSource.paged(page -> {
            asked.add(page.page());
            int from = Math.toIntExact(page.offset());
            int to = Math.min(1_200, from + page.size());
            return IntStream.range(from, Math.max(from, to)).boxed().toList();
        });

        rows.forEach(seen::add);

        assertThat(asked).containsExactly(0, 1, 2);
        assertThat(seen).hasSize(1_200).startsWith(0, 1).endsWith(1_199);
    }
}
