package org.kinerja.delivery;

/**
 * A person in the participant registry. {@code givenName}, {@code familyName}, {@code position} and
 * {@code email} are personal data: {@link #withoutPersonalData()} is what roles that may not see them get.
 *
 * @param memberCode the Bali Process member the person represents (ISO alpha-3 or IO code), or {@code null}
 * @param personalData whether the personal fields are filled in for this reader
 */
public record Person(long id, String givenName, String familyName, Sex sex, String memberCode, String agency,
                     AgencyType agencyType, String position, String email, int attendances, int version,
                     boolean personalData) {

    /** The same person without names, position and e-mail. */
    public Person withoutPersonalData() {
        return new Person(id, null, null, sex, memberCode, agency, agencyType, null, null, attendances, version, false);
    }

    /** "Given Family", or {@code null} without personal data. */
    public String name() {
        return personalData ? (givenName + " " + familyName).strip() : null;
    }
}
