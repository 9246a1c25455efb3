package org.kinerja.delivery;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The keys two registry entries are compared by to suggest duplicates: the e-mail in lower case, and the
 * normalised name (and agency) — lower case, accents and punctuation removed, spaces collapsed — so that
 * "José  O'Brien" and "jose obrien" are the same.
 */
final class PersonKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PersonKeys() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = plainAscii(text);
        if (plain != null) {
            return plain;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = PUNCTUATION.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * The same key as the general path for text of ASCII letters, digits and spaces only (most names and
     * agencies), without the Unicode normalisation and regular expressions an import of 100 k rows would
     * otherwise spend most of its reading time on; {@code null} for any other text.
     */
    private static String plainAscii(String text) {
        StringBuilder key = null;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                space = key != null && key.length() > 0;
                continue;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return null;
            }
            if (key == null) {
                key = new StringBuilder(text.length());
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return key == null ? "" : key.toString();
    }

    static String name(String givenName, String familyName) {
        String key = normalise((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName));
        return key.length() > 210 ? key.substring(0, 210) : key;
    }

    static String agency(String agency) {
        String key = normalise(agency);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The identity of a person within one import file and against the registry: e-mail, else name + member + agency. */
    static String identity(String email, String nameKey, String memberCode, String agencyKey) {
        String e = email(email);
        return e != null ? "e:" + e : "n:" + nameKey + "|" + (memberCode == null ? "" : memberCode) + "|" + agencyKey;
    }
}
