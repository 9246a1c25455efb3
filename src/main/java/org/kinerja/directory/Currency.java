package org.kinerja.directory;

/**
 * A current currency of ISO 4217.
 *
 * @param code        the alphabetic code, e.g. {@code AUD}
 * @param numericCode the numeric code, three digits
 * @param name        its name
 * @param minorUnit   digits after the decimal point, {@code null} where not applicable
 * @param entities    the countries and territories using it, separated by {@code "; "}
 */
public record Currency(String code, String numericCode, String name, Integer minorUnit, String entities) {
}
