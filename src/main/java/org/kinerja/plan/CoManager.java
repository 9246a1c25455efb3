package org.kinerja.plan;

/**
 * One of the two Co-Managers of the RSO, each appointed by a co-managing country.
 *
 * @param name        as printed
 * @param countryCode ISO 3166 alpha-3 code of the country
 * @param countryName that country's name
 */
public record CoManager(String name, String countryCode, String countryName) {
}
