package org.kinerja.indicator;

/** Which way an indicator should move for performance to be good. */
public enum Direction {
    INCREASE,
    DECREASE,
    MAINTAIN
}
