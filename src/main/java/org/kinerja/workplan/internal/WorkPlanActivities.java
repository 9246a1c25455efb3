package org.kinerja.workplan.internal;

import java.util.List;

import org.kinerja.workplan.ActivityFilter;

/** A work plan's activities as its activities page and timeline show them: by purpose, with totals. */
public record WorkPlanActivities(WorkPlanHeader header, ActivityFilter filter, List<PurposeGroup> groups, long count,
                                 List<MoneyTotal> totals, List<MilestoneMark> milestones) {

    public WorkPlanActivities {
        groups = List.copyOf(groups);
        totals = List.copyOf(totals);
        milestones = List.copyOf(milestones);
    }

    /** Every activity shown, purpose after purpose. */
    public List<ActivityRow> activities() {
        return groups.stream().flatMap(g -> g.activities().stream()).toList();
    }
}
