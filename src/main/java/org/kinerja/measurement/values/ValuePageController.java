package org.kinerja.measurement.values;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.identity.KinerjaUser;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.measurement.IndicatorValueService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The values page of one indicator: its values by period with who entered, submitted and approved them and
 * when, the entry form, and the submit, approve and return buttons the signed-in role allows. The buttons
 * post with htmx and get the list back; without htmx the page is redrawn.
 */
@Controller
@RequestMapping("/indicators/{id}/values")
class ValuePageController {

    private final IndicatorValueService values;
    private final IndicatorService indicators;
    private final MessageSource messages;

    ValuePageController(IndicatorValueService values, IndicatorService indicators, MessageSource messages) {
        this.values = values;
        this.indicators = indicators;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable long id, @RequestParam(required = false) String saved,
                @AuthenticationPrincipal KinerjaUser user, Model model) {
        Indicator indicator = indicators.indicator(id);
        String first = values.periods(id).stream().findFirst().map(p -> p.label()).orElse("");
        return page(model, indicator, user, ValueForm.blank(first), FormErrors.none(), null,
                saved != null ? text("common.saved") : null);
    }

    @PostMapping
    @PreAuthorize(ValuesWebConfig.SUBMITTER_RULE)
    String enter(@PathVariable long id, @ModelAttribute("form") ValueForm form, @AuthenticationPrincipal KinerjaUser user,
                 Model model, HttpServletResponse response) {
        Indicator indicator = indicators.indicator(id);
        try {
            values.enter(id, form.toInput(), user.id());
            return "redirect:/indicators/" + id + "/values?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, indicator, user, form, FormErrors.of(e, messages), null, null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, indicator, user, form, FormErrors.none(), text(e.messageKey(), e.args()), null);
        }
    }

    @PostMapping("/{valueId}/submit")
    @PreAuthorize(ValuesWebConfig.SUBMITTER_RULE)
    String submit(@PathVariable long id, @PathVariable long valueId, @RequestParam(required = false) Integer version,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  @AuthenticationPrincipal KinerjaUser user, Model model, HttpServletResponse response) {
        return step(id, htmx, user, model, response, () -> values.submit(id, valueId, version, user.id()));
    }

    @PostMapping("/{valueId}/approve")
    @PreAuthorize(ValuesWebConfig.APPROVER_RULE)
    String approve(@PathVariable long id, @PathVariable long valueId, @RequestParam(required = false) Integer version,
                   @RequestHeader(name = "HX-Request", required = false) String htmx,
                   @AuthenticationPrincipal KinerjaUser user, Model model, HttpServletResponse response) {
        return step(id, htmx, user, model, response, () -> values.approve(id, valueId, version, user.id()));
    }

    @PostMapping("/{valueId}/return")
    @PreAuthorize(ValuesWebConfig.APPROVER_RULE)
    String returnToDraft(@PathVariable long id, @PathVariable long valueId,
                         @RequestParam(required = false) String comment, @RequestParam(required = false) Integer version,
                         @RequestHeader(name = "HX-Request", required = false) String htmx,
                         @AuthenticationPrincipal KinerjaUser user, Model model, HttpServletResponse response) {
        return step(id, htmx, user, model, response,
                () -> values.returnToDraft(id, valueId, comment, version, user.id()));
    }

    /** Takes an approval step; htmx gets the list back (with the refusal, if any), others the page. */
    private String step(long id, String htmx, KinerjaUser user, Model model, HttpServletResponse response,
                        Runnable action) {
        Indicator indicator = indicators.indicator(id);
        String problem = null;
        try {
            action.run();
            if (!"true".equals(htmx)) {
                return "redirect:/indicators/" + id + "/values?saved";
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            problem = FormErrors.of(e, messages).all().values().iterator().next();
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            problem = text(e.messageKey(), e.args());
        }
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if ("true".equals(htmx)) {
            list(model, indicator, user, problem);
            return "values/_values";
        }
        String first = values.periods(id).stream().findFirst().map(p -> p.label()).orElse("");
        return page(model, indicator, user, ValueForm.blank(first), FormErrors.none(), problem, null);
    }

    private String page(Model model, Indicator indicator, KinerjaUser user, ValueForm form, FormErrors errors,
                        String problem, String notice) {
        list(model, indicator, user, problem);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        model.addAttribute("periods", values.periods(indicator.id()));
        return "values/values";
    }

    private void list(Model model, Indicator indicator, KinerjaUser user, String problem) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("values", values.values(indicator.id()));
        model.addAttribute("userId", user.id());
        model.addAttribute("problem", problem);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
