package org.kinerja.measurement.values;

import java.net.URI;
import java.util.List;

import org.kinerja.identity.KinerjaUser;
import org.kinerja.measurement.IndicatorValue;
import org.kinerja.measurement.IndicatorValueService;
import org.kinerja.measurement.IpttRow;
import org.kinerja.measurement.ValueInput;
import org.kinerja.measurement.ValueStep;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ListPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Indicator values and the IPTT over the API: {@code /api/v1/indicators/{id}/values} lists an indicator's
 * values and takes a new one (or changes a draft); {@code …/{valueId}/submit|approve|return} move it through
 * approval; {@code /api/v1/plans/{code}/iptt?year=} is every indicator of a plan against its target.
 */
@RestController
@RequestMapping("/api/v1")
class ValueApiController {

    private final IndicatorValueService values;
    private final PlanService plans;

    ValueApiController(IndicatorValueService values, PlanService plans) {
        this.values = values;
        this.plans = plans;
    }

    /** The body of submit, approve and return: the version read (optional) and, for a return, why. */
    record StepRequest(String comment, Integer version) {
    }

    /** The IPTT of a plan year. */
    record Iptt(String planCode, int year, List<IpttRow> rows) {
    }

    @GetMapping("/indicators/{id}/values")
    ListPage<IndicatorValue> list(@PathVariable long id) {
        List<IndicatorValue> items = values.values(id);
        return new ListPage<>(items, 0, items.size(), items.size());
    }

    @GetMapping("/indicators/{id}/values/{valueId}")
    IndicatorValue get(@PathVariable long id, @PathVariable long valueId) {
        return values.value(id, valueId);
    }

    @GetMapping("/indicators/{id}/values/{valueId}/steps")
    List<ValueStep> steps(@PathVariable long id, @PathVariable long valueId) {
        return values.steps(id, valueId);
    }

    /** Enters a value: 201 with its address when new, 200 when a draft of the period was changed. */
    @PostMapping("/indicators/{id}/values")
    @PreAuthorize(ValuesWebConfig.SUBMITTER_RULE)
    ResponseEntity<IndicatorValue> enter(@PathVariable long id, @RequestBody ValueInput input,
                                         @AuthenticationPrincipal KinerjaUser user) {
        IndicatorValue v = values.enter(id, input, user.id());
        if (v.version() > 0) {
            return ResponseEntity.ok(v);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{valueId}").buildAndExpand(v.id()).toUri();
        return ResponseEntity.created(location).body(v);
    }

    @PostMapping("/indicators/{id}/values/{valueId}/submit")
    @PreAuthorize(ValuesWebConfig.SUBMITTER_RULE)
    IndicatorValue submit(@PathVariable long id, @PathVariable long valueId,
                          @RequestBody(required = false) StepRequest body, @AuthenticationPrincipal KinerjaUser user) {
        return values.submit(id, valueId, body == null ? null : body.version(), user.id());
    }

    @PostMapping("/indicators/{id}/values/{valueId}/approve")
    @PreAuthorize(ValuesWebConfig.APPROVER_RULE)
    IndicatorValue approve(@PathVariable long id, @PathVariable long valueId,
                           @RequestBody(required = false) StepRequest body, @AuthenticationPrincipal KinerjaUser user) {
        return values.approve(id, valueId, body == null ? null : body.version(), user.id());
    }

    @PostMapping("/indicators/{id}/values/{valueId}/return")
    @PreAuthorize(ValuesWebConfig.APPROVER_RULE)
    IndicatorValue returnToDraft(@PathVariable long id, @PathVariable long valueId,
                                 @RequestBody(required = false) StepRequest body,
                                 @AuthenticationPrincipal KinerjaUser user) {
        return values.returnToDraft(id, valueId, body == null ? null : body.comment(),
                body == null ? null : body.version(), user.id());
    }

    /** Every indicator of the plan against its target for {@code year} (required; 422 outside the plan). */
    @GetMapping("/plans/{code}/iptt")
    Iptt iptt(@PathVariable String code, @RequestParam(required = false) String year) {
        String planCode = plans.get(code).code();
        int y = IpttYear.parse(year);
        return new Iptt(planCode, y, values.iptt(planCode, y));
    }
}
