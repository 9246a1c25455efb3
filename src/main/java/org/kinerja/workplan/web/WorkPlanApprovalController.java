package org.kinerja.workplan.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.identity.KinerjaUser;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.web.PageMessages;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormErrors;
import org.kinerja.workplan.CarryOverResult;
import org.kinerja.workplan.WorkPlan;
import org.kinerja.workplan.WorkPlanApproval;
import org.kinerja.workplan.WorkPlanService;
import org.kinerja.workplan.WorkPlanStatus;
import org.kinerja.workplan.internal.WorkPlanGate;
import org.kinerja.workplan.internal.WorkPlanHeader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The approval page of a work plan and its steps. Each step is a form that works without JavaScript (POST,
 * then a redirect back to the page with what was done) and with htmx (the answer is the page's panel, swapped
 * in place, with what was done or why it was refused).
 */
@Controller
class WorkPlanApprovalController {

    private static final String PANEL = "workplan/_approvalPanel";
    private static final String PAGE = "workplan/approval";

    private final WorkPlanService workPlans;
    private final WorkPlanGate gate;
    private final PlanService plans;
    private final PageMessages pages;

    WorkPlanApprovalController(WorkPlanService workPlans, WorkPlanGate gate, PlanService plans, PageMessages pages) {
        this.workPlans = workPlans;
        this.gate = gate;
        this.plans = plans;
        this.pages = pages;
    }

    @GetMapping("/workplans/{id}/approval")
    String show(@PathVariable long id, @RequestParam(required = false) String done,
                @RequestParam(required = false) String carried, @RequestParam(required = false) String skipped,
                @RequestParam(required = false) String to,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Authentication auth, Model model, HttpServletResponse response) {
        String notice = notice(done, carried, skipped, to);
        model.addAttribute("view", view(id, auth, notice, null, FormErrors.none(), "", ""));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return "true".equals(htmx) && !"true".equals(restore) ? PANEL : PAGE;
    }

    @PostMapping("/workplans/{id}/submit")
    @PreAuthorize(WorkPlanApiController.WRITERS)
    String submit(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Authentication auth, Model model, HttpServletResponse response) {
        return step(id, htmx, auth, model, response, "submitted", "", "", () -> {
            workPlans.submit(id);
            return null;
        });
    }

    @PostMapping("/workplans/{id}/approve")
    @PreAuthorize(WorkPlanApiController.CO_MANAGERS)
    String approve(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                   Authentication auth, Model model, HttpServletResponse response) {
        return step(id, htmx, auth, model, response, null, "", "", () -> {
            WorkPlan after = workPlans.approve(id);
            return after.status() == WorkPlanStatus.APPROVED ? "approved" : "approvedBySide";
        });
    }

    @PostMapping("/workplans/{id}/return")
    @PreAuthorize(WorkPlanApiController.CO_MANAGERS)
    String returnToDraft(@PathVariable long id, @RequestParam(required = false) String comment,
                         @RequestHeader(name = "HX-Request", required = false) String htmx,
                         Authentication auth, Model model, HttpServletResponse response) {
        return step(id, htmx, auth, model, response, "returned", comment, "", () -> {
            workPlans.returnToDraft(id, comment);
            return null;
        });
    }

    @PostMapping("/workplans/{id}/revisions")
    @PreAuthorize(WorkPlanApiController.WRITERS)
    String openRevision(@PathVariable long id, @RequestParam(required = false) String reason,
                        @RequestHeader(name = "HX-Request", required = false) String htmx,
                        Authentication auth, Model model, HttpServletResponse response) {
        return step(id, htmx, auth, model, response, "revisionOpened", "", reason, () -> {
            workPlans.openRevision(id, reason);
            return null;
        });
    }

    @PostMapping("/workplans/{id}/carry-over")
    @PreAuthorize(WorkPlanApiController.WRITERS)
    String carryOver(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                     Authentication auth, Model model, HttpServletResponse response) {
        return step(id, htmx, auth, model, response, null, "", "", () -> {
            CarryOverResult r = workPlans.carryOver(id);
            return "carried&carried=" + r.carried() + "&skipped=" + r.skipped() + "&to=" + r.targetYear();
        });
    }

    /** The version as it was approved, grouped by purpose, read-only. */
    @GetMapping("/workplans/{id}/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, Model model) {
        var version = workPlans.version(id, number);
        model.addAttribute("header", gate.get(id));
        model.addAttribute("version", version);
        model.addAttribute("purposes", plans.find(version.planCode()).map(p -> p.purposes()).orElse(java.util.List.of()));
        model.addAttribute("sides", workPlans.coManagingSides());
        return "workplan/version";
    }

    /**
     * Takes a step. {@code action} answers the name of what was done (with its details as further address
     * parameters), or null to use {@code done}. Without htmx a done step redirects to the page; a refused one
     * shows the page with the reason and the status 409 or 422. With htmx the answer is the panel either way,
     * with the status 200 so that htmx swaps it in.
     */
    private String step(long id, String htmx, Authentication auth, Model model, HttpServletResponse response,
                        String done, String comment, String reason, Supplier<String> action) {
        boolean fragment = "true".equals(htmx);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        try {
            String result = action.get();
            String what = result != null ? result : done;
            if (!fragment) {
                return "redirect:/workplans/" + id + "/approval?done=" + what;
            }
            Map<String, String> params = parse(what);
            model.addAttribute("view", view(id, auth, notice(params.get("done"), params.get("carried"),
                    params.get("skipped"), params.get("to")), null, FormErrors.none(), "", ""));
            return PANEL;
        } catch (InvalidInputException e) {
            if (!fragment) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
            model.addAttribute("view", view(id, auth, null, pages.text(e), pages.errors(e), orEmpty(comment), orEmpty(reason)));
        } catch (ConflictException e) {
            if (!fragment) {
                response.setStatus(HttpStatus.CONFLICT.value());
            }
            model.addAttribute("view", view(id, auth, null, pages.text(e), FormErrors.none(), orEmpty(comment), orEmpty(reason)));
        }
        return fragment ? PANEL : PAGE;
    }

    private static Map<String, String> parse(String what) {
        Map<String, String> out = new java.util.HashMap<>();
        String[] parts = what.split("&");
        out.put("done", parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            out.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return out;
    }

    private String notice(String done, String carried, String skipped, String to) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "created", "submitted", "approvedBySide", "approved", "returned", "revisionOpened" ->
                    pages.text("workplan.lifecycle.done." + done);
            case "carried" -> isNumber(carried) && isNumber(skipped) && isNumber(to)
                    ? pages.text("workplan.lifecycle.carryOver.sent", carried, to, skipped) : null;
            default -> null;
        };
    }

    private static boolean isNumber(String text) {
        return text != null && text.matches("\\d{1,9}");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private ApprovalView view(long id, Authentication auth, String notice, String error, FormErrors errors,
                              String comment, String reason) {
        WorkPlanHeader header = gate.get(id);
        WorkPlan workPlan = workPlans.get(id);
        Map<String, String> sides = workPlans.coManagingSides();
        return new ApprovalView(header, workPlan, sides, actions(workPlan, sides, auth), workPlans.steps(id),
                workPlans.revisions(id), workPlans.versions(id), notice, error, errors, comment, reason);
    }

    /** The steps this user may take now: the ones the service would accept from them. */
    private ApprovalView.Actions actions(WorkPlan workPlan, Map<String, String> sides, Authentication auth) {
        boolean writer = has(auth, "ROLE_ADMIN") || has(auth, "ROLE_CO_MANAGER") || has(auth, "ROLE_PROGRAMME_OFFICER");
        String member = auth != null && auth.getPrincipal() instanceof KinerjaUser u ? u.memberCode() : null;
        boolean coManager = has(auth, "ROLE_CO_MANAGER") && member != null && sides.containsKey(member);
        boolean ownSideApproved = workPlan.approvals().stream().map(WorkPlanApproval::memberCode).anyMatch(member == null
                ? x -> false : member::equals);
        WorkPlanStatus status = workPlan.status();
        boolean nextYearInPlan = plans.find(workPlan.planCode()).map(p -> workPlan.year() < p.endYear()).orElse(false);
        return new ApprovalView.Actions(
                writer && status == WorkPlanStatus.DRAFT && !workPlan.activities().isEmpty(),
                coManager && status == WorkPlanStatus.SUBMITTED && !ownSideApproved,
                coManager && status == WorkPlanStatus.SUBMITTED,
                writer && status == WorkPlanStatus.APPROVED,
                writer && status == WorkPlanStatus.APPROVED && nextYearInPlan);
    }

    private static boolean has(Authentication auth, String authority) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
