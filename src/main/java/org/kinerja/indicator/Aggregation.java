package org.kinerja.indicator;

/**
 * How the values of several periods make the value of a longer span (quarters into a year, years into the
 * plan period). See {@code docs/indicators.md}.
 */
public enum Aggregation {
    /** The period values add up: counts of occurrences such as events held. Never for percentages. */
    SUM,
    /** The value of the latest period stands for the span: stocks and cumulative-to-date distinct counts. */
    LATEST,
    /** The mean of the period values (computed sources: the mean over every underlying record of the span). */
    AVERAGE,
    /** Numerator and denominator are added up separately over the span, then divided: shares and rates. */
    RATIO
}
