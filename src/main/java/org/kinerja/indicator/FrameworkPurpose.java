package org.kinerja.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * One purpose of a framework: its outcomes with their indicators, and the indicators that measure no outcome.
 *
 * @param number     the purpose's number
 * @param title      its title in the plan; empty when the plan no longer has this purpose
 * @param inPlan     whether the plan still has this purpose
 * @param outcomes   its outcomes by code, each with its indicators
 * @param unassigned its indicators that name no outcome
 */
public record FrameworkPurpose(int number, String title, boolean inPlan, List<OutcomeIndicators> outcomes,
                               List<Indicator> unassigned) {

    public FrameworkPurpose {
        outcomes = List.copyOf(outcomes);
        unassigned = List.copyOf(unassigned);
    }

    /** All its indicators: those of each outcome in turn, then the unassigned ones. */
    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>();
        outcomes.forEach(o -> all.addAll(o.indicators()));
        all.addAll(unassigned);
        return all;
    }

    public int indicatorCount() {
        return indicators().size();
    }
}
