package org.kinerja.workplan.web;

import org.kinerja.exchange.ExportTable;
import org.kinerja.exchange.RowSource;
import org.kinerja.workplan.WorkPlanService;
import org.kinerja.workplan.WorkPlanSummary;

/** The list of work plans as exported by {@code GET /api/v1/workplans?format=} and {@code /workplans/export.csv|xlsx}. */
final class WorkPlanListExport {

    static final ExportTable<WorkPlanSummary> TABLE = ExportTable.<WorkPlanSummary>builder("workplan.lifecycle.list.title")
            .number("workplan.lifecycle.export.id", WorkPlanSummary::id)
            .text("workplan.lifecycle.export.plan", WorkPlanSummary::planCode)
            .number("workplan.lifecycle.export.year", WorkPlanSummary::year)
            .text("workplan.lifecycle.export.status", s -> s.status().name())
            .number("workplan.lifecycle.export.versionNumber", WorkPlanSummary::versionNumber)
            .text("workplan.lifecycle.export.approvedBy", s -> String.join(" ", s.approvedBy()))
            .number("workplan.lifecycle.export.activities", WorkPlanSummary::activityCount)
            .build();

    static final String FILE_NAME = "workplans";

    private WorkPlanListExport() {
    }

    static RowSource<WorkPlanSummary> rows(WorkPlanService workPlans, String plan, Integer year) {
        return RowSource.paged(page -> workPlans.list(plan, year, page).items());
    }
}
