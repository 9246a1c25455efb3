package org.kinerja.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.Principle;
import org.kinerja.plan.Purpose;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.web.PageMessages;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of a plan's purposes and guiding principles: reading a purpose, and adding, editing and
 * removing purposes and principles.
 */
@Controller
class PlanPartController {

    private static final String EDITORS = PlanController.EDITORS;
    private static final Pattern ACTIVITY_FIELD = Pattern.compile("exampleActivities\\[(\\d+)]");

    private final PlanService plans;
    private final PageMessages pages;

    PlanPartController(PlanService plans, PageMessages pages) {
        this.plans = plans;
        this.pages = pages;
    }

    @GetMapping("/plans/{code}/purposes/{number}")
    String purpose(@PathVariable String code, @PathVariable int number, @RequestParam(required = false) String saved,
                   Model model) {
        Plan plan = plans.get(code);
        model.addAttribute("plan", plan);
        model.addAttribute("purpose", plan.purpose(number)
                .orElseThrow(() -> new NotFoundException("plan.purpose.notFound", code, number)));
        model.addAttribute("notice", saved != null ? pages.text("common.saved") : null);
        return "plan/purpose";
    }

    // --- purposes ---------------------------------------------------------------------------------

    @GetMapping("/plans/{code}/purposes/new")
    @PreAuthorize(EDITORS)
    String newPurpose(@PathVariable String code, Model model) {
        Plan plan = plans.get(code);
        int next = plan.purposes().stream().mapToInt(Purpose::number).max().orElse(0) + 1;
        return purposeForm(model, plan, null,
                new PurposeForm(String.valueOf(next), "", "", "", "", String.valueOf(plan.version())),
                FormErrors.none(), null);
    }

    @PostMapping("/plans/{code}/purposes")
    @PreAuthorize(EDITORS)
    String addPurpose(@PathVariable String code, @ModelAttribute("form") PurposeForm form, Model model,
                      HttpServletResponse response) {
        return savePurpose(code, null, form, model, response);
    }

    @GetMapping("/plans/{code}/purposes/{number}/edit")
    @PreAuthorize(EDITORS)
    String editPurpose(@PathVariable String code, @PathVariable int number, Model model) {
        Plan plan = plans.get(code);
        Purpose purpose = plan.purpose(number)
                .orElseThrow(() -> new NotFoundException("plan.purpose.notFound", code, number));
        return purposeForm(model, plan, number, PurposeForm.of(purpose, plan.version()), FormErrors.none(), null);
    }

    @PostMapping("/plans/{code}/purposes/{number}/edit")
    @PreAuthorize(EDITORS)
    String updatePurpose(@PathVariable String code, @PathVariable int number,
                         @ModelAttribute("form") PurposeForm form, Model model, HttpServletResponse response) {
        return savePurpose(code, number, form, model, response);
    }

    @PostMapping("/plans/{code}/purposes/{number}/delete")
    @PreAuthorize(EDITORS)
    String deletePurpose(@PathVariable String code, @PathVariable int number, @RequestParam String version,
                         Model model, HttpServletResponse response) {
        Plan plan = plans.get(code);
        Purpose purpose = plan.purpose(number)
                .orElseThrow(() -> new NotFoundException("plan.purpose.notFound", code, number));
        try {
            FormInput input = new FormInput();
            Integer v = input.integer("version", version, "plan.version.invalid");
            input.throwIfAny();
            plans.deletePurpose(code, number, v);
            return "redirect:" + PlanController.path(code) + "?saved";
        } catch (ConflictException | InvalidInputException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return purposeForm(model, plan, number, PurposeForm.of(purpose, plan.version()), FormErrors.none(),
                    e instanceof ConflictException c ? pages.text(c) : pages.text("plan.version.invalid"));
        }
    }

    private String savePurpose(String code, Integer number, PurposeForm form, Model model,
                               HttpServletResponse response) {
        Plan plan = plans.get(code);
        if (number != null && plan.purpose(number).isEmpty()) {
            throw new NotFoundException("plan.purpose.notFound", code, number);
        }
        try {
            FormInput input = new FormInput();
            Integer n = input.integer("number", form.number(), "plan.number.invalid");
            Integer version = input.integer("version", form.version(), "plan.version.invalid");
            input.throwIfAny();
            Purpose purpose = new Purpose(n, form.title(), form.summary(), form.description(),
                    Texts.lines(form.exampleActivities()));
            plans.savePurpose(code, number, purpose, version);
            return "redirect:" + PlanController.path(code) + "/purposes/" + n + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return purposeForm(model, plan, number, form, pages.errors(activitiesByLine(e)), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return purposeForm(model, plan, number, form, FormErrors.none(), pages.text(e));
        }
    }

    /**
     * The form has one text area for all example activities: an error about one of them is shown there,
     * saying which one.
     */
    private InvalidInputException activitiesByLine(InvalidInputException e) {
        List<InvalidInputException.Violation> out = new ArrayList<>();
        for (InvalidInputException.Violation v : e.violations()) {
            Matcher m = ACTIVITY_FIELD.matcher(v.field());
            out.add(m.matches()
                    ? new InvalidInputException.Violation("exampleActivities", "plan.exampleActivity.invalid",
                            Integer.parseInt(m.group(1)) + 1, pages.text(v.messageKey(), v.args()))
                    : v);
        }
        return new InvalidInputException(out);
    }

    private String purposeForm(Model model, Plan plan, Integer number, PurposeForm form, FormErrors errors,
                               String conflict) {
        model.addAttribute("plan", plan);
        model.addAttribute("number", number);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "plan/purposeForm";
    }

    // --- principles -------------------------------------------------------------------------------

    @GetMapping("/plans/{code}/principles/new")
    @PreAuthorize(EDITORS)
    String newPrinciple(@PathVariable String code, Model model) {
        Plan plan = plans.get(code);
        int next = plan.principles().stream().mapToInt(Principle::number).max().orElse(0) + 1;
        return principleForm(model, plan, null,
                new PrincipleForm(String.valueOf(next), "", "", String.valueOf(plan.version())), FormErrors.none(), null);
    }

    @PostMapping("/plans/{code}/principles")
    @PreAuthorize(EDITORS)
    String addPrinciple(@PathVariable String code, @ModelAttribute("form") PrincipleForm form, Model model,
                        HttpServletResponse response) {
        return savePrinciple(code, null, form, model, response);
    }

    @GetMapping("/plans/{code}/principles/{number}/edit")
    @PreAuthorize(EDITORS)
    String editPrinciple(@PathVariable String code, @PathVariable int number, Model model) {
        Plan plan = plans.get(code);
        Principle principle = plan.principle(number)
                .orElseThrow(() -> new NotFoundException("plan.principle.notFound", code, number));
        return principleForm(model, plan, number, PrincipleForm.of(principle, plan.version()), FormErrors.none(), null);
    }

    @PostMapping("/plans/{code}/principles/{number}/edit")
    @PreAuthorize(EDITORS)
    String updatePrinciple(@PathVariable String code, @PathVariable int number,
                           @ModelAttribute("form") PrincipleForm form, Model model, HttpServletResponse response) {
        return savePrinciple(code, number, form, model, response);
    }

    @PostMapping("/plans/{code}/principles/{number}/delete")
    @PreAuthorize(EDITORS)
    String deletePrinciple(@PathVariable String code, @PathVariable int number, @RequestParam String version,
                           Model model, HttpServletResponse response) {
        Plan plan = plans.get(code);
        Principle principle = plan.principle(number)
                .orElseThrow(() -> new NotFoundException("plan.principle.notFound", code, number));
        try {
            FormInput input = new FormInput();
            Integer v = input.integer("version", version, "plan.version.invalid");
            input.throwIfAny();
            plans.deletePrinciple(code, number, v);
            return "redirect:" + PlanController.path(code) + "?saved";
        } catch (ConflictException | InvalidInputException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return principleForm(model, plan, number, PrincipleForm.of(principle, plan.version()), FormErrors.none(),
                    e instanceof ConflictException c ? pages.text(c) : pages.text("plan.version.invalid"));
        }
    }

    private String savePrinciple(String code, Integer number, PrincipleForm form, Model model,
                                 HttpServletResponse response) {
        Plan plan = plans.get(code);
        if (number != null && plan.principle(number).isEmpty()) {
            throw new NotFoundException("plan.principle.notFound", code, number);
        }
        try {
            FormInput input = new FormInput();
            Integer n = input.integer("number", form.number(), "plan.number.invalid");
            Integer version = input.integer("version", form.version(), "plan.version.invalid");
            input.throwIfAny();
            plans.savePrinciple(code, number, new Principle(n, form.title(), form.description()), version);
            return "redirect:" + PlanController.path(code) + "?saved#principle-" + n;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return principleForm(model, plan, number, form, pages.errors(e), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return principleForm(model, plan, number, form, FormErrors.none(), pages.text(e));
        }
    }

    private String principleForm(Model model, Plan plan, Integer number, PrincipleForm form, FormErrors errors,
                                 String conflict) {
        model.addAttribute("plan", plan);
        model.addAttribute("number", number);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "plan/principleForm";
    }
}
