package org.kinerja.knowledge;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A passage of a search hit as PostgreSQL's {@code ts_headline} returns it, with the matched words between
 * ⟦ and ⟧ (the query removes those two characters from the text before it marks the matches, so they mark
 * nothing else). The API gets the plain passage; pages get
 * it escaped, with the matched words in {@code <mark>}.
 */
public final class Snippet {

    static final String START = "\u27E6";
    static final String STOP = "\u27E7";

    private final String marked;

    Snippet(String marked) {
        this.marked = marked;
    }

    /** The passage without marks. */
    @JsonValue
    public String text() {
        return marked.replace(START, "").replace(STOP, "");
    }

    /** The passage as HTML: every character escaped, the matched words in {@code <mark>}. */
    public String html() {
        StringBuilder out = new StringBuilder(marked.length() + 32);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '\u27E6' -> out.append("<mark>");
                case '\u27E7' -> out.append("</mark>");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
