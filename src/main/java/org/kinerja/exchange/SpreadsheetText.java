package org.kinerja.exchange;

/**
 * Keeps text that users typed from running as a formula when a spreadsheet opens an exported file
 * (CSV injection, OWASP): text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading apostrophe.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * {@code text} with a leading {@code '} when its first character could start a formula; {@code null}
     * stays {@code null}. {@code =HYPERLINK("http://x")} becomes {@code '=HYPERLINK("http://x")}, and
     * {@code -5} typed as text becomes {@code '-5} (numbers exported as numbers are not escaped).
     */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
