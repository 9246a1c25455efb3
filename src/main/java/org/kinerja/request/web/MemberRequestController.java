package org.kinerja.request.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.directory.BodyRef;
import org.kinerja.directory.BodyService;
import org.kinerja.directory.Contact;
import org.kinerja.directory.ContactFilter;
import org.kinerja.directory.ContactService;
import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.Member;
import org.kinerja.directory.MemberFilter;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.exchange.RowSource;
import org.kinerja.identity.KinerjaUser;
import org.kinerja.identity.UserAccount;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.PlanSummary;
import org.kinerja.request.MemberRequest;
import org.kinerja.request.MemberRequestFilter;
import org.kinerja.request.MemberRequestService;
import org.kinerja.request.MemberRequestStatus;
import org.kinerja.request.RequestViewer;
import org.kinerja.request.StatusChange;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
import org.kinerja.shared.web.FormValues;
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

/**
 * The request pages: the register with its filters and exports, one request with its status history and
 * (for officers) the status change, and the form — reduced for member focal points, who submit for their
 * own member.
 */
@Controller
@RequestMapping("/requests")
class MemberRequestController {

    static final int PAGE_SIZE = 25;

    private final MemberRequestService requests;
    private final DirectoryService directory;
    private final BodyService bodies;
    private final ContactService contacts;
    private final PlanService plans;
    private final ActivityLookup activities;
    private final ExportResponses exports;
    private final MessageSource messages;
    private final UiFactory uiFactory;

    MemberRequestController(MemberRequestService requests, DirectoryService directory, BodyService bodies,
                            ContactService contacts, PlanService plans, ActivityLookup activities,
                            ExportResponses exports, MessageSource messages, UiFactory uiFactory) {
        this.requests = requests;
        this.directory = directory;
        this.bodies = bodies;
        this.contacts = contacts;
        this.plans = plans;
        this.activities = activities;
        this.exports = exports;
        this.messages = messages;
        this.uiFactory = uiFactory;
    }

    private static RequestViewer viewer(KinerjaUser user) {
        return MemberRequestApiController.viewer(user);
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
                @RequestParam(required = false) String requester, @RequestParam(required = false) String officer,
                @RequestParam(required = false) String overdue, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String openOn,
                @RequestParam(required = false) String dueBefore, @RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                @AuthenticationPrincipal KinerjaUser user, Model model, HttpServletResponse response) {
        RequestParams params = new RequestParams(status, type, requester, officer, overdue, from, to, openOn, dueBefore);
        RequestViewer viewer = viewer(user);
        ListPage<MemberRequest> result = requests.list(params.toFilter(), PageQuery.of(page, PAGE_SIZE), viewer);
        model.addAttribute("result", result);
        model.addAttribute("filters", params);
        model.addAttribute("restricted", viewer.restricted());
        model.addAttribute("members", viewer.restricted() ? List.of() : members());
        model.addAttribute("bodies", viewer.restricted() ? List.of() : bodies.refs());
        model.addAttribute("officers", viewer.restricted() ? List.of() : requests.possibleOfficers());
        model.addAttribute("targets", text("request.targets", String.valueOf(requests.acknowledgeDays()),
                String.valueOf(requests.deliverDays())));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return "true".equals(htmx) && !"true".equals(restore) ? "request/_requests" : "request/requests";
    }

    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String status,
                @RequestParam(required = false) String type, @RequestParam(required = false) String requester,
                @RequestParam(required = false) String officer, @RequestParam(required = false) String overdue,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String openOn,
                @RequestParam(required = false) String dueBefore,
                @AuthenticationPrincipal KinerjaUser user, HttpServletResponse response) throws IOException {
        MemberRequestFilter filter = new RequestParams(status, type, requester, officer, overdue, from, to, openOn,
                dueBefore).toFilter();
        RequestViewer viewer = viewer(user);
        exports.write(format, RequestExports.REQUESTS, RowSource.paged(page -> requests.list(filter, page, viewer).items()), "requests",
                response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String saved,
                @AuthenticationPrincipal KinerjaUser user, Model model) {
        RequestViewer viewer = viewer(user);
        MemberRequest r = requests.get(id, viewer);
        model.addAttribute("request", r);
        model.addAttribute("history", requests.history(id, viewer));
        model.addAttribute("notice", saved != null ? text("common.saved") : null);
        model.addAttribute("statusErrors", FormErrors.none());
        model.addAttribute("statusConflict", null);
        return "request/request";
    }

    /** Moves the request's status; htmx gets the status panel back, others the page. */
    @PostMapping("/{id}/status")
    @PreAuthorize(RequestWebConfig.WRITER_RULE)
    String status(@PathVariable long id, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String date, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String version,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  @AuthenticationPrincipal KinerjaUser user, Model model, HttpServletResponse response) {
        RequestViewer viewer = viewer(user);
        FormErrors errors = FormErrors.none();
        String conflict = null;
        try {
            InvalidInputException.Collector parse = new InvalidInputException.Collector();
            MemberRequestStatus to = FormValues.enumValue(MemberRequestStatus.class, "status", status, parse);
            LocalDate d = FormValues.date("date", date, parse);
            Integer v = FormValues.integer("version", version, parse);
            parse.throwIfAny();
            requests.changeStatus(id, new StatusChange(to, d, reason), v, viewer);
            if (!"true".equals(htmx)) {
                return "redirect:/requests/" + id + "?saved";
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            errors = FormErrors.of(e, messages);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            conflict = text(e.messageKey(), e.args());
        }
        model.addAttribute("request", requests.get(id, viewer));
        model.addAttribute("history", requests.history(id, viewer));
        model.addAttribute("notice", null);
        model.addAttribute("statusErrors", errors);
        model.addAttribute("statusConflict", conflict);
        return "true".equals(htmx) ? "request/_status" : "request/request";
    }

    @GetMapping("/new")
    @PreAuthorize(RequestWebConfig.SUBMITTER_RULE)
    String newRequest(@AuthenticationPrincipal KinerjaUser user, Model model) {
        RequestViewer viewer = viewer(user);
        boolean staff = !viewer.restricted() && user.roles().stream().anyMatch(r -> r.name().equals("PROGRAMME_OFFICER"));
        return form(model, viewer, null, MemberRequestForm.blank(viewer.memberCode(), staff ? user.id() : null,
                LocalDate.now().toString()), FormErrors.none(), null);
    }

    @PostMapping
    @PreAuthorize(RequestWebConfig.SUBMITTER_RULE)
    String create(@ModelAttribute("form") MemberRequestForm form, @AuthenticationPrincipal KinerjaUser user, Model model,
                  HttpServletResponse response) {
        RequestViewer viewer = viewer(user);
        try {
            MemberRequest r = requests.create(form.toInput(), viewer);
            return "redirect:/requests/" + r.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, viewer, null, form, FormErrors.of(e, messages), null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(RequestWebConfig.WRITER_RULE)
    String edit(@PathVariable long id, @AuthenticationPrincipal KinerjaUser user, Model model) {
        RequestViewer viewer = viewer(user);
        MemberRequest r = requests.get(id, viewer);
        return form(model, viewer, r, MemberRequestForm.of(r), FormErrors.none(), null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(RequestWebConfig.WRITER_RULE)
    String save(@PathVariable long id, @ModelAttribute("form") MemberRequestForm form,
                @AuthenticationPrincipal KinerjaUser user, Model model, HttpServletResponse response) {
        RequestViewer viewer = viewer(user);
        MemberRequest r = requests.get(id, viewer);
        try {
            requests.update(id, form.toInput());
            return "redirect:/requests/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, viewer, r, form, FormErrors.of(e, messages), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, viewer, r, form, FormErrors.none(), text(e.messageKey(), e.args()));
        }
    }

    /** An unreadable filter or page number: the error page with 400. */
    @ExceptionHandler(InvalidInputException.class)
    String badRequest(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("ui", uiFactory.create(request));
        model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
        return "shared/error";
    }

    private String form(Model model, RequestViewer viewer, MemberRequest request, MemberRequestForm form,
                        FormErrors errors, String conflict) {
        model.addAttribute("request", request);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("restricted", viewer.restricted());
        model.addAttribute("contacts", contactChoices(viewer));
        model.addAttribute("members", viewer.restricted() ? List.of() : members());
        model.addAttribute("bodies", viewer.restricted() ? List.<BodyRef>of() : bodies.refs());
        model.addAttribute("officers", viewer.restricted() ? List.<UserAccount>of() : requests.possibleOfficers());
        model.addAttribute("activities", viewer.restricted() ? List.<ActivityRef>of() : activityChoices());
        model.addAttribute("deliverDays", requests.deliverDays());
        return "request/requestForm";
    }

    private List<Member> members() {
        return directory.members(MemberFilter.all(), PageQuery.of(0, PageQuery.MAX_SIZE)).items();
    }

    private List<Contact> contactChoices(RequestViewer viewer) {
        ContactFilter filter = viewer.restricted() ? ContactFilter.ofMember(viewer.memberCode()) : ContactFilter.all();
        return contacts.list(filter, PageQuery.of(0, PageQuery.MAX_SIZE), false).items().stream()
                .filter(c -> c.organisation().type() != org.kinerja.directory.OrganisationType.PARTNER
                        && c.organisation().type() != org.kinerja.directory.OrganisationType.FORUM)
                .toList();
    }

    /** The activities of every plan year, for the linked activities. */
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
