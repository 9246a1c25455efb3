package org.kinerja.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.kinerja.report.ReportData;
import org.kinerja.report.ReportRenderer;
import org.kinerja.shared.PdfFonts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report's files, made from its {@link ReportData} alone: the PDF from the same blocks as the web page
 * (well-formed XHTML written by jte, which escapes every text, laid out by openhtmltopdf with DejaVu Sans
 * embedded), the DOCX and the XLSX from those blocks too. The fonts and the style sheet are read once.
 */
@Component
public class DefaultReportRenderer implements ReportRenderer {

    /** The font family the PDF's style sheet names. */
    static final String FONT = PdfFonts.FAMILY;
    private static final String CSS = new String(resource("report/pdf.css"), StandardCharsets.UTF_8);


    private final TemplateEngine templates;
    private final MessageSource messages;

    DefaultReportRenderer(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    @Override
    public void writePdf(ReportData data, OutputStream out) throws IOException {
        StringOutput html = new StringOutput(256 * 1024);
        templates.render("report/pdf.jte", Map.of("doc", document(data), "css", CSS), html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        PdfFonts.embed(builder);
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.withHtmlContent(PdfText.prepare(html.toString()), null);
        builder.toStream(out);
        builder.run();
    }

    @Override
    public void writeDocx(ReportData data, OutputStream out) throws IOException {
        new DocxWriter(document(data), data.generatedAt()).write(out);
    }

    @Override
    public void writeXlsx(ReportData data, OutputStream out) throws IOException {
        XlsxWriter.write(document(data), out);
    }

    private ReportDocument document(ReportData data) {
        return ReportDocument.file(data, ReportText.of(messages, LocaleContextHolder.getLocale()));
    }

    private static byte[] resource(String path) {
        try (InputStream in = DefaultReportRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
