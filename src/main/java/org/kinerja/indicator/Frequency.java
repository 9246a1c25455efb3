package org.kinerja.indicator;

/** How often an indicator's value is measured and reported. */
public enum Frequency {
    ANNUAL,
    SEMI_ANNUAL,
    QUARTERLY
}
