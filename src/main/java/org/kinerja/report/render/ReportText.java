package org.kinerja.report.render;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The report's words in one language: the page's {@code Ui} or, for the files, the message bundles and a locale. */
@FunctionalInterface
public interface ReportText {

    /** The message for {@code key}; {@code ??key??} when the bundles lack it. */
    String t(String key, Object... args);

    /** The label of an enum-like {@code value} under {@code prefix} (e.g. {@code activity.status.}), or the value itself. */
    default String label(String prefix, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = t(prefix + value);
        return text.startsWith("??") ? value : text;
    }

    /** The words of the message bundles in {@code locale}. */
    static ReportText of(MessageSource messages, Locale locale) {
        return (key, args) -> messages.getMessage(key, args, "??" + key + "??", locale);
    }
}
