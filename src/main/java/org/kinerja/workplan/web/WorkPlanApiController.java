package org.kinerja.workplan.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.CarryOverResult;
import org.kinerja.workplan.WorkPlan;
import org.kinerja.workplan.WorkPlanRevision;
import org.kinerja.workplan.WorkPlanService;
import org.kinerja.workplan.WorkPlanStep;
import org.kinerja.workplan.WorkPlanSummary;
import org.kinerja.workplan.WorkPlanVersion;
import org.kinerja.workplan.WorkPlanVersionSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Work plans over {@code /api/v1/workplans}: readers list and read them, their versions, revisions and
 * steps; officers, Co-Managers and administrators create, submit, revise and carry over; Co-Managers
 * approve and return.
 */
@RestController
@RequestMapping("/api/v1/workplans")
class WorkPlanApiController {

    /** Who drafts, submits, revises and carries over work plans. */
    static final String WRITERS = "hasAnyRole('ADMIN','CO_MANAGER','PROGRAMME_OFFICER')";
    /** Who approves and returns them. */
    static final String CO_MANAGERS = "hasRole('CO_MANAGER')";

    private final WorkPlanService workPlans;
    private final ExportResponses exports;

    WorkPlanApiController(WorkPlanService workPlans, ExportResponses exports) {
        this.workPlans = workPlans;
        this.exports = exports;
    }

    record CreateWorkPlanRequest(String planCode, Integer year) {
    }

    record ReturnRequest(String comment) {
    }

    record RevisionRequest(String reason) {
    }

    @GetMapping
    ListPage<WorkPlanSummary> list(@RequestParam(required = false) String plan,
                                   @RequestParam(required = false) Integer year,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return workPlans.list(plan, year, PageQuery.of(page, size));
    }

    /** The list (of {@code plan} and {@code year}, if given) as a file: {@code ?format=csv} or {@code xlsx}. */
    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) String plan,
                @RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        exports.write(format, WorkPlanListExport.TABLE, WorkPlanListExport.rows(workPlans, plan, year),
                WorkPlanListExport.FILE_NAME, response);
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<WorkPlan> create(@RequestBody(required = false) CreateWorkPlanRequest request) {
        CreateWorkPlanRequest r = request == null ? new CreateWorkPlanRequest(null, null) : request;
        WorkPlan created = workPlans.create(r.planCode(), r.year());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/{id}")
    WorkPlan get(@PathVariable long id) {
        return workPlans.get(id);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(WRITERS)
    WorkPlan submit(@PathVariable long id) {
        return workPlans.submit(id);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(CO_MANAGERS)
    WorkPlan approve(@PathVariable long id) {
        return workPlans.approve(id);
    }

    @PostMapping("/{id}/return")
    @PreAuthorize(CO_MANAGERS)
    WorkPlan returnToDraft(@PathVariable long id, @RequestBody(required = false) ReturnRequest request) {
        return workPlans.returnToDraft(id, request == null ? null : request.comment());
    }

    @PostMapping("/{id}/revisions")
    @PreAuthorize(WRITERS)
    ResponseEntity<WorkPlan> openRevision(@PathVariable long id, @RequestBody(required = false) RevisionRequest request) {
        WorkPlan revised = workPlans.openRevision(id, request == null ? null : request.reason());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/workplans/{id}/revisions")
                .buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(revised);
    }

    @GetMapping("/{id}/revisions")
    List<WorkPlanRevision> revisions(@PathVariable long id) {
        return workPlans.revisions(id);
    }

    @GetMapping("/{id}/versions")
    List<WorkPlanVersionSummary> versions(@PathVariable long id) {
        return workPlans.versions(id);
    }

    @GetMapping("/{id}/versions/{number}")
    WorkPlanVersion version(@PathVariable long id, @PathVariable int number) {
        return workPlans.version(id, number);
    }

    @GetMapping("/{id}/steps")
    List<WorkPlanStep> steps(@PathVariable long id) {
        return workPlans.steps(id);
    }

    @PostMapping("/{id}/carry-over")
    @PreAuthorize(WRITERS)
    CarryOverResult carryOver(@PathVariable long id) {
        return workPlans.carryOver(id);
    }
}
