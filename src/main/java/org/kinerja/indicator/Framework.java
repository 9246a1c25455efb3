package org.kinerja.indicator;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.kinerja.plan.PlanSummary;

/**
 * A plan's whole results framework, purpose by purpose, as the framework page and reports show it.
 *
 * @param plan     the plan
 * @param purposes its purposes in order, then any purpose number that outcomes or indicators still name
 *                 although the plan no longer has that purpose
 */
public record Framework(PlanSummary plan, List<FrameworkPurpose> purposes) {

    public Framework {
        purposes = List.copyOf(purposes);
    }

    /** The years of the plan, which have a target column each. */
    public List<Integer> years() {
        return IntStream.rangeClosed(plan.startYear(), plan.endYear()).boxed().toList();
    }

    public Optional<FrameworkPurpose> purpose(int number) {
        return purposes.stream().filter(p -> p.number() == number).findFirst();
    }

    public int indicatorCount() {
        return purposes.stream().mapToInt(FrameworkPurpose::indicatorCount).sum();
    }

    /** How many indicators are proposed and await review. */
    public int proposedCount() {
        return (int) purposes.stream().flatMap(p -> p.indicators().stream()).filter(Indicator::proposed).count();
    }
}
