package org.kinerja.indicator;

import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * What the rules need to know about the plan an outcome or indicator is written to.
 *
 * @param startYear        the plan's first year
 * @param endYear          the plan's last year
 * @param purposes         the numbers of the plan's purposes
 * @param outcomePurposes  the codes of the plan's outcomes, each with its purpose number
 * @param activeUser       whether a user id names an active user
 */
record FrameworkContext(int startYear, int endYear, Set<Integer> purposes, Map<String, Integer> outcomePurposes,
                        LongPredicate activeUser) {

    FrameworkContext {
        purposes = Set.copyOf(purposes);
        outcomePurposes = Map.copyOf(outcomePurposes);
    }
}
