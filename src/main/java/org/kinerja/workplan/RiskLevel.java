package org.kinerja.workplan;

/** The likelihood or impact of an activity risk. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
