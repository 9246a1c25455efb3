package org.kinerja.directory;

import java.time.OffsetDateTime;

/**
 * An organisation delivering with the RSO.
 *
 * @param id                 its database id
 * @param name               its name
 * @param shortName          its short name, if any
 * @param type               what kind of organisation it is
 * @param countryCode        ISO 3166 alpha-3 code of its seat, if known
 * @param countryName        that country's name
 * @param website            its website
 * @param iatiOrganisationId its IATI organisation identifier, e.g. {@code XM-DAC-47066}
 * @param dacChannelCode     its OECD DAC CRS channel code, e.g. {@code 47066}
 * @param memberCode         the code of the Bali Process member it is, or is part of, if any
 * @param notes              notes
 * @param shipped            whether it was loaded from the data shipped with Kinerja
 * @param version            the version for optimistic locking
 * @param updatedAt          when it was last changed
 */
public record Partner(long id, String name, String shortName, PartnerType type, String countryCode,
                      String countryName, String website, String iatiOrganisationId, String dacChannelCode,
                      String memberCode, String notes, boolean shipped, int version, OffsetDateTime updatedAt) {
}
