package org.kinerja.measurement;

import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.ComputedSource;
import org.kinerja.indicator.Measure;

import java.util.List;

/**
 * The catalogue entry of a computed source, as shown in reports and in {@code docs/indicators.md}.
 *
 * @param source      the source
 * @param name        its name, e.g. "People trained"
 * @param definition  what is counted, in one or two sentences
 * @param periodRule  which date places a record in a period
 * @param unit        the unit of its value
 * @param measure     NUMBER or PERCENTAGE
 * @param aggregation how its values of several periods combine
 * @param breakdowns  the breakdowns it supports
 */
public record SourceDefinition(ComputedSource source, String name, String definition, String periodRule,
                               String unit, Measure measure, Aggregation aggregation, List<Breakdown> breakdowns) {

    public SourceDefinition {
        breakdowns = List.copyOf(breakdowns);
    }
}
