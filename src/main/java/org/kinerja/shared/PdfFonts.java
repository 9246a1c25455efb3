package org.kinerja.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts embedded in every PDF Kinerja lays out with openhtmltopdf (the performance report, certificates of
 * attendance): DejaVu Sans regular and bold, and Noto Sans Thai regular and bold for the Thai letters DejaVu
 * lacks ({@code src/main/resources/fonts}, see its SOURCES.md), so names in Vietnamese, Thai, Arabic, Cyrillic …
 * print on any computer. The PDF base fonts cover Western European letters only. A style sheet names the
 * families {@link #STACK}, in which each letter takes the first font that has it; the fonts are read once.
 */
public final class PdfFonts {

    /** The main font family. */
    public static final String FAMILY = "DejaVu Sans";
    /** The family of the Thai letters. */
    public static final String THAI = "Noto Sans Thai";
    /** What a style sheet's {@code font-family} names. */
    public static final String STACK = "'" + FAMILY + "', '" + THAI + "'";

    private static final byte[] REGULAR = resource("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("fonts/DejaVuSans-Bold.ttf");
    private static final byte[] THAI_REGULAR = resource("fonts/NotoSansThai-Regular.ttf");
    private static final byte[] THAI_BOLD = resource("fonts/NotoSansThai-Bold.ttf");

    private PdfFonts() {
    }

    /** Embeds the fonts for the document's text and for the text of its SVG drawings. */
    public static PdfRendererBuilder embed(PdfRendererBuilder builder) {
        EnumSet<FSFontUseCase> uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true, uses);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true, uses);
        builder.useFont(() -> new ByteArrayInputStream(THAI_REGULAR), THAI, 400, FontStyle.NORMAL, true, uses);
        builder.useFont(() -> new ByteArrayInputStream(THAI_BOLD), THAI, 700, FontStyle.NORMAL, true, uses);
        return builder;
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
