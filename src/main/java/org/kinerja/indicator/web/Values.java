package org.kinerja.indicator.web;

import java.math.BigDecimal;

/** How indicator values are written on pages and in forms: plainly, without insignificant zeros. */
public final class Values {

    private Values() {
    }

    /** {@code 12.5}, {@code 120}; empty for no value. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** An HTML id made from a form field name such as {@code targets[0].value}. */
    public static String id(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** At most {@code max} characters of {@code text}, cut at a word with an ellipsis. */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }
}
