package org.kinerja.measurement;

/** How an indicator's actual stands against its target; thresholds are settings (docs/indicators.md). */
public enum ProgressStatus {
    ACHIEVED,
    ON_TRACK,
    BEHIND,
    NO_DATA
}
