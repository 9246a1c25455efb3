package org.kinerja.indicator;

/** What kind of value an indicator has. */
public enum Measure {
    /** A count or another quantity in the indicator's unit. */
    NUMBER,
    /** A share from 0 to 100; never added up across periods. */
    PERCENTAGE,
    /** A described state or change; its targets and baseline may be a note instead of a value. */
    QUALITATIVE
}
