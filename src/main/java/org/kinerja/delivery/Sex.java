package org.kinerja.delivery;

/** A participant's sex as recorded for sex-disaggregated reporting. */
public enum Sex {
    FEMALE, MALE, OTHER, NOT_RECORDED
}
