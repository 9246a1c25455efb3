package org.kinerja.plan.web;

import static org.kinerja.plan.PlanLimits.*;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.plan.NewPlan;
import org.kinerja.plan.OrganisationProfile;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanChange;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.PlanSummary;
import org.kinerja.plan.Principle;
import org.kinerja.plan.Purpose;
import org.kinerja.plan.Signatory;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Strategic plans over {@code /api/v1}: everyone signed in reads; Co-Managers and administrators create
 * and change plans.
 */
@RestController
@RequestMapping("/api/v1")
class PlanApiController {

    private final PlanService plans;
    private final ExportResponses exports;

    PlanApiController(PlanService plans, ExportResponses exports) {
        this.plans = plans;
        this.exports = exports;
    }

    /** A new plan; {@code copyFrom} names the plan whose principles and purposes it starts with. */
    record CreatePlanRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = CODE_MAX, message = "{plan.validation.size}")
            @Pattern(regexp = CODE_PATTERN, message = "{plan.code.format}") String code,
            @NotBlank(message = "{validation.required}")
            @Size(max = TITLE_MAX, message = "{plan.validation.size}") String title,
            @NotNull(message = "{validation.required}")
            @Range(min = YEAR_MIN, max = YEAR_MAX, message = "{plan.validation.range}") Integer startYear,
            @NotNull(message = "{validation.required}")
            @Range(min = YEAR_MIN, max = YEAR_MAX, message = "{plan.validation.range}") Integer endYear,
            @Size(max = CODE_MAX, message = "{plan.validation.size}") String copyFrom) {
    }

    /**
     * A plan's new texts. {@code reporting} and {@code signatories} may be left out to keep them;
     * {@code principles} and {@code purposes}, when given, replace the plan's lists (matched by number).
     */
    record UpdatePlanRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = TITLE_MAX, message = "{plan.validation.size}") String title,
            @NotNull(message = "{validation.required}")
            @Range(min = YEAR_MIN, max = YEAR_MAX, message = "{plan.validation.range}") Integer startYear,
            @NotNull(message = "{validation.required}")
            @Range(min = YEAR_MIN, max = YEAR_MAX, message = "{plan.validation.range}") Integer endYear,
            @NotNull(message = "{validation.required}")
            @Size(max = FOREWORD_MAX, message = "{plan.validation.size}") String foreword,
            @NotNull(message = "{validation.required}")
            @Size(max = DESCRIPTION_MAX, message = "{plan.validation.size}") String description,
            @NotNull(message = "{validation.required}")
            @Size(max = MISSION_MAX, message = "{plan.validation.size}") String mission,
            @Size(max = REPORTING_MAX, message = "{plan.validation.size}") String reporting,
            @NotNull(message = "{validation.required}") Integer version,
            @Size(max = SIGNATORIES_MAX, message = "{plan.validation.items}")
            List<@NotNull(message = "{validation.required}") @Valid SignatoryRequest> signatories,
            @Size(max = NUMBER_MAX, message = "{plan.validation.items}")
            List<@NotNull(message = "{validation.required}") @Valid PrincipleRequest> principles,
            @Size(max = NUMBER_MAX, message = "{plan.validation.items}")
            List<@NotNull(message = "{validation.required}") @Valid PurposeRequest> purposes) {

        PlanChange toChange() {
            return new PlanChange(title, startYear, endYear, foreword, description, mission, reporting, version,
                    signatories == null ? null : signatories.stream().map(SignatoryRequest::toSignatory).toList(),
                    principles == null ? null : principles.stream().map(PrincipleRequest::toPrinciple).toList(),
                    purposes == null ? null : purposes.stream().map(PurposeRequest::toPurpose).toList());
        }
    }

    record SignatoryRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = SIGNATORY_NAME_MAX, message = "{plan.validation.size}") String name,
            @NotBlank(message = "{validation.required}")
            @Size(max = SIGNATORY_ROLE_MAX, message = "{plan.validation.size}") String roleTitle,
            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = COUNTRY_CODE_PATTERN, message = "{plan.countryCode.format}") String countryCode,
            @NotBlank(message = "{validation.required}")
            @Size(max = COUNTRY_NAME_MAX, message = "{plan.validation.size}") String countryName) {

        Signatory toSignatory() {
            return new Signatory(name, roleTitle, countryCode, countryName);
        }
    }

    record PrincipleRequest(
            @NotNull(message = "{validation.required}")
            @Range(min = NUMBER_MIN, max = NUMBER_MAX, message = "{plan.validation.range}") Integer number,
            @NotBlank(message = "{validation.required}")
            @Size(max = TITLE_MAX, message = "{plan.validation.size}") String title,
            @Size(max = PRINCIPLE_DESCRIPTION_MAX, message = "{plan.validation.size}") String description) {

        Principle toPrinciple() {
            return new Principle(number, title, description);
        }
    }

    record PurposeRequest(
            @NotNull(message = "{validation.required}")
            @Range(min = NUMBER_MIN, max = NUMBER_MAX, message = "{plan.validation.range}") Integer number,
            @NotBlank(message = "{validation.required}")
            @Size(max = TITLE_MAX, message = "{plan.validation.size}") String title,
            @Size(max = PURPOSE_SUMMARY_MAX, message = "{plan.validation.size}") String summary,
            @Size(max = PURPOSE_DESCRIPTION_MAX, message = "{plan.validation.size}") String description,
            @Size(max = EXAMPLE_ACTIVITIES_MAX, message = "{plan.validation.items}")
            List<@NotBlank(message = "{validation.required}")
                 @Size(max = EXAMPLE_ACTIVITY_MAX, message = "{plan.validation.size}") String> exampleActivities) {

        Purpose toPurpose() {
            return new Purpose(number, title, summary, description, exampleActivities);
        }
    }

    @GetMapping("/plans")
    ListPage<PlanSummary> list(@RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size,
                               @RequestParam(required = false) Integer year) {
        return plans.list(year, PageQuery.of(page, size));
    }

    /** Every plan (of {@code year}, if given) as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(value = "/plans", params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) Integer year,
                HttpServletResponse response) throws IOException {
        exports.write(format, PlanExport.TABLE, PlanExport.rows(plans, year), PlanExport.FILE_NAME, response);
    }

    @GetMapping("/plans/{code}")
    Plan get(@PathVariable String code) {
        return plans.get(code);
    }

    @GetMapping("/plans/{code}/principles")
    List<Principle> principles(@PathVariable String code) {
        return plans.principles(code);
    }

    @GetMapping("/plans/{code}/purposes")
    List<Purpose> purposes(@PathVariable String code) {
        return plans.purposes(code);
    }

    @GetMapping("/plans/{code}/purposes/{number}")
    Purpose purpose(@PathVariable String code, @PathVariable int number) {
        return plans.purpose(code, number);
    }

    @PostMapping("/plans")
    @PreAuthorize(PlanController.EDITORS)
    ResponseEntity<Plan> create(@Valid @RequestBody CreatePlanRequest request) {
        Plan plan = plans.create(new NewPlan(request.code(), request.title(), request.startYear(),
                request.endYear(), request.copyFrom()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}")
                .buildAndExpand(plan.code()).toUri();
        return ResponseEntity.created(location).body(plan);
    }

    @PutMapping("/plans/{code}")
    @PreAuthorize(PlanController.EDITORS)
    Plan update(@PathVariable String code, @Valid @RequestBody UpdatePlanRequest request) {
        return plans.update(code, request.toChange());
    }

    @GetMapping("/organisation-profile")
    OrganisationProfile organisationProfile() {
        return plans.organisationProfile()
                .orElseThrow(() -> new NotFoundException("plan.organisationProfile.notFound"));
    }
}
