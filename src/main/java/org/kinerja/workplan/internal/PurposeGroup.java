package org.kinerja.workplan.internal;

import java.util.List;

/**
 * The activities of one purpose of the plan, with their count and their budgets per currency.
 *
 * @param number the purpose number
 * @param title  the purpose's title in the plan
 */
public record PurposeGroup(int number, String title, long count, List<MoneyTotal> totals, List<ActivityRow> activities) {

    public PurposeGroup {
        totals = List.copyOf(totals);
        activities = List.copyOf(activities);
    }
}
