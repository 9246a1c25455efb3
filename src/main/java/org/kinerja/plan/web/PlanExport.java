package org.kinerja.plan.web;

import org.kinerja.exchange.ExportTable;
import org.kinerja.exchange.RowSource;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.PlanSummary;

/** The list of plans as exported by {@code GET /api/v1/plans?format=} and {@code /plans/export.csv|xlsx}. */
final class PlanExport {

    static final ExportTable<PlanSummary> TABLE = ExportTable.<PlanSummary>builder("plan.list.title")
            .text("plan.export.code", PlanSummary::code)
            .text("plan.export.title", PlanSummary::title)
            .number("plan.export.startYear", PlanSummary::startYear)
            .number("plan.export.endYear", PlanSummary::endYear)
            .number("plan.export.version", PlanSummary::version)
            .build();

    static final String FILE_NAME = "plans";

    private PlanExport() {
    }

    /** The plans (of {@code year}, if given), a page at a time: there are only a few. */
    static RowSource<PlanSummary> rows(PlanService plans, Integer year) {
        return RowSource.paged(page -> plans.list(year, page).items());
    }
}
