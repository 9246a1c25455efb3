package org.kinerja.report.render;

import java.text.Bidi;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the report's XHTML for the PDF: drops the control characters XML forbids (a name pasted with one
 * must not stop the PDF) and writes right-to-left text (Arabic, Hebrew names) in visual order, because the PDF
 * engine lays every text out left to right. Text inside the SVG charts is left to the chart renderer, which
 * orders it itself.
 */
final class PdfText {

    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final Pattern RTL = Pattern.compile("[\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF]");
    /** A text node of the markup (between two tags), or an SVG element kept whole. */
    private static final Pattern PART = Pattern.compile("(?s)<svg\\b.*?</svg>|>([^<]+)<");

    private PdfText() {
    }

    static String prepare(String xhtml) {
        String clean = printable(xhtml);
        if (!RTL.matcher(clean).find()) {
            return clean;
        }
        Matcher m = PART.matcher(clean);
        StringBuilder out = new StringBuilder(clean.length());
        while (m.find()) {
            String text = m.group(1);
            if (text == null || !RTL.matcher(text).find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(">" + escape(visual(unescape(text))) + "<"));
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text without the control characters XML forbids (which would make the PDF or DOCX unreadable). */
    static String printable(String text) {
        return text == null ? "" : FORBIDDEN.matcher(text).replaceAll("");
    }

    /** A line of text in the order its characters appear on the page, left to right. */
    static String visual(String logical) {
        Bidi bidi = new Bidi(logical, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return logical;
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] parts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = logical.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            parts[i] = levels[i] % 2 == 1 ? new StringBuilder(run).reverse().toString() : run;
        }
        Bidi.reorderVisually(levels, 0, parts, 0, runs);
        return String.join("", parts);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
