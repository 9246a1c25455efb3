package org.kinerja.directory;

/** What kind of member of the Bali Process a member is. */
public enum MemberKind {
    STATE,
    TERRITORY,
    INTERNATIONAL_ORGANISATION,
    OBSERVER_STATE,
    OBSERVER_ORGANISATION;

    /** Whether members of this kind are countries, addressed by their ISO 3166 alpha-3 code. */
    public boolean isCountry() {
        return this == STATE || this == TERRITORY || this == OBSERVER_STATE;
    }
}
