package org.kinerja.indicator.web;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.identity.UserService;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.indicator.Outcome;
import org.kinerja.indicator.OutcomeInput;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.web.PageMessages;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The indicator and outcome editors: adding, changing and removing them, with the service's messages next
 * to the fields and a stale form refused without overwriting anything.
 */
@Controller
@PreAuthorize(IndicatorWebConfig.WRITERS_EXPRESSION)
class FrameworkEditorController {

    /** How many users the "responsible" choice offers. */
    private static final int USER_CHOICES = 500;

    private final IndicatorService indicators;
    private final PlanService plans;
    private final UserService users;
    private final PageMessages pages;

    FrameworkEditorController(IndicatorService indicators, PlanService plans, UserService users, PageMessages pages) {
        this.indicators = indicators;
        this.plans = plans;
        this.users = users;
        this.pages = pages;
    }

    // --- indicators -------------------------------------------------------------------------------

    @GetMapping("/plans/{code}/framework/indicators/new")
    String newIndicator(@PathVariable String code, @RequestParam(required = false) Integer purpose, Model model) {
        Plan plan = plans.get(code);
        Integer chosen = purpose != null && plan.purpose(purpose).isPresent() ? purpose : null;
        return indicatorForm(model, plan, null, IndicatorForm.blank(chosen, years(plan)), FormErrors.none(), null);
    }

    @PostMapping("/plans/{code}/framework/indicators")
    String createIndicator(@PathVariable String code, @ModelAttribute("form") IndicatorForm form, Model model,
                           HttpServletResponse response) {
        return saveIndicator(plans.get(code), null, form, model, response);
    }

    @GetMapping("/plans/{code}/framework/indicators/{id}/edit")
    String editIndicator(@PathVariable String code, @PathVariable long id, Model model) {
        Plan plan = plans.get(code);
        Indicator indicator = indicatorOf(plan, id);
        return indicatorForm(model, plan, indicator, IndicatorForm.of(indicator, years(plan)), FormErrors.none(), null);
    }

    @PostMapping("/plans/{code}/framework/indicators/{id}/edit")
    String updateIndicator(@PathVariable String code, @PathVariable long id,
                           @ModelAttribute("form") IndicatorForm form, Model model, HttpServletResponse response) {
        Plan plan = plans.get(code);
        return saveIndicator(plan, indicatorOf(plan, id), form, model, response);
    }

    @PostMapping("/plans/{code}/framework/indicators/{id}/delete")
    String deleteIndicator(@PathVariable String code, @PathVariable long id,
                           @RequestParam(required = false) String version, Model model, HttpServletResponse response) {
        Plan plan = plans.get(code);
        Indicator indicator = indicatorOf(plan, id);
        try {
            FormReader reader = new FormReader();
            Integer v = reader.integer("version", version, "indicator.version.invalid");
            reader.throwIfAny();
            if (v == null) {
                throw InvalidInputException.of("version", "indicator.version.invalid");
            }
            indicators.deleteIndicator(id, v);
            return "redirect:" + FrameworkController.path(code) + "/purposes/" + indicator.purposeNumber() + "?saved";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return indicatorForm(model, plan, indicator, IndicatorForm.of(indicator, years(plan)), FormErrors.none(),
                    message(e));
        }
    }

    private String saveIndicator(Plan plan, Indicator existing, IndicatorForm form, Model model,
                                 HttpServletResponse response) {
        IndicatorFormInput read = null;
        try {
            read = IndicatorFormInput.read(form);
            Indicator saved = existing == null ? indicators.createIndicator(plan.code(), read.input())
                    : indicators.updateIndicator(existing.id(), read.input());
            return "redirect:" + FrameworkController.path(plan.code()) + "/indicators/" + saved.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return indicatorForm(model, plan, existing, form, pages.errors(read == null ? e : read.onForm(e)), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            if ("version".equals(e.field())) {
                return indicatorForm(model, plan, existing, form, FormErrors.none(), message(e));
            }
            return indicatorForm(model, plan, existing, form,
                    pages.errors(InvalidInputException.of(e.field(), e.messageKey(), e.args())), null);
        }
    }

    private String indicatorForm(Model model, Plan plan, Indicator indicator, IndicatorForm form, FormErrors errors,
                                 String conflict) {
        model.addAttribute("plan", plan);
        model.addAttribute("indicator", indicator);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("outcomes", indicators.outcomes(plan.code()));
        model.addAttribute("users", users.list(null, null, true, new PageQuery(0, USER_CHOICES)).items().stream()
                .map(u -> new UserOption(String.valueOf(u.id()), u.displayName())).toList());
        return "indicator/indicatorForm";
    }

    private Indicator indicatorOf(Plan plan, long id) {
        Indicator indicator = indicators.indicator(id);
        if (!indicator.planCode().equals(plan.code())) {
            throw new NotFoundException("indicator.notFound", String.valueOf(id));
        }
        return indicator;
    }

    private static List<Integer> years(Plan plan) {
        return IntStream.rangeClosed(plan.startYear(), plan.endYear()).boxed().toList();
    }

    // --- outcomes ---------------------------------------------------------------------------------

    @GetMapping("/plans/{code}/framework/outcomes/new")
    String newOutcome(@PathVariable String code, @RequestParam(required = false) Integer purpose, Model model) {
        Plan plan = plans.get(code);
        Integer chosen = purpose != null && plan.purpose(purpose).isPresent() ? purpose : null;
        OutcomeForm form = new OutcomeForm(chosen == null ? "" : "P" + chosen + ".O",
                chosen == null ? "" : String.valueOf(chosen), "", "");
        return outcomeForm(model, plan, null, form, FormErrors.none(), null);
    }

    @PostMapping("/plans/{code}/framework/outcomes")
    String createOutcome(@PathVariable String code, @ModelAttribute("form") OutcomeForm form, Model model,
                         HttpServletResponse response) {
        return saveOutcome(plans.get(code), null, form, model, response);
    }

    @GetMapping("/plans/{code}/framework/outcomes/{id}/edit")
    String editOutcome(@PathVariable String code, @PathVariable long id, Model model) {
        Plan plan = plans.get(code);
        Outcome outcome = outcomeOf(plan, id);
        return outcomeForm(model, plan, outcome, OutcomeForm.of(outcome), FormErrors.none(), null);
    }

    @PostMapping("/plans/{code}/framework/outcomes/{id}/edit")
    String updateOutcome(@PathVariable String code, @PathVariable long id, @ModelAttribute("form") OutcomeForm form,
                         Model model, HttpServletResponse response) {
        Plan plan = plans.get(code);
        return saveOutcome(plan, outcomeOf(plan, id), form, model, response);
    }

    @PostMapping("/plans/{code}/framework/outcomes/{id}/delete")
    String deleteOutcome(@PathVariable String code, @PathVariable long id,
                         @RequestParam(required = false) String version, Model model, HttpServletResponse response) {
        Plan plan = plans.get(code);
        Outcome outcome = outcomeOf(plan, id);
        try {
            FormReader reader = new FormReader();
            Integer v = reader.integer("version", version, "indicator.version.invalid");
            reader.throwIfAny();
            if (v == null) {
                throw InvalidInputException.of("version", "indicator.version.invalid");
            }
            indicators.deleteOutcome(id, v);
            return "redirect:" + FrameworkController.path(code) + "/purposes/" + outcome.purposeNumber() + "?saved";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return outcomeForm(model, plan, outcome, OutcomeForm.of(outcome), FormErrors.none(), message(e));
        }
    }

    private String saveOutcome(Plan plan, Outcome existing, OutcomeForm form, Model model,
                               HttpServletResponse response) {
        try {
            FormReader reader = new FormReader();
            Integer purpose = reader.integer("purposeNumber", form.purposeNumber(), "indicator.number.invalid");
            Integer version = reader.integer("version", form.version(), "indicator.version.invalid");
            reader.throwIfAny();
            OutcomeInput input = new OutcomeInput(form.code(), purpose, form.statement(), version);
            Outcome saved = existing == null ? indicators.createOutcome(plan.code(), input)
                    : indicators.updateOutcome(existing.id(), input);
            return "redirect:" + FrameworkController.path(plan.code()) + "/purposes/" + saved.purposeNumber() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return outcomeForm(model, plan, existing, form, pages.errors(e), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            if ("version".equals(e.field())) {
                return outcomeForm(model, plan, existing, form, FormErrors.none(), message(e));
            }
            return outcomeForm(model, plan, existing, form,
                    pages.errors(InvalidInputException.of(e.field(), e.messageKey(), e.args())), null);
        }
    }

    private String outcomeForm(Model model, Plan plan, Outcome outcome, OutcomeForm form, FormErrors errors,
                               String conflict) {
        model.addAttribute("plan", plan);
        model.addAttribute("outcome", outcome);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "indicator/outcomeForm";
    }

    private Outcome outcomeOf(Plan plan, long id) {
        Outcome outcome = indicators.outcome(id);
        if (!outcome.planCode().equals(plan.code())) {
            throw new NotFoundException("indicator.outcome.notFound", String.valueOf(id));
        }
        return outcome;
    }

    private String message(RuntimeException e) {
        if (e instanceof ConflictException c) {
            return pages.text(c.messageKey(), c.args());
        }
        return pages.text("indicator.version.invalid");
    }
}
