package org.kinerja.workplan.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.kinerja.plan.PlanSummary;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.web.FormErrors;
import org.kinerja.workplan.WorkPlanSummary;

/**
 * What the list of work plans shows: a page of work plans, the filters in its address, and the create form
 * with its errors.
 */
public record WorkPlanListView(ListPage<WorkPlanSummary> result, String plan, String year, List<PlanSummary> plans,
                               WorkPlanCreateForm form, FormErrors errors) {

    public long pages() {
        return Math.max(1, (result.total() + result.size() - 1) / result.size());
    }

    public boolean hasPrevious() {
        return result.page() > 0;
    }

    public boolean hasNext() {
        return result.page() + 1 < pages();
    }

    /** This list at page {@code number}, with its filters. */
    public String pageHref(int number) {
        String query = query();
        if (number > 0) {
            query = query.isEmpty() ? "page=" + number : query + "&page=" + number;
        }
        return "/workplans" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The filters as a query string without {@code ?}, for the export links. */
    public String query() {
        StringBuilder out = new StringBuilder();
        if (plan != null && !plan.isBlank()) {
            out.append("plan=").append(URLEncoder.encode(plan.strip(), StandardCharsets.UTF_8));
        }
        if (year != null && !year.isBlank()) {
            out.append(out.isEmpty() ? "" : "&").append("year=").append(URLEncoder.encode(year.strip(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
