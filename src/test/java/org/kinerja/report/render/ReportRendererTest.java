package org.kinerja.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.kinerja.report.ReportData;
import org.kinerja.report.ReportRenderer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The report's files, rendered from a hand-built ReportData and read back with pdftotext, PDFBox and POI. */
@SpringBootTest
class ReportRendererTest {

    @Autowired
    ReportRenderer renderer;

    @Test
    void pdfCarriesEveryPurposeTheIndicatorTableAContentsPageAndPageNumbers() throws Exception {
        String text = pdfText(pdf(ReportFixture.internal()));
        for (String title : ReportFixture.PURPOSE_TITLES) {
            assertThat(text).contains(title);
        }
        assertThat(text).contains("Annual Performance Report 2098").contains("Contents")
                .contains("Co-Managers' foreword").contains("The year at a glance")
                .contains("Delivery against the work plan by purpose").contains("Guiding principles")
                .contains("Members engaged").contains("Budget and expenditure by purpose")
                .contains("Definitions of the computed indicators").contains("2098-12-31 10:15 UTC");
        // indicator rows: code, name, baseline, target, actual, % of target, status
        assertThat(text).containsPattern("2\\.1\\s+People trained \\(people\\)\\s+10\\s+15\\s+18\\s+120%\\s+Achieved");
        assertThat(text).containsPattern("1\\.1\\s+Requests delivered \\(requests\\)\\s+3\\s+6\\s+5\\s+83\\.33%\\s+On track");
        // the table of contents gives each section's page; the footer numbers the pages
        assertThat(text).containsPattern("Co-Managers' foreword \\.+ 3\\b").containsPattern("The year at a glance \\.+ 4\\b");
        assertThat(text).containsPattern("\\b3 / \\d+\\b");
        assertThat(text).contains(ReportFixture.VIETNAMESE).contains("<script>alert('x')</script> & more")
                .contains(ReportFixture.HYPERLINK).contains("Second paragraph <script>");
        // right-to-left names are laid out in visual order, so a reader (and pdftotext) reads them right
        assertThat(text.replaceAll("[\u202A-\u202E]", "")).contains("Outreach with " + ReportFixture.ARABIC);
    }

    @Test
    void pdfEmbedsEveryFont() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(ReportFixture.internal()))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    void publicPdfShowsSuppressedCountsAsLessThanFive() throws Exception {
        String text = pdfText(pdf(ReportFixture.publicReport()));
        assertThat(text).contains("Counts from 1 to 4 are shown as <5");
        assertThat(text).containsPattern("Viet Nam – Nguyễn Thị Lan\\s+<5");
        assertThat(text).containsPattern("Female\\s+<5");
    }

    @Test
    void renderingTwiceGivesTheSameText() throws Exception {
        ReportData data = ReportFixture.internal();
        assertThat(pdfText(pdf(data))).isEqualTo(pdfText(pdf(data)));
        assertThat(docxText(docx(data))).isEqualTo(docxText(docx(data)));
        assertThat(xlsxText(xlsx(data))).isEqualTo(xlsxText(xlsx(data)));
    }

    @Test
    void docxHasHeadingStylesTablesAndChartImages() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(ReportFixture.internal())))) {
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            List<String> h1 = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(h1).contains("The year at a glance", "Purpose 1: Support to Members & Working Groups",
                    "Purpose 3: Knowledge and research " + ReportFixture.SCRIPT, "Annex");
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .contains("Highlights", "Indicators", "Activity list");
            assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("Title");
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Annual Performance Report 2098");
            assertThat(doc.getTables()).hasSizeGreaterThan(15);
            assertThat(doc.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("Figure");
            assertThat(doc.getAllPictures()).hasSize(3);
            assertThat(doc.getAllPictures().get(0).getData()).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void xlsxHasOneSheetPerTableNumbersAsNumbersAndNoFormulas() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(ReportFixture.internal())))) {
            List<String> names = new ArrayList<>();
            book.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("At a glance", "Delivery by purpose", "Indicators", "P1 requests by type",
                    "P1 requests by requester", "P2 events", "P2 people trained by sex", "P2 people trained by member",
                    "P2 by agency type", "P3 knowledge products", "P4 engagements by forum", "P4 engagements by type",
                    "Gender marker", "Principle evidence", "Members engaged", "Partners", "Budget by purpose",
                    "Activities", "Indicator data", "Definitions");
            Sheet glance = book.getSheet("At a glance");
            assertThat(glance.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Figure");
            Row people = find(glance, "People trained");
            assertThat(people.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(people.getCell(1).getNumericCellValue()).isEqualTo(18.0);
            Sheet indicators = book.getSheet("Indicators");
            Row stories = find(indicators, 1, "3.1");
            assertThat(stories.getCell(2).getStringCellValue()).isEqualTo("Stories " + ReportFixture.HYPERLINK);
            assertThat(stories.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(stories.getCell(5).getNumericCellValue()).isEqualTo(2.0);
            Row workingGroup = book.getSheet("P1 requests by requester").getRow(2);
            assertThat(workingGroup.getCell(0).getStringCellValue()).isEqualTo("'" + ReportFixture.HYPERLINK);
            assertThat(workingGroup.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            Sheet budget = book.getSheet("Budget by purpose");
            assertThat(budget.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(33000.0);
            assertThat(book.getSheet("P2 people trained by member").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Viet Nam – " + ReportFixture.VIETNAMESE);
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
                }
            }
        }
    }

    @Test
    void publicXlsxWritesSuppressedCountsAsText() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(ReportFixture.publicReport())))) {
            Row female = find(book.getSheet("P2 people trained by sex"), "Female");
            assertThat(female.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(female.getCell(1).getStringCellValue()).isEqualTo("<5");
            assertThat(find(book.getSheet("P2 people trained by sex"), "Male").getCell(1).getNumericCellValue()).isEqualTo(9.0);
        }
    }

    @Test
    void aReportOfSevenHundredActivitiesRendersAsAPdfOfFiftyPagesAndMoreWithEveryActivityListed() throws Exception {
        // its speed is measured by the report benchmark (docs/benchmarks.md), never by a test
        ReportData data = ReportFixture.large(700);
        byte[] pdf = pdf(data);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(50);
        }
        String text = pdfText(pdf);
        // the annex lists the first and the last generated activity, each code at the start of its row
        assertThat(text).containsPattern("(?m)^\\s*X0\\s").containsPattern("(?m)^\\s*X699\\s");
    }

    @Test
    void aYearOfManyEventsListsTheFiftyLargestInThePdfAndDocxAndEveryEventInTheWorkbook() throws Exception {
        ReportData data = ReportFixture.manyEvents(120);
        String note = "The 50 events with the most participants are listed below; the workbook (XLSX) lists all 120"
                + " events held";
        String text = pdfText(pdf(data)).replaceAll("\\s+", " ");
        assertThat(text).contains(note);
        // events 70 to 119 have the most participants (71 to 120); event 69 is the first left out
        assertThat(text).contains("Event 70 ").contains("Event 119 ").doesNotContain("Event 69 ").doesNotContain("Event 0 ");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(data)));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String docx = words.getText();
            assertThat(docx.replaceAll("\\s+", " ")).contains(note);
            assertThat(docx).contains("Event 119").doesNotContain("Event 69\t");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(data)))) {
            Sheet events = book.getSheet("P2 events");
            find(events, "Event 0");
            find(events, "Event 69");
            find(events, "Event 119");
            // every event below the sheet's caption and header rows
            long rows = 0;
            for (Row row : events) {
                if (row.getCell(0) != null && row.getCell(0).toString().startsWith("Event ")) {
                    rows++;
                }
            }
            assertThat(rows).isEqualTo(120);
        }
    }

    private static Row find(Sheet sheet, String first) {
        return find(sheet, 0, first);
    }

    private static Row find(Sheet sheet, int column, String first) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && first.equals(row.getCell(column).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    private byte[] pdf(ReportData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.writePdf(data, out);
        return out.toByteArray();
    }

    private byte[] docx(ReportData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.writeDocx(data, out);
        return out.toByteArray();
    }

    private byte[] xlsx(ReportData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.writeXlsx(data, out);
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("report", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("/usr/bin/pdftotext", "-layout", file.toString(), "-")
                    .redirectErrorStream(true).start();
            // DejaVu's ligatures (ﬁ) come out as one character: compare the text as a reader's search would
            String text = Normalizer.normalize(new String(process.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8), Normalizer.Form.NFKC);
            assertThat(process.waitFor()).isZero();
            return text;
        } finally {
            Files.delete(file);
        }
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String xlsxText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    row.forEach(cell -> text.append(cell).append('\t'));
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
