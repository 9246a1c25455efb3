package org.kinerja.measurement.internal;

import java.util.List;
import java.util.Map;

import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.ComputedSource;
import org.kinerja.indicator.Measure;
import org.kinerja.measurement.Breakdown;

/**
 * How one computed source is counted: the records it counts (its base, one row per record), how those rows add
 * up to the figure, and which columns break it down.
 *
 * @param source        the source
 * @param base          the records behind the figure
 * @param kind          what those records are: ACTIVITY, EVENT, PERSON, PRODUCT, ENGAGEMENT, FORUM, REQUEST, MEMBER
 * @param type          how the figure is made of its parts
 * @param numerator     SQL aggregate over the base rows {@code b}: the count, the sum, or what is above the line
 * @param denominator   SQL aggregate below the line, or {@code null}
 * @param notRecorded   SQL aggregate counting the rows left out for want of a recorded field, or {@code null}
 * @param median        SQL aggregate of the median for {@link ValueType#MEDIAN}, else {@code null}
 * @param recordsWhere  which base rows the drill-down lists (those that add to the figure), or {@code null}
 * @param measure       NUMBER or PERCENTAGE
 * @param aggregation   how stored values of several periods combine
 * @param breakdowns    the supported breakdowns and the base column holding each one's key
 */
public record SourceSpec(ComputedSource source, Base base, String kind, ValueType type, String numerator,
                         String denominator, String notRecorded, String median, String recordsWhere, Measure measure,
                         Aggregation aggregation, Map<Breakdown, String> breakdowns) {

    /** How a figure is made of its aggregates. */
    public enum ValueType {
        /** The numerator is the figure. */
        COUNT,
        /** numerator × 100 ÷ denominator, two decimals. */
        SHARE,
        /** numerator ÷ denominator, two decimals. */
        MEAN,
        /** The median aggregate, two decimals; the denominator counts the records. */
        MEDIAN
    }

    /**
     * The records a source counts, as a SQL select over the other modules' schemas. Its rows have at least
     * {@code id}, {@code label} and {@code d} (the period date). Binds are jOOQ template parts: {0} first day,
     * {1} last day, {2} plan code, {3} purpose number or null, {4} capacity-building kinds, {5} reporting currency.
     *
     * @param name the name of its common table expression
     * @param sql  the select
     * @param uses the bases its select reads by name (each computed once, before it)
     */
    public record Base(String name, String sql, List<Base> uses) {

        public Base(String name, String sql) {
            this(name, sql, List.of());
        }
    }

    public List<Breakdown> breakdownList() {
        return List.copyOf(breakdowns.keySet());
    }
}
