package org.kinerja.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.PageQuery;

/**
 * How typed text is tidied before it is checked and stored, and the checks the directory's records share.
 * Every broken rule is reported against the field that breaks it, as the API and the forms name it.
 */
final class DirectoryRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{4,}$");

    private DirectoryRules() {
    }

    /** Line breaks as {@code \n}, no surrounding white space; {@code null} stays {@code null}. */
    static String tidy(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Tidied, with blank text as {@code null}. */
    static String optional(String text) {
        String t = tidy(text);
        return t == null || t.isEmpty() ? null : t;
    }

    /** Tidied, with {@code null} as empty text. */
    static String orEmpty(String text) {
        String t = tidy(text);
        return t == null ? "" : t;
    }

    /** Tidied and in capitals, blank as {@code null}. */
    static String code(String text) {
        String t = optional(text);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    static boolean required(InvalidInputException.Collector errors, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            errors.add(field, "validation.required");
            return false;
        }
        return length(errors, field, value, max);
    }

    static boolean length(InvalidInputException.Collector errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(field, "validation.length.max", String.valueOf(max));
            return false;
        }
        if (value != null && value.indexOf('\u0000') >= 0) {
            errors.add(field, "directory.text.nul");
            return false;
        }
        return true;
    }

    /**
     * A filter value as the database can compare it: without NUL characters (which PostgreSQL text cannot
     * hold) and at most {@link DirectoryLimits#SEARCH_MAX} characters; blank as {@code null}.
     */
    static String searchable(String value) {
        if (value == null) {
            return null;
        }
        String s = value.replace("\u0000", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() > DirectoryLimits.SEARCH_MAX ? s.substring(0, DirectoryLimits.SEARCH_MAX) : s;
    }

    /** A code given as a filter: searchable, in capitals. */
    static String codeFilter(String value) {
        String s = searchable(value);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** The offset of a page as a long: a very large page number must not wrap around to a negative offset. */
    static long offset(PageQuery page) {
        return (long) page.page() * page.size();
    }

    /** Whether a text can be a member code at all; others are looked up as "no such member". */
    static boolean maybeMemberCode(String code) {
        return code != null && code.matches(DirectoryLimits.MEMBER_CODE_PATTERN);
    }

    static void pattern(InvalidInputException.Collector errors, String field, String value, String pattern,
                        String messageKey) {
        if (value != null && !value.matches(pattern)) {
            errors.add(field, messageKey);
        }
    }

    static void email(InvalidInputException.Collector errors, String field, String value, int max) {
        if (value != null && length(errors, field, value, max) && !EMAIL.matcher(value).matches()) {
            errors.add(field, "validation.email");
        }
    }

    static void phone(InvalidInputException.Collector errors, String field, String value, int max) {
        if (value != null && length(errors, field, value, max) && !PHONE.matcher(value).matches()) {
            errors.add(field, "directory.phone.format");
        }
    }

    /** An http or https address with a host. */
    static void website(InvalidInputException.Collector errors, String field, String value, int max) {
        if (value == null || !length(errors, field, value, max)) {
            return;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                errors.add(field, "directory.website.format");
            }
        } catch (URISyntaxException e) {
            errors.add(field, "directory.website.format");
        }
    }

    static void year(InvalidInputException.Collector errors, String field, Integer year, int min, int max,
                     boolean required) {
        if (year == null) {
            if (required) {
                errors.add(field, "validation.required");
            }
        } else if (year < min || year > max) {
            errors.add(field, "validation.number.range", String.valueOf(min), String.valueOf(max));
        }
    }

    static void version(InvalidInputException.Collector errors, Integer version) {
        errors.check(version != null, "version", "validation.required");
    }
}
