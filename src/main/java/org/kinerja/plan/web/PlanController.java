package org.kinerja.plan.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.plan.NewPlan;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanChange;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.Signatory;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
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
import org.springframework.web.util.UriUtils;

/**
 * The plan pages: the list, one plan, creating a plan and editing its texts.
 */
@Controller
class PlanController {

    static final String EDITORS = "hasAnyRole('ADMIN','CO_MANAGER')";
    private static final int PAGE_SIZE = 20;
    /** How many plans the "copy from" choice offers. */
    private static final int COPY_CHOICES = 100;

    private final PlanService plans;
    private final PlanPages pages;
    private final ExportResponses exports;

    PlanController(PlanService plans, PlanPages pages, ExportResponses exports) {
        this.plans = plans;
        this.pages = pages;
        this.exports = exports;
    }

    /**
     * The list of plans. An htmx request (paging) gets only the table and its pager, except when htmx
     * restores its history, which needs the whole page.
     */
    @GetMapping("/plans")
    String list(@RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Model model, HttpServletResponse response) {
        model.addAttribute("page", plans.list(null, PageQuery.of(page, PAGE_SIZE)));
        response.addHeader("Vary", "HX-Request");
        return "true".equals(htmx) && !"true".equals(restore) ? "plan/_rows" : "plan/list";
    }

    /** The list of plans as a file, for the list's export links. */
    @GetMapping("/plans/export.{format:csv|xlsx}")
    void export(@PathVariable String format, HttpServletResponse response) throws IOException {
        exports.write(format, PlanExport.TABLE, PlanExport.rows(plans, null), PlanExport.FILE_NAME, response);
    }

    @GetMapping("/plans/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("plan", plans.get(code));
        model.addAttribute("profile", plans.organisationProfile().orElse(null));
        model.addAttribute("notice", saved != null ? pages.text("common.saved") : null);
        return "plan/detail";
    }

    @GetMapping("/plans/new")
    @PreAuthorize(EDITORS)
    String newPlan(@RequestParam(required = false) String copyFrom, Model model) {
        String from = copyFrom != null ? copyFrom : plans.current().map(Plan::code).orElse("");
        return newForm(model, NewPlanForm.blank(from), FormErrors.none());
    }

    @PostMapping("/plans")
    @PreAuthorize(EDITORS)
    String create(@ModelAttribute("form") NewPlanForm form, Model model, HttpServletResponse response) {
        try {
            FormInput input = new FormInput();
            Integer start = input.integer("startYear", form.startYear(), "plan.year.invalid");
            Integer end = input.integer("endYear", form.endYear(), "plan.year.invalid");
            input.throwIfAny();
            Plan plan = plans.create(new NewPlan(form.code(), form.title(), start, end, form.copyFrom()));
            return "redirect:" + path(plan.code()) + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return newForm(model, form, pages.errors(e));
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return newForm(model, form, pages.errors(e));
        }
    }

    private String newForm(Model model, NewPlanForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sources", plans.list(null, new PageQuery(0, COPY_CHOICES)).items());
        return "plan/newPlan";
    }

    @GetMapping("/plans/{code}/edit")
    @PreAuthorize(EDITORS)
    String edit(@PathVariable String code, Model model) {
        Plan plan = plans.get(code);
        return editForm(model, plan, PlanForm.of(plan), FormErrors.none(), null);
    }

    @PostMapping("/plans/{code}/edit")
    @PreAuthorize(EDITORS)
    String save(@PathVariable String code, @ModelAttribute("form") PlanForm form, Model model,
                HttpServletResponse response) {
        Plan plan = plans.get(code);
        try {
            FormInput input = new FormInput();
            Integer start = input.integer("startYear", form.startYear(), "plan.year.invalid");
            Integer end = input.integer("endYear", form.endYear(), "plan.year.invalid");
            Integer version = input.integer("version", form.version(), "plan.version.invalid");
            input.throwIfAny();
            List<Signatory> signatories = new ArrayList<>();
            for (SignatoryForm row : form.signatories()) {
                if (!row.isBlank()) {
                    signatories.add(row.toSignatory());
                }
            }
            plans.update(code, PlanChange.texts(form.title(), start, end, form.foreword(), form.description(),
                    form.mission(), form.reporting(), version)
                    .withSignatories(signatories));
            return "redirect:" + path(code) + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editForm(model, plan, form, pages.errors(e), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return editForm(model, plan, form, FormErrors.none(), pages.text(e));
        }
    }

    private String editForm(Model model, Plan plan, PlanForm form, FormErrors errors, String conflict) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "plan/planForm";
    }

    static String path(String code) {
        return "/plans/" + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
    }
}
