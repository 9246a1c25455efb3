package org.kinerja.report.render;

import static org.kinerja.report.render.PdfText.printable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.kinerja.report.render.ReportDocument.Block;
import org.kinerja.report.render.ReportDocument.Cell;
import org.kinerja.report.render.ReportDocument.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The report as a Word document: a title page, headings in the styles Heading1 and Heading2 (defined in the
 * document with outline levels, so Word's navigation pane lists the sections), paragraphs, tables with a
 * repeated bold header row and the charts rasterised from their SVG to PNG.
 */
final class DocxWriter {

    private static final Pattern SIZE = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"");
    /** Width of the text on an A4 page with Word's default margins, in points. */
    private static final double TEXT_WIDTH_PT = 451;

    private final ReportDocument document;
    private final Instant created;
    private int charts;

    DocxWriter(ReportDocument document, Instant created) {
        this.document = document;
        this.created = created;
    }

    void write(OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Title", "Title", null, 52);
            style(styles, "Heading1", "heading 1", 0, 32);
            style(styles, "Heading2", "heading 2", 1, 26);
            doc.getProperties().getCoreProperties().setTitle(document.title());
            doc.getProperties().getCoreProperties().setCreated(Optional.ofNullable(created).map(Date::from));
            for (Block block : document.blocks()) {
                switch (block.kind()) {
                    case COVER -> cover(doc, block);
                    case HEADING -> text(doc, block.level() == 1 ? "Heading1" : "Heading2", block.text());
                    case PARAGRAPH -> text(doc, null, block.text());
                    case TABLE -> table(doc, block.table());
                    case CHART -> chart(doc, block);
                    case TOC -> {
                        // Word lists the headings in its navigation pane; the document needs no page numbers of its own
                    }
                }
            }
            doc.write(out);
        }
    }

    private void cover(XWPFDocument doc, Block block) {
        XWPFParagraph title = text(doc, "Title", block.text());
        title.setSpacingBefore(4000);
        for (String line : block.lines()) {
            text(doc, null, line);
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static XWPFParagraph text(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(printable(text));
        return p;
    }

    private void table(XWPFDocument doc, Table table) {
        if (table.rows().isEmpty()) {
            text(doc, null, document.t("report.table.empty", table.caption()));
            return;
        }
        XWPFParagraph caption = doc.createParagraph();
        keepWithNext(caption);
        XWPFRun captionRun = caption.createRun();
        captionRun.setBold(true);
        captionRun.setText(printable(table.caption()));
        int columns = table.headers().size();
        XWPFTable t = doc.createTable(table.rows().size() + 1, columns);
        t.setWidth("100%");
        t.getCTTbl().getTblPr().getTblW().setType(STTblWidth.PCT);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            cell(head.getCell(c), table.headers().get(c), true, table.numericColumn(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            XWPFTableRow tr = t.getRow(r + 1);
            for (int c = 0; c < columns; c++) {
                cell(tr.getCell(c), row.get(c).text(), false, row.get(c).numeric());
            }
        }
        doc.createParagraph();
    }

    private static void keepWithNext(XWPFParagraph p) {
        if (p.getCTP().getPPr() == null) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
    }

    private static void cell(XWPFTableCell cell, String text, boolean header, boolean numeric) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (numeric) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = p.createRun();
        run.setBold(header);
        run.setFontSize(9);
        run.setText(printable(text));
    }

    private void chart(XWPFDocument doc, Block block) throws IOException {
        Matcher size = SIZE.matcher(block.svg());
        if (!size.find()) {
            return;
        }
        int width = Integer.parseInt(size.group(1));
        int height = Integer.parseInt(size.group(2));
        byte[] png = png(block.svg(), width * 2f);
        double scale = Math.min(1, TEXT_WIDTH_PT / width);
        XWPFParagraph p = doc.createParagraph();
        keepWithNext(p);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, "chart-" + (++charts) + ".png",
                    Units.toEMU(width * scale), Units.toEMU(height * scale));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        XWPFRun caption = doc.createParagraph().createRun();
        caption.setItalic(true);
        caption.setFontSize(9);
        caption.setText(printable(block.text()));
    }

    /** The chart's SVG drawn as a PNG {@code width} pixels wide (twice its size, sharp when printed). */
    static byte[] png(String svg, float width) throws IOException {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        input.setURI("file:///report-chart.svg");
        try {
            transcoder.transcode(input, new TranscoderOutput(png));
        } catch (TranscoderException e) {
            throw new IOException(e);
        }
        return png.toByteArray();
    }

    /** Defines a paragraph style; with {@code outline} a heading level Word's navigation pane shows. */
    private static void style(XWPFStyles styles, String id, String name, Integer outline, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewUiPriority().setVal(BigInteger.valueOf(outline == null ? 10 : 9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outline == null ? 0 : 240));
        if (outline != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal("0B5394");
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
