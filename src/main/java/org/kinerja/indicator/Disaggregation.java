package org.kinerja.indicator;

/** A breakdown an indicator's values may be reported by. */
public enum Disaggregation {
    SEX,
    MEMBER,
    AGENCY_TYPE,
    PARTNER
}
