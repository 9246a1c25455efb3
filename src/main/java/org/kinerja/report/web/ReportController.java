package org.kinerja.report.web;

import java.io.IOException;

import org.kinerja.exchange.ExportResponses;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.identity.KinerjaUser;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.PlanSummary;
import org.kinerja.report.IssueStatus;
import org.kinerja.report.IssuedReport;
import org.kinerja.report.LiveReport;
import org.kinerja.report.Narrative;
import org.kinerja.report.ReportAudience;
import org.kinerja.report.ReportData;
import org.kinerja.report.ReportRequest;
import org.kinerja.report.ReportService;
import org.kinerja.report.ReportType;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.PageQuery;
import org.kinerja.report.render.ReportLinks;
import org.kinerja.shared.web.FormErrors;
import org.kinerja.shared.web.Ui;
import org.kinerja.shared.web.UiFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The report pages: issued reports with the issue form, the live report of a year or half year with its
 * narratives, and one issued report (a progress bar while it is generating, then its frozen content and files).
 */
@Controller
class ReportController {

    private static final int PAGE_SIZE = 20;
    private static final int PLAN_CHOICES = 100;

    private final ReportService reports;
    private final PlanService plans;
    private final MessageSource messages;
    private final UiFactory uiFactory;

    private final ExportResponses exports;
    private final TemplateEngine templates;

    ReportController(ReportService reports, PlanService plans, MessageSource messages, UiFactory uiFactory,
                     ExportResponses exports, TemplateEngine templates) {
        this.exports = exports;
        this.templates = templates;
        this.reports = reports;
        this.plans = plans;
        this.messages = messages;
        this.uiFactory = uiFactory;
    }

    // ---- list and issuing ---------------------------------------------------------------------------------

    @GetMapping("/reports")
    String list(@RequestParam(required = false) Integer page, Authentication auth, Model model) {
        return listPage(page, auth, IssueForm.blank(plans.current().map(Plan::code).orElse(null)), FormErrors.none(),
                model);
    }

    /** The issued reports the reader may see, as a file, for the list's export links. */
    @GetMapping("/reports/export.{format:csv|xlsx}")
    void export(@PathVariable String format, Authentication auth, HttpServletResponse response) throws IOException {
        exports.write(format, ReportExport.TABLE, ReportExport.rows(reports, !ReportWebConfig.readsInternal(auth)),
                ReportExport.FILE_NAME, response);
    }

    @PostMapping("/reports")
    @PreAuthorize(ReportWebConfig.ISSUER_RULE)
    String issue(IssueForm form, @AuthenticationPrincipal KinerjaUser user, Authentication auth, Model model,
                 HttpServletResponse response) {
        try {
            ReportType type = ReportParams.type(form.type());
            ReportRequest request = new ReportRequest(type, form.planCode(), year(form.year()),
                    ReportParams.optionalHalf(form.half()), ReportParams.audience(form.audience()));
            IssuedReport issued = reports.issue(request, user);
            return "redirect:/reports/" + issued.id();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return listPage(null, auth, form, FormErrors.of(e, messages), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return listPage(null, auth, form, FormErrors.global(messages.getMessage(e.messageKey(), e.args(),
                    LocaleContextHolder.getLocale())), model);
        }
    }

    private static Integer year(String text) {
        return text == null || text.isBlank() ? null : ReportParams.year(text);
    }

    private String listPage(Integer page, Authentication auth, IssueForm form, FormErrors errors, Model model) {
        boolean internal = ReportWebConfig.readsInternal(auth);
        Plan current = plans.current().orElse(null);
        List<PlanSummary> planChoices = plans.list(null, PageQuery.of(0, PLAN_CHOICES)).items();
        model.addAttribute("page", new ReportPages.ListView(reports.list(!internal, PageQuery.of(page, PAGE_SIZE)),
                internal, current, planChoices, form, errors));
        return "reporting/list";
    }

    // ---- live ---------------------------------------------------------------------------------------------

    @GetMapping("/reports/annual/{year:[^.]+}")
    String annual(@PathVariable String year, @RequestParam(required = false) String plan,
                  @RequestParam(required = false) String audience, Model model, HttpServletRequest http) {
        return live(annualRequest(year, plan, audience), true, model, "reporting/live", http);
    }

    @GetMapping("/reports/semi-annual/{year}/{half:[^.]+}")
    String semiAnnual(@PathVariable String year, @PathVariable String half, @RequestParam(required = false) String plan,
                      @RequestParam(required = false) String audience, Model model, HttpServletRequest http) {
        return live(semiAnnualRequest(year, half, plan, audience), true, model, "reporting/live", http);
    }

    /**
     * What the live report's page polls while the report is built: the progress again, then the report (or the
     * failure) in its place. Without htmx, the page itself.
     */
    @GetMapping("/reports/annual/{year}/live")
    String annualProgress(@PathVariable String year, @RequestParam(required = false) String plan,
                          @RequestParam(required = false) String audience,
                          @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                          HttpServletRequest http, HttpServletResponse response) {
        return progress(annualRequest(year, plan, audience), htmx, model, http, response);
    }

    @GetMapping("/reports/semi-annual/{year}/{half}/live")
    String semiAnnualProgress(@PathVariable String year, @PathVariable String half,
                              @RequestParam(required = false) String plan,
                              @RequestParam(required = false) String audience,
                              @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                              HttpServletRequest http, HttpServletResponse response) {
        return progress(semiAnnualRequest(year, half, plan, audience), htmx, model, http, response);
    }

    private static ReportRequest annualRequest(String year, String plan, String audience) {
        return new ReportRequest(ReportType.ANNUAL, plan, ReportParams.year(year), null,
                ReportParams.audience(audience));
    }

    private static ReportRequest semiAnnualRequest(String year, String half, String plan, String audience) {
        return new ReportRequest(ReportType.SEMI_ANNUAL, plan, ReportParams.year(year), ReportParams.half(half),
                ReportParams.audience(audience));
    }

    private String progress(ReportRequest request, String htmx, Model model, HttpServletRequest http,
                            HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return live(request, false, model, "true".equals(htmx) ? "reporting/_live" : "reporting/live", http);
    }

    /**
     * The page answers at once: the report when it is built (its body rendered once per language until the data
     * changes), else its progress while it builds in the background.
     */
    private String live(ReportRequest request, boolean retry, Model model, String template,
                        HttpServletRequest http) {
        LiveReport live = reports.live(request, retry);
        String body = null;
        if (live.state() == LiveReport.State.READY) {
            Ui ui = uiFactory.create(http);
            body = reports.liveBody(request, data -> {
                StringOutput out = new StringOutput();
                templates.render("report/body.jte", Map.of("ui", ui, "report", data, "links", ReportLinks.of(data)), out);
                return out.toString();
            });
        }
        model.addAttribute("page", new ReportPages.LiveView(live, ReportPages.livePath(live), reports.publicThreshold(),
                body));
        return template;
    }

    // ---- narratives ---------------------------------------------------------------------------------------

    @GetMapping("/reports/annual/{year}/narratives/{number}/edit")
    String editNarrative(@PathVariable String year, @PathVariable String number,
                         @RequestParam(required = false) String plan, Model model) {
        return narrativeForm(reports.narrative(plan, ReportParams.year(year), null, ReportParams.number(number)),
                null, null, FormErrors.none(), model);
    }

    @GetMapping("/reports/semi-annual/{year}/{half}/narratives/{number}/edit")
    String editSemiAnnualNarrative(@PathVariable String year, @PathVariable String half, @PathVariable String number,
                                   @RequestParam(required = false) String plan, Model model) {
        return narrativeForm(reports.narrative(plan, ReportParams.year(year), ReportParams.half(half),
                ReportParams.number(number)), null, null, FormErrors.none(), model);
    }

    @PostMapping("/reports/annual/{year}/narratives/{number}/edit")
    @PreAuthorize(ReportWebConfig.NARRATOR_RULE)
    String saveNarrative(@PathVariable String year, @PathVariable String number,
                         @RequestParam(required = false) String plan, NarrativeForm form,
                         @AuthenticationPrincipal KinerjaUser user, Model model, HttpServletResponse response) {
        return saveNarrative(plan, ReportParams.year(year), null, ReportParams.number(number), form, user, model,
                response);
    }

    @PostMapping("/reports/semi-annual/{year}/{half}/narratives/{number}/edit")
    @PreAuthorize(ReportWebConfig.NARRATOR_RULE)
    String saveSemiAnnualNarrative(@PathVariable String year, @PathVariable String half, @PathVariable String number,
                                   @RequestParam(required = false) String plan, NarrativeForm form,
                                   @AuthenticationPrincipal KinerjaUser user, Model model,
                                   HttpServletResponse response) {
        return saveNarrative(plan, ReportParams.year(year), ReportParams.half(half), ReportParams.number(number), form,
                user, model, response);
    }

    private String saveNarrative(String plan, int year, Integer half, int number, NarrativeForm form,
                                 KinerjaUser user, Model model, HttpServletResponse response) {
        Narrative current = reports.narrative(plan, year, half, number);
        try {
            Narrative saved = reports.saveNarrative(plan, year, half, number, form.text(), form.version(), user);
            String path = half == null ? "/reports/annual/" + year : "/reports/semi-annual/" + year + "/" + half;
            return "redirect:" + path + "?plan=" + saved.planCode();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return narrativeForm(current, form.text(), form.version(), FormErrors.of(e, messages), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return narrativeForm(current, form.text(), current.version(), FormErrors.global(messages.getMessage(
                    e.messageKey(), e.args(), LocaleContextHolder.getLocale())), model);
        }
    }

    private String narrativeForm(Narrative narrative, String text, Integer version, FormErrors errors, Model model) {
        Plan plan = plans.get(narrative.planCode());
        String title = narrative.purposeNumber() == Narrative.FOREWORD ? null
                : plan.purpose(narrative.purposeNumber()).map(p -> p.title()).orElse(null);
        model.addAttribute("form", new ReportPages.NarrativeView(narrative, text == null ? narrative.text() : text,
                version == null ? narrative.version() : version, title, errors));
        return "reporting/narrativeForm";
    }

    // ---- issued -------------------------------------------------------------------------------------------

    @GetMapping("/reports/{id:\\d+}")
    String issued(@PathVariable long id, Authentication auth, Model model) {
        IssuedReport report = readable(id, auth);
        ReportData snapshot = report.status() == IssueStatus.DONE ? reports.snapshot(id).orElseThrow() : null;
        model.addAttribute("page", new ReportPages.IssuedView(report, snapshot));
        return "reporting/issued";
    }

    /** The progress bar of an issue; once it is done or failed, htmx reloads the whole page. */
    @GetMapping("/reports/{id:\\d+}/progress")
    String progress(@PathVariable long id, Authentication auth, Model model, HttpServletResponse response) {
        IssuedReport report = readable(id, auth);
        if (!report.status().pending()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("report", report);
        return "reporting/_progress";
    }

    /** A report address with an unreadable or impossible year, half, plan or audience: 422 with the reasons. */
    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(422);
        model.addAttribute("ui", uiFactory.create(request));
        model.addAttribute("errors", FormErrors.of(e, messages));
        return "reporting/invalid";
    }

    private IssuedReport readable(long id, Authentication auth) {
        IssuedReport r = reports.get(id);
        if (r.audience() != ReportAudience.PUBLIC && !ReportWebConfig.readsInternal(auth)) {
            throw new AccessDeniedException("internal report");
        }
        return r;
    }
}
