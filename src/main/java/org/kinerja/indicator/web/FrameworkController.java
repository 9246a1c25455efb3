package org.kinerja.indicator.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.CopiedFramework;
import org.kinerja.indicator.Framework;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.PlanSummary;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Reading a plan's results framework: the whole framework, one purpose of it, one indicator; and copying
 * another plan's framework into it.
 */
@Controller
class FrameworkController {

    /** How many plans the "copy from" choice offers. */
    private static final int COPY_CHOICES = 100;

    private final IndicatorService indicators;
    private final PlanService plans;
    private final UserService users;
    private final PageMessages pages;

    FrameworkController(IndicatorService indicators, PlanService plans, UserService users, PageMessages pages) {
        this.indicators = indicators;
        this.plans = plans;
        this.users = users;
        this.pages = pages;
    }

    /** The navigation's entry: the framework of the current plan, or the plans when there is none. */
    @GetMapping("/indicators")
    String current() {
        return plans.current().map(p -> "redirect:" + path(p.code())).orElse("redirect:/plans");
    }

    /**
     * The whole framework. An htmx request (choosing a purpose) gets only the framework's body, except when
     * htmx restores its history, which needs the whole page.
     */
    @GetMapping("/plans/{code}/framework")
    String framework(@PathVariable String code, @RequestParam(required = false) String saved,
                     @RequestParam(required = false) String copiedFrom,
                     @RequestHeader(name = "HX-Request", required = false) String htmx,
                     @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                     Model model, HttpServletResponse response) {
        return show(indicators.framework(code), null, notice(saved, copiedFrom), FormErrors.none(), htmx, restore,
                model, response);
    }

    /** One purpose of the framework; an htmx request gets only the framework's body. */
    @GetMapping("/plans/{code}/framework/purposes/{number}")
    String purpose(@PathVariable String code, @PathVariable int number,
                   @RequestParam(required = false) String saved,
                   @RequestHeader(name = "HX-Request", required = false) String htmx,
                   @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                   Model model, HttpServletResponse response) {
        Framework framework = indicators.framework(code);
        if (framework.purpose(number).isEmpty()) {
            throw new NotFoundException("indicator.purpose.notFound", code, String.valueOf(number));
        }
        return show(framework, number, notice(saved, null), FormErrors.none(), htmx, restore, model, response);
    }

    @GetMapping("/plans/{code}/framework/indicators/{id}")
    String indicator(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String saved,
                     Model model) {
        Indicator indicator = indicators.indicator(id);
        if (!indicator.planCode().equals(code)) {
            throw new NotFoundException("indicator.notFound", String.valueOf(id));
        }
        Plan plan = plans.get(code);
        model.addAttribute("plan", plan.summary());
        model.addAttribute("purpose", plan.purpose(indicator.purposeNumber()).orElse(null));
        model.addAttribute("indicator", indicator);
        model.addAttribute("outcome", indicator.outcomeCode() == null ? null : indicators.outcomes(code).stream()
                .filter(o -> o.code().equals(indicator.outcomeCode())).findFirst().orElse(null));
        model.addAttribute("responsible", indicator.responsibleUserId() == null ? null
                : users.find(indicator.responsibleUserId()).map(UserAccount::displayName).orElse(null));
        model.addAttribute("notice", saved != null ? pages.text("common.saved") : null);
        return "indicator/indicator";
    }

    /** Copies another plan's outcomes and indicators into this plan's framework. */
    @PostMapping("/plans/{code}/framework/copy")
    @PreAuthorize(IndicatorWebConfig.WRITERS_EXPRESSION)
    String copy(@PathVariable String code, @RequestParam(required = false) String from, Model model,
                HttpServletResponse response) {
        try {
            CopiedFramework copied = indicators.copyFramework(code, from);
            return "redirect:" + path(code) + "?copiedFrom=" + UriUtils.encodeQueryParam(copied.from(),
                    StandardCharsets.UTF_8);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(indicators.framework(code), null, null, pages.errors(e), null, null, model, response);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(indicators.framework(code), null, null,
                    pages.errors(InvalidInputException.of("from", e.messageKey(), e.args())), null, null, model,
                    response);
        }
    }

    private String show(Framework framework, Integer selected, String notice, FormErrors copyErrors, String htmx,
                        String restore, Model model, HttpServletResponse response) {
        model.addAttribute("framework", framework);
        model.addAttribute("selected", selected);
        model.addAttribute("notice", notice);
        model.addAttribute("copyErrors", copyErrors);
        model.addAttribute("copySources", copySources(framework.plan()));
        response.addHeader("Vary", "HX-Request");
        return "true".equals(htmx) && !"true".equals(restore) ? "indicator/_frameworkBody" : "indicator/framework";
    }

    private List<PlanSummary> copySources(PlanSummary plan) {
        return plans.list(null, new PageQuery(0, COPY_CHOICES)).items().stream()
                .filter(p -> !p.code().equals(plan.code())).toList();
    }

    private String notice(String saved, String copiedFrom) {
        if (copiedFrom != null) {
            return pages.text("indicator.copy.done", copiedFrom);
        }
        return saved != null ? pages.text("common.saved") : null;
    }

    static String path(String code) {
        return "/plans/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "/framework";
    }
}
