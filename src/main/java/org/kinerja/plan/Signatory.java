package org.kinerja.plan;

/**
 * Someone who signed a plan's foreword.
 *
 * @param name        as printed, e.g. {@code Jake SHARMAN}
 * @param roleTitle   e.g. {@code RSO Co-Manager}
 * @param countryCode ISO 3166 alpha-3 code of the country they represent
 * @param countryName that country's name
 */
public record Signatory(String name, String roleTitle, String countryCode, String countryName) {
}
