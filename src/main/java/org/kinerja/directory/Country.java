package org.kinerja.directory;

/**
 * A country of ISO 3166-1.
 *
 * @param alpha2       the alpha-2 code, e.g. {@code NA} (Namibia)
 * @param alpha3       the alpha-3 code
 * @param numericCode  the numeric code, three digits
 * @param name         the ISO short name in English
 * @param officialName the UN official English name, where there is one
 * @param region       the M49 region
 * @param subRegion    the M49 sub-region
 * @param status       independence status, e.g. {@code Yes} or {@code Part of CN}
 */
public record Country(String alpha2, String alpha3, String numericCode, String name, String officialName,
                     String region, String subRegion, String status) {
}
