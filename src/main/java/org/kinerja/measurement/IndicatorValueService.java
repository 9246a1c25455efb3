package org.kinerja.measurement;

import java.util.List;

/** Indicator values, their approval, and targets against actuals. CONTRACT — implemented on branch {@code values}. */
public class IndicatorValueService {

    /** Every indicator of the plan against its target for the period, in code order. */
    public List<IpttRow> iptt(String planCode, Period period) {
        throw new UnsupportedOperationException("contract");
    }

    /**
     * Freezes the values an issued report uses: every indicator of the plan gets a LOCKED value for the period
     * (computed values are stored as they are now), tagged with the report. Returns how many were locked.
     */
    public int lockForReport(String planCode, Period period, long reportId) {
        throw new UnsupportedOperationException("contract");
    }
}
