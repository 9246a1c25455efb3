package org.kinerja.directory;

/** What kind of organisation a partner is. */
public enum PartnerType {
    INTERNATIONAL_ORGANISATION,
    TRAINING_INSTITUTION,
    RESEARCH_INSTITUTE,
    CIVIL_SOCIETY,
    PRIVATE_SECTOR,
    GOVERNMENT_AGENCY,
    REGIONAL_ORGANISATION
}
