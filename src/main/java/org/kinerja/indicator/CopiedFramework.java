package org.kinerja.indicator;

import java.util.List;

/**
 * What copying a framework created.
 *
 * @param from       the plan copied from
 * @param to         the plan copied into
 * @param outcomes   the new outcomes
 * @param indicators the new indicators, all proposed, with the targets of years the new plan covers
 */
public record CopiedFramework(String from, String to, List<Outcome> outcomes, List<Indicator> indicators) {

    public CopiedFramework {
        outcomes = List.copyOf(outcomes);
        indicators = List.copyOf(indicators);
    }
}
