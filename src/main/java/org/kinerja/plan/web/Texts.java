package org.kinerja.plan.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How stored plain text is laid out on a page: paragraphs are separated by a blank line, and a single line
 * break stays a line break. Templates escape each line; nothing here produces markup.
 */
public final class Texts {

    private Texts() {
    }

    /** The paragraphs of {@code text}, each as its lines; empty for blank text. */
    public static List<List<String>> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            out.add(Arrays.stream(paragraph.split("\\n")).map(String::strip).toList());
        }
        return out;
    }

    /** The lines of {@code text}, without blank ones. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** An HTML id made from a form field name such as {@code signatories[0].name}. */
    public static String id(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** A {@code tel:} link for a number as printed, e.g. {@code +66 (0) 2343 9477}: the trunk "(0)" is not dialled. */
    public static String telephoneHref(String printed) {
        return "tel:" + printed.replace("(0)", "").replaceAll("[^0-9+]", "");
    }

    /** A link for a website printed without its scheme, e.g. {@code www.baliprocess.net}. */
    public static String websiteHref(String printed) {
        return printed.startsWith("http://") || printed.startsWith("https://") ? printed : "https://" + printed;
    }
}
