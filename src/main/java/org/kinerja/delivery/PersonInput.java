package org.kinerja.delivery;

/** What a form or the API sends to create or change a person; {@code version} is required for a change. */
public record PersonInput(String givenName, String familyName, Sex sex, String memberCode, String agency,
                          AgencyType agencyType, String position, String email, Integer version) {
}
