package org.kinerja.workplan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.directory.BodyService;
import org.kinerja.directory.CommitmentService;
import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.PartnerService;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
import org.kinerja.workplan.Activity;
import org.kinerja.workplan.ActivityService;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.internal.WorkPlanGate;
import org.kinerja.workplan.internal.WorkPlanHeader;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The activity pages: one activity with its partners, milestones, progress updates, risks and change history;
 * the activity form; the status panel (swapped by htmx, or a plain form that redirects back); and the forms of
 * milestones, progress updates and risks.
 */
@Controller
class ActivityController {

    private static final String WRITE_RULE = ActivityApiController.WRITE_RULE;

    private final ActivityService activities;
    private final WorkPlanGate gate;
    private final PlanService plans;
    private final IndicatorService indicators;
    private final DirectoryService directory;
    private final PartnerService partners;
    private final CommitmentService commitments;
    private final BodyService bodies;
    private final UserService users;
    private final MessageSource messages;

    ActivityController(ActivityService activities, WorkPlanGate gate, PlanService plans, IndicatorService indicators,
                       DirectoryService directory, PartnerService partners, CommitmentService commitments,
                       BodyService bodies, UserService users, MessageSource messages) {
        this.activities = activities;
        this.gate = gate;
        this.plans = plans;
        this.indicators = indicators;
        this.directory = directory;
        this.partners = partners;
        this.commitments = commitments;
        this.bodies = bodies;
        this.users = users;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ the activity page

    @GetMapping("/activities/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String saved, Authentication auth, Model model) {
        return page(model, id, auth, saved != null ? text("common.saved") : null, null, null, FormErrors.none(), null,
                ItemForm.blank());
    }

    private String page(Model model, long id, Authentication auth, String notice, String conflict, String statusError,
                        FormErrors itemErrors, String itemKind, ItemForm itemForm) {
        Activity a = activities.get(id);
        model.addAttribute("page", view(a, auth));
        model.addAttribute("notice", notice);
        model.addAttribute("conflict", conflict);
        model.addAttribute("statusError", statusError);
        model.addAttribute("itemErrors", itemErrors);
        model.addAttribute("itemKind", itemKind);
        model.addAttribute("itemForm", itemForm);
        return "workplan/activity";
    }

    private ActivityPage view(Activity a, Authentication auth) {
        WorkPlanHeader header = gate.get(a.workplanId());
        Plan plan = plans.find(a.planCode()).orElse(null);
        String purposeTitle = plan == null ? "" : plan.purpose(a.purposeNumber()).map(p -> p.title()).orElse("");
        String outcome = a.outcomeCode() == null ? null : indicators.outcomes(a.planCode()).stream()
                .filter(o -> o.code().equals(a.outcomeCode())).map(o -> o.statement()).findFirst().orElse(null);
        Activity.RequestedBy r = a.requestedBy();
        String requestedBy = r.memberCode() != null
                ? directory.findMember(r.memberCode()).map(m -> m.name()).orElse(r.memberCode())
                : r.bodyId() != null ? directory.findBody(r.bodyId()).map(b -> b.name()).orElse(String.valueOf(r.bodyId()))
                : r.coChairs() ? text("activity.requestedBy.coChairs") : null;
        List<String> commitmentLines = new ArrayList<>();
        for (Long c : a.commitmentIds()) {
            directory.findCommitment(c).ifPresent(x -> commitmentLines.add(x.sourceDocument() + " (" + x.year() + ")"
                    + (x.reference() == null ? "" : " " + x.reference()) + " — " + x.text()));
        }
        List<String> countries = a.countryCodes().stream()
                .map(c -> directory.country(c).map(x -> x.name() + " (" + c + ")").orElse(c)).toList();
        Map<Integer, String> principleTitles = new LinkedHashMap<>();
        if (plan != null) {
            plan.principles().forEach(p -> principleTitles.put(p.number(), p.title()));
        }
        return new ActivityPage(a, header, purposeTitle, outcome, requestedBy, commitmentLines, countries, principleTitles,
                activities.milestones(a.id()), activities.progressUpdates(a.id()), activities.risks(a.id()),
                canWrite(auth), header.status() == org.kinerja.workplan.WorkPlanStatus.DRAFT);
    }

    private static boolean canWrite(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_CO_MANAGER") || a.equals("ROLE_PROGRAMME_OFFICER"));
    }

    // ------------------------------------------------------------------ status

    @PostMapping("/activities/{id}/status")
    @PreAuthorize(WRITE_RULE)
    String status(@PathVariable long id, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String version,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Authentication auth, Model model,
                  HttpServletResponse response) {
        boolean fragment = "true".equals(htmx);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        String error = null;
        try {
            java.util.Map<String, String> unreadable = new java.util.TreeMap<>();
            ActivityForm.Reader r = new ActivityForm.Reader(unreadable);
            ActivityStatus s = r.enumValue(ActivityStatus.class, "status", status);
            Integer v = r.integer("version", version);
            if (!unreadable.isEmpty()) {
                throw InvalidInputException.of("status", unreadable.values().iterator().next());
            }
            activities.changeStatus(id, s, reason, v);
            if (!fragment) {
                return "redirect:/activities/" + id + "?saved";
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            error = FormErrors.of(e, messages).all().values().iterator().next();
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            error = text(e);
        }
        if (fragment) {
            model.addAttribute("activity", activities.get(id));
            model.addAttribute("canWrite", canWrite(auth));
            model.addAttribute("statusError", error);
            model.addAttribute("reason", error == null ? "" : reason == null ? "" : reason);
            model.addAttribute("notice", error == null ? text("activity.status.saved") : null);
            return "workplan/_activityStatus";
        }
        return page(model, id, auth, null, null, error, FormErrors.none(), null, ItemForm.blank());
    }

    // ------------------------------------------------------------------ the activity form

    @GetMapping("/activities/new")
    @PreAuthorize(WRITE_RULE)
    String newActivity(@RequestParam(name = "workplan", required = false) String workplan, Model model) {
        Long workPlanId = null;
        try {
            workPlanId = workplan == null || workplan.isBlank() ? null : Long.valueOf(workplan.strip());
        } catch (NumberFormatException e) {
            // answered below as an unknown work plan
        }
        if (workPlanId == null) {
            throw new org.kinerja.shared.NotFoundException("workplan.notFound", String.valueOf(workplan));
        }
        WorkPlanHeader header = gate.get(workPlanId);
        return form(model, header, null, ActivityForm.blank(workPlanId, activities.defaultCurrency()), FormErrors.none(), null);
    }

    @PostMapping("/activities")
    @PreAuthorize(WRITE_RULE)
    String create(@ModelAttribute("form") ActivityForm form, Model model, HttpServletResponse response) {
        Long workPlanId = parseId(form.workplanId());
        WorkPlanHeader header = workPlanId == null ? null : gate.find(workPlanId).orElse(null);
        if (header == null) {
            throw new org.kinerja.shared.NotFoundException("workplan.notFound", String.valueOf(form.workplanId()));
        }
        ActivityForm.Parsed parsed = null;
        try {
            parsed = form.parse();
            Activity a = activities.create(parsed.input());
            return "redirect:/activities/" + a.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, header, null, form, errors(e, parsed), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, header, null, form, FormErrors.none(), text(e));
        }
    }

    @GetMapping("/activities/{id}/edit")
    @PreAuthorize(WRITE_RULE)
    String edit(@PathVariable long id, Model model) {
        Activity a = activities.get(id);
        return form(model, gate.get(a.workplanId()), a, ActivityForm.of(a), FormErrors.none(), null);
    }

    @PostMapping("/activities/{id}/edit")
    @PreAuthorize(WRITE_RULE)
    String save(@PathVariable long id, @ModelAttribute("form") ActivityForm form, Model model, HttpServletResponse response) {
        Activity a = activities.get(id);
        WorkPlanHeader header = gate.get(a.workplanId());
        ActivityForm.Parsed parsed = null;
        try {
            parsed = form.parse();
            activities.update(id, parsed.input());
            return "redirect:/activities/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, header, a, form, errors(e, parsed), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, header, a, form, FormErrors.none(), text(e));
        }
    }

    @PostMapping("/activities/{id}/delete")
    @PreAuthorize(WRITE_RULE)
    String delete(@PathVariable long id, @RequestParam(required = false) String version, Authentication auth, Model model,
                  HttpServletResponse response) {
        Activity a = activities.get(id);
        try {
            activities.delete(id, parseInteger(version));
            return "redirect:/workplans/" + a.workplanId();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, id, auth, null, text("activity.delete.versionMissing"), null, FormErrors.none(), null,
                    ItemForm.blank());
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, id, auth, null, text(e), null, FormErrors.none(), null, ItemForm.blank());
        }
    }

    private String form(Model model, WorkPlanHeader header, Activity activity, ActivityForm form, FormErrors errors,
                        String conflict) {
        Plan plan = plans.find(header.planCode()).orElse(null);
        model.addAttribute("header", header);
        model.addAttribute("activity", activity);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("choices", new ActivityChoices(
                plan == null ? List.of() : plan.purposes(), plan == null ? List.of() : plan.principles(),
                indicators.outcomes(header.planCode()),
                users.list(null, null, true, PageQuery.of(0, PageQuery.MAX_SIZE)).items(),
                partners.all(), directory.members(null, PageQuery.of(0, PageQuery.MAX_SIZE)).items(), bodies.refs(),
                commitments.list(null, PageQuery.of(0, PageQuery.MAX_SIZE)).items()));
        return "workplan/activityForm";
    }

    private FormErrors errors(InvalidInputException e, ActivityForm.Parsed parsed) {
        if (parsed == null) {
            return FormErrors.of(e, messages);
        }
        List<InvalidInputException.Violation> renamed = e.violations().stream()
                .map(v -> new InvalidInputException.Violation(parsed.formField(v.field()), v.messageKey(), v.args())).toList();
        return FormErrors.of(new InvalidInputException(renamed), messages);
    }

    // ------------------------------------------------------------------ milestones, progress updates, risks

    @PostMapping("/activities/{id}/{kind:milestones|updates|risks}")
    @PreAuthorize(WRITE_RULE)
    String addItem(@PathVariable long id, @PathVariable String kind, @ModelAttribute("itemForm") ItemForm form,
                   Authentication auth, Model model, HttpServletResponse response) {
        return item(id, kind, form, auth, model, response, () -> {
            switch (kind) {
                case "milestones" -> activities.addMilestone(id, form.milestone());
                case "updates" -> activities.addProgressUpdate(id, form.progressUpdate());
                default -> activities.addRisk(id, form.risk());
            }
        }, null);
    }

    @GetMapping("/activities/{id}/{kind:milestones|updates|risks}/{itemId}/edit")
    @PreAuthorize(WRITE_RULE)
    String editItem(@PathVariable long id, @PathVariable String kind, @PathVariable long itemId, Model model) {
        ItemForm form = switch (kind) {
            case "milestones" -> ItemForm.of(activities.milestones(id).stream().filter(m -> m.id() == itemId).findFirst()
                    .orElseThrow(() -> new org.kinerja.shared.NotFoundException("activity.milestone.notFound", String.valueOf(itemId))));
            case "updates" -> ItemForm.of(activities.progressUpdates(id).stream().filter(u -> u.id() == itemId).findFirst()
                    .orElseThrow(() -> new org.kinerja.shared.NotFoundException("activity.progressUpdate.notFound", String.valueOf(itemId))));
            default -> ItemForm.of(activities.risks(id).stream().filter(r -> r.id() == itemId).findFirst()
                    .orElseThrow(() -> new org.kinerja.shared.NotFoundException("activity.risk.notFound", String.valueOf(itemId))));
        };
        return itemPage(model, id, kind, itemId, form, FormErrors.none(), null);
    }

    @PostMapping("/activities/{id}/{kind:milestones|updates|risks}/{itemId}")
    @PreAuthorize(WRITE_RULE)
    String saveItem(@PathVariable long id, @PathVariable String kind, @PathVariable long itemId,
                    @ModelAttribute("itemForm") ItemForm form, Authentication auth, Model model, HttpServletResponse response) {
        return item(id, kind, form, auth, model, response, () -> {
            switch (kind) {
                case "milestones" -> activities.updateMilestone(id, itemId, form.milestone());
                case "updates" -> activities.updateProgressUpdate(id, itemId, form.progressUpdate());
                default -> activities.updateRisk(id, itemId, form.risk());
            }
        }, itemId);
    }

    @PostMapping("/activities/{id}/{kind:milestones|updates|risks}/{itemId}/delete")
    @PreAuthorize(WRITE_RULE)
    String deleteItem(@PathVariable long id, @PathVariable String kind, @PathVariable long itemId, Authentication auth,
                      Model model, HttpServletResponse response) {
        return item(id, kind, ItemForm.blank(), auth, model, response, () -> {
            switch (kind) {
                case "milestones" -> activities.deleteMilestone(id, itemId);
                case "updates" -> activities.deleteProgressUpdate(id, itemId);
                default -> activities.deleteRisk(id, itemId);
            }
        }, null);
    }

    private String item(long id, String kind, ItemForm form, Authentication auth, Model model, HttpServletResponse response,
                        Runnable change, Long itemId) {
        try {
            change.run();
            return "redirect:/activities/" + id + "?saved#" + kind;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            if (itemId != null) {
                return itemPage(model, id, kind, itemId, form, FormErrors.of(e, messages), null);
            }
            return page(model, id, auth, null, null, null, FormErrors.of(e, messages), kind, form);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            if (itemId != null) {
                return itemPage(model, id, kind, itemId, form, FormErrors.none(), text(e));
            }
            return page(model, id, auth, null, text(e), null, FormErrors.none(), null, ItemForm.blank());
        }
    }

    private String itemPage(Model model, long id, String kind, long itemId, ItemForm form, FormErrors errors, String conflict) {
        model.addAttribute("activity", activities.get(id));
        model.addAttribute("kind", kind);
        model.addAttribute("itemId", itemId);
        model.addAttribute("itemForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "workplan/activityItemForm";
    }

    // ------------------------------------------------------------------ helpers

    private static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseInteger(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "activity.form.number");
        }
    }

    private String text(ConflictException e) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
