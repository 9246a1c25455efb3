package org.kinerja.directory.web;

import java.util.Arrays;
import java.util.List;

/** Small helpers the directory's templates call. Nothing here produces markup; templates escape. */
public final class Fields {

    private Fields() {
    }

    /** An HTML id made from a form field name such as {@code members[0].memberCode}. */
    public static String id(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** The addresses of a sources text, which separates them with {@code " ; "}. */
    public static List<String> links(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\s;\\s|\\s;|;\\s")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether a text is an http(s) address, which pages show as a link. */
    public static boolean isLink(String text) {
        return text != null && (text.startsWith("https://") || text.startsWith("http://"));
    }

    /** Empty text for {@code null}. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
