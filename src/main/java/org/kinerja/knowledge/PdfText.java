package org.kinerja.knowledge;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF for search, read with PDFBox from a file (buffers in temporary files, not the heap) and
 * bounded: extraction stops at the page where the text reaches {@code maxChars}. A PDF PDFBox cannot read
 * gives an empty text and a note, never an exception.
 */
final class PdfText {

    /** What the extraction gave: the text, and a note when it is cut short or failed. */
    record Result(TextState state, String text, String note) {
    }

    private PdfText() {
    }

    static Result extract(Path pdf, int maxChars) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            StringWriter out = new StringWriter();
            Bounded stripper = new Bounded(out, maxChars);
            boolean cut = false;
            try {
                stripper.writeText(document, out);
            } catch (Full e) {
                cut = true;
            }
            String text = clean(out.toString(), maxChars);
            return new Result(TextState.DONE, text, cut ? "knowledge.text.truncated" : text.isEmpty()
                    ? "knowledge.text.none" : null);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Result(TextState.FAILED, "", "knowledge.text.unreadable");
        }
    }

    /** Keeps letters, digits, punctuation and single spaces: no control characters, at most {@code max}. */
    static String clean(String raw, int max) {
        StringBuilder out = new StringBuilder(Math.min(raw.length(), max));
        boolean space = true;
        for (int i = 0; i < raw.length() && out.length() < max; i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u27E6' || c == '\u27E7') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else if (!Character.isSurrogate(c) || (Character.isHighSurrogate(c) && i + 1 < raw.length()
                    && Character.isLowSurrogate(raw.charAt(i + 1)))) {
                out.append(c);
                if (Character.isHighSurrogate(c)) {
                    out.append(raw.charAt(++i));
                }
                space = false;
            }
        }
        return out.toString().strip();
    }

    /** Thrown at the start of a page once enough text is in: stops reading the rest. */
    private static final class Full extends IOException {
        Full() {
            super("enough text", null);
        }
    }

    private static final class Bounded extends PDFTextStripper {
        private final StringWriter out;
        private final int maxChars;

        Bounded(StringWriter out, int maxChars) {
            this.out = out;
            this.maxChars = maxChars;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            if (out.getBuffer().length() >= maxChars) {
                throw new Full();
            }
            super.startPage(page);
        }
    }
}
