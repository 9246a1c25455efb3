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
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = PUNCTUATION.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
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
