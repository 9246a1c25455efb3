package org.kinerja.workplan.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.exchange.ExportTable;
import org.kinerja.exchange.RowSource;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormErrors;
import org.kinerja.shared.web.UiFactory;
import org.kinerja.workplan.internal.ActivityRow;
import org.kinerja.workplan.internal.TimelineChart;
import org.kinerja.workplan.internal.WorkPlanActivities;
import org.kinerja.workplan.internal.WorkPlanViews;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The work plan views: its activities by purpose with counts and budgets ({@code /workplans/{id}}), the same
 * activities as CSV or XLSX ({@code /workplans/{id}/export.csv|xlsx}) and on a timeline
 * ({@code /workplans/{id}/timeline}), all filtered by the same parameters kept in the address. htmx requests
 * get the results fragment only.
 */
@Controller
@RequestMapping("/workplans/{id}")
class WorkPlanViewController {

    static final ExportTable<ActivityRow> ACTIVITIES = ExportTable.<ActivityRow>builder("workplan.views.export.title")
            .text("workplan.views.column.code", ActivityRow::code)
            .text("workplan.views.column.title", ActivityRow::title)
            .number("workplan.views.column.purpose", ActivityRow::purposeNumber)
            .text("workplan.views.column.type", ActivityRow::type)
            .text("workplan.views.column.status", ActivityRow::status)
            .text("workplan.views.column.leadOfficer", ActivityRow::leadOfficer)
            .text("workplan.views.column.partners", a -> ViewFormat.partners(a.partners()))
            .text("workplan.views.column.countries", a -> String.join(", ", a.countryCodes()))
            .date("workplan.views.column.plannedStart", ActivityRow::plannedStart)
            .date("workplan.views.column.plannedEnd", ActivityRow::plannedEnd)
            .date("workplan.views.column.actualStart", ActivityRow::actualStart)
            .date("workplan.views.column.actualEnd", ActivityRow::actualEnd)
            .number("workplan.views.column.budget", ActivityRow::budgetAmount)
            .text("workplan.views.column.currency", ActivityRow::budgetCurrency)
            .number("workplan.views.column.expenditure", ActivityRow::expenditure)
            .bool("workplan.views.column.listedInPlan", ActivityRow::listedInPlan)
            .build();

    private final WorkPlanViews views;
    private final ExportResponses exports;
    private final UiFactory uiFactory;
    private final MessageSource messages;

    WorkPlanViewController(WorkPlanViews views, ExportResponses exports, UiFactory uiFactory, MessageSource messages) {
        this.views = views;
        this.exports = exports;
        this.uiFactory = uiFactory;
        this.messages = messages;
    }

    @GetMapping
    String activities(@PathVariable long id, @RequestParam(required = false) String purpose,
                      @RequestParam(required = false) String status, @RequestParam(required = false) String type,
                      @RequestParam(required = false) String partner, @RequestParam(required = false) String country,
                      @RequestParam(required = false) String officer,
                      @RequestHeader(name = "HX-Request", required = false) String htmx,
                      @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                      Model model, HttpServletResponse response) {
        ActivityFilterParams params = new ActivityFilterParams(purpose, status, type, partner, country, officer);
        model.addAttribute("data", views.activities(id, params.filter()));
        model.addAttribute("selection", params);
        return view(htmx, restore, response, id, params, model, "workplan/_activities", "workplan/activities");
    }

    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable long id, @PathVariable String format, @RequestParam(required = false) String purpose,
                @RequestParam(required = false) String status, @RequestParam(required = false) String type,
                @RequestParam(required = false) String partner, @RequestParam(required = false) String country,
                @RequestParam(required = false) String officer, HttpServletResponse response) throws IOException {
        ActivityFilterParams params = new ActivityFilterParams(purpose, status, type, partner, country, officer);
        WorkPlanActivities data = views.activities(id, params.validFilter());
        exports.write(format, ACTIVITIES, RowSource.of(data.activities()),
                "workplan-" + data.header().year() + "-activities", response);
    }

    @GetMapping("/timeline")
    String timeline(@PathVariable long id, @RequestParam(required = false) String purpose,
                    @RequestParam(required = false) String status, @RequestParam(required = false) String type,
                    @RequestParam(required = false) String partner, @RequestParam(required = false) String country,
                    @RequestParam(required = false) String officer,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                    Model model, HttpServletResponse response) {
        ActivityFilterParams params = new ActivityFilterParams(purpose, status, type, partner, country, officer);
        WorkPlanActivities data = views.activities(id, params.filter());
        model.addAttribute("data", data);
        model.addAttribute("chart", new TimelineChart(data, LocalDate.now()));
        model.addAttribute("selection", params);
        return view(htmx, restore, response, id, params, model, "workplan/_timeline", "workplan/timeline");
    }

    /** The fragment for htmx (not when it restores its history), else the page with the filter choices. */
    private String view(String htmx, String restore, HttpServletResponse response, long id, ActivityFilterParams params,
                        Model model, String fragment, String page) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        FormErrors errors = params.violations().isEmpty() ? FormErrors.none()
                : FormErrors.of(new InvalidInputException(params.violations()), messages);
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("errors", errors);
        if ("true".equals(htmx) && !"true".equals(restore)) {
            return fragment;
        }
        WorkPlanActivities data = (WorkPlanActivities) model.getAttribute("data");
        model.addAttribute("filters", new FilterChoices(views.purposes(data.header()), views.partners(id),
                views.countries(id), views.leadOfficers(id)));
        return page;
    }

    /** A filter value of an export that cannot be read: the error page with 400, as for any malformed address. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView badFilter(HttpServletRequest request) {
        ModelAndView page = new ModelAndView("shared/error", HttpStatus.BAD_REQUEST);
        page.addObject("ui", uiFactory.create(request));
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        return page;
    }
}
