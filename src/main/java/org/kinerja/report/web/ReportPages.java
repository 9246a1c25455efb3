package org.kinerja.report.web;

import java.util.List;

import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanSummary;
import org.kinerja.report.IssuedReport;
import org.kinerja.report.LiveReport;
import org.kinerja.report.Narrative;
import org.kinerja.report.ReportData;
import org.kinerja.report.ReportType;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.web.FormErrors;

/** What the report pages' templates read. */
public final class ReportPages {

    private ReportPages() {
    }

    /** The issued reports, the live reports of the current plan's years, and the issue form. */
    public record ListView(ListPage<IssuedReport> issued, boolean internal, Plan currentPlan, List<PlanSummary> plans,
                           IssueForm form, FormErrors errors) {

        public List<Integer> years() {
            if (currentPlan == null) {
                return List.of();
            }
            return java.util.stream.IntStream.rangeClosed(currentPlan.startYear(), currentPlan.endYear()).boxed().toList();
        }
    }

    /**
     * A live report: which report it is and its data once built, the path of its page (without query), and the
     * PUBLIC threshold.
     */
    /**
     * The live report's page: {@code body} is the report's body (HTML rendered from {@code report/body.jte},
     * kept with the report until the data changes) once the report is built, else {@code null}.
     */
    public record LiveView(LiveReport live, String path, int publicThreshold, String body) {

        /** The report's data; {@code null} until it is built. */
        public ReportData report() {
            return live.data();
        }

        public boolean ready() {
            return live.state() == LiveReport.State.READY;
        }

        public boolean failed() {
            return live.state() == LiveReport.State.FAILED;
        }

        /** The query naming the plan, for links from this page. */
        public String planQuery() {
            return "?plan=" + live.plan().code();
        }

        /** The query naming the plan and the audience: this very report. */
        public String query() {
            return planQuery() + "&audience=" + live.audience().name();
        }

        public String apiPath() {
            return "/api/v1" + path;
        }

        /** What the page polls while the report is built. */
        public String progressPath() {
            return path + "/live" + query();
        }

        public boolean annual() {
            return live.type() == ReportType.ANNUAL;
        }

        public String narrativeEdit(int number) {
            return path + "/narratives/" + number + "/edit" + planQuery();
        }
    }

    /** An issued report; {@code snapshot} once it is done. */
    public record IssuedView(IssuedReport report, ReportData snapshot) {

        public String file(String extension) {
            return "/api/v1/reports/" + report.id() + "." + extension;
        }
    }

    /** The narrative form. */
    public record NarrativeView(Narrative narrative, String text, int version, String purposeTitle, FormErrors errors) {

        public String action() {
            return base() + "/narratives/" + narrative.purposeNumber() + "/edit?plan=" + narrative.planCode();
        }

        public String back() {
            return base() + "?plan=" + narrative.planCode();
        }

        private String base() {
            return narrative.half() == 0 ? "/reports/annual/" + narrative.year()
                    : "/reports/semi-annual/" + narrative.year() + "/" + narrative.half();
        }
    }

    /** The page path of a live report, e.g. {@code /reports/annual/2021}. */
    static String livePath(LiveReport live) {
        return live.type() == ReportType.ANNUAL ? "/reports/annual/" + live.year()
                : "/reports/semi-annual/" + live.year() + "/" + live.half();
    }
}
