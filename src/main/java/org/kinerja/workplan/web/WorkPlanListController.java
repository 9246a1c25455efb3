package org.kinerja.workplan.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.web.PageMessages;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
import org.kinerja.workplan.WorkPlan;
import org.kinerja.workplan.WorkPlanService;
import org.kinerja.workplan.WorkPlanSummary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of work plans with its filters and exports, and the form that creates a work plan. */
@Controller
class WorkPlanListController {

    static final int PAGE_SIZE = 25;
    /** How many plans the plan filter and the create form offer. */
    private static final int PLAN_CHOICES = 100;

    private final WorkPlanService workPlans;
    private final PlanService plans;
    private final PageMessages pages;
    private final ExportResponses exports;

    WorkPlanListController(WorkPlanService workPlans, PlanService plans, PageMessages pages, ExportResponses exports) {
        this.workPlans = workPlans;
        this.plans = plans;
        this.pages = pages;
        this.exports = exports;
    }

    /** The list; an htmx request (filters, paging) gets the table alone, except when htmx restores its history. */
    @GetMapping("/workplans")
    String list(@RequestParam(required = false) String plan, @RequestParam(required = false) String year,
                @RequestParam(required = false) String page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Model model, HttpServletResponse response) {
        model.addAttribute("view", view(plan, year, page, WorkPlanCreateForm.blank(), FormErrors.none()));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return "true".equals(htmx) && !"true".equals(restore) ? "workplan/_workplanRows" : "workplan/workplans";
    }

    @GetMapping("/workplans/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String plan,
                @RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        exports.write(format, WorkPlanListExport.TABLE, WorkPlanListExport.rows(workPlans, plan, number("year", year)),
                WorkPlanListExport.FILE_NAME, response);
    }

    @PostMapping("/workplans")
    @PreAuthorize(WorkPlanApiController.WRITERS)
    String create(@ModelAttribute("form") WorkPlanCreateForm form, Model model, HttpServletResponse response) {
        try {
            WorkPlan created = workPlans.create(form.planCode(), number("year", form.year()));
            return "redirect:/workplans/" + created.id() + "/approval?done=created";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("view", view(null, null, null, form, pages.errors(e)));
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("view", view(null, null, null, form, pages.errors(e)));
        }
        return "workplan/workplans";
    }

    private WorkPlanListView view(String plan, String year, String page, WorkPlanCreateForm form, FormErrors errors) {
        ListPage<WorkPlanSummary> result = workPlans.list(plan, number("year", year),
                PageQuery.of(number("page", page), PAGE_SIZE));
        return new WorkPlanListView(result, plan, year, plans.list(null, new PageQuery(0, PLAN_CHOICES)).items(),
                form, errors);
    }

    /** A whole number typed into a form or an address; 422 naming the field when it is not one. */
    static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "validation.type");
        }
    }
}
