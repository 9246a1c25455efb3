package org.kinerja.indicator;

/**
 * Records of another module that refer to an indicator (the measurement module's values): an indicator that has
 * any is not deleted, so no value, approved or locked by an issued report, is left without its indicator.
 */
public interface IndicatorUsage {

    /** How many of the module's records refer to the indicator. */
    long recordsOf(long indicatorId);
}
