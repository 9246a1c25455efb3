package org.kinerja.outreach.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.directory.DirectoryService;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.exchange.RowSource;
import org.kinerja.identity.KinerjaUser;
import org.kinerja.outreach.Engagement;
import org.kinerja.outreach.EngagementFilter;
import org.kinerja.outreach.EngagementService;
import org.kinerja.outreach.EngagementType;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.PlanSummary;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormValues;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
import org.kinerja.shared.web.UiFactory;
import org.kinerja.workplan.ActivityLookup;
import org.kinerja.workplan.ActivityRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The engagement pages: the list with its filters and exports, one engagement, and the form. */
@Controller
@RequestMapping("/outreach/engagements")
class EngagementController {

    static final int PAGE_SIZE = 25;

    private final EngagementService engagements;
    private final DirectoryService directory;
    private final PlanService plans;
    private final ActivityLookup activities;
    private final ExportResponses exports;
    private final MessageSource messages;
    private final UiFactory uiFactory;

    EngagementController(EngagementService engagements, DirectoryService directory, PlanService plans,
                         ActivityLookup activities, ExportResponses exports, MessageSource messages, UiFactory uiFactory) {
        this.engagements = engagements;
        this.directory = directory;
        this.plans = plans;
        this.activities = activities;
        this.exports = exports;
        this.messages = messages;
        this.uiFactory = uiFactory;
    }

    @GetMapping
    String list(@RequestParam(required = false) String forum, @RequestParam(required = false) String type,
                @RequestParam(required = false) String year, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String deleted,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Model model, HttpServletResponse response) {
        EngagementParams filters = new EngagementParams(forum, type, year);
        ListPage<Engagement> result = engagements.list(filters.toFilter(), PageQuery.of(page, PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("filters", filters);
        model.addAttribute("forums", directory.forums());
        model.addAttribute("notice", deleted != null ? text("outreach.deleted") : null);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return "true".equals(htmx) && !"true".equals(restore) ? "outreach/_engagements" : "outreach/engagements";
    }

    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String forum,
                @RequestParam(required = false) String type, @RequestParam(required = false) String year,
                HttpServletResponse response) throws IOException {
        EngagementFilter filter = new EngagementParams(forum, type, year).toFilter();
        exports.write(format, OutreachExports.ENGAGEMENTS, RowSource.paged(page -> engagements.list(filter, page).items()), "engagements",
                response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("engagement", engagements.get(id));
        model.addAttribute("notice", saved != null ? text("common.saved") : null);
        return "outreach/engagement";
    }

    @GetMapping("/new")
    @PreAuthorize(OutreachWebConfig.WRITER_RULE)
    String newEngagement(@AuthenticationPrincipal KinerjaUser user, Model model) {
        return form(model, null, EngagementForm.blank(user.id()), FormErrors.none(), null);
    }

    @PostMapping
    @PreAuthorize(OutreachWebConfig.WRITER_RULE)
    String create(@ModelAttribute("form") EngagementForm form, Model model, HttpServletResponse response) {
        try {
            Engagement e = engagements.create(form.toInput());
            return "redirect:/outreach/engagements/" + e.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, form, FormErrors.of(e, messages), null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(OutreachWebConfig.WRITER_RULE)
    String edit(@PathVariable long id, Model model) {
        Engagement e = engagements.get(id);
        return form(model, e, EngagementForm.of(e), FormErrors.none(), null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(OutreachWebConfig.WRITER_RULE)
    String save(@PathVariable long id, @ModelAttribute("form") EngagementForm form, Model model,
                HttpServletResponse response) {
        Engagement e = engagements.get(id);
        try {
            engagements.update(id, form.toInput());
            return "redirect:/outreach/engagements/" + id + "?saved";
        } catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, e, form, FormErrors.of(ex, messages), null);
        } catch (ConflictException ex) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, e, form, FormErrors.none(), text(ex.messageKey(), ex.args()));
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(OutreachWebConfig.WRITER_RULE)
    String delete(@PathVariable long id, @RequestParam(required = false) String version) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Integer v = FormValues.integer("version", version, errors);
        errors.throwIfAny();
        engagements.delete(id, v);
        return "redirect:/outreach/engagements?deleted";
    }

    /** An unreadable filter or page number: the error page with 400. */
    @ExceptionHandler(InvalidInputException.class)
    String badRequest(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("ui", uiFactory.create(request));
        model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
        return "shared/error";
    }

    private String form(Model model, Engagement engagement, EngagementForm form, FormErrors errors, String conflict) {
        model.addAttribute("engagement", engagement);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("forums", directory.forums());
        model.addAttribute("people", engagements.possibleRepresentatives());
        model.addAttribute("activities", activityChoices());
        return "outreach/engagementForm";
    }

    /** The activities of every plan year, for the activity choice. */
    private List<ActivityRef> activityChoices() {
        List<ActivityRef> out = new ArrayList<>();
        for (PlanSummary plan : plans.list(null, PageQuery.of(0, PageQuery.MAX_SIZE)).items()) {
            for (int y = plan.startYear(); y <= plan.endYear(); y++) {
                out.addAll(activities.ofYear(plan.code(), y));
            }
        }
        return out;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
