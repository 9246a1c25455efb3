package org.kinerja.directory;

/** What a partner is created or changed with. */
public record PartnerInput(String name, String shortName, PartnerType type, String countryCode, String website,
                           String iatiOrganisationId, String dacChannelCode, String memberCode, String notes,
                           Integer version) {
}
