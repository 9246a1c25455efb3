package org.kinerja.workplan.web;

import java.net.URI;
import java.util.List;

import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.Activity;
import org.kinerja.workplan.ActivityFilter;
import org.kinerja.workplan.ActivityInput;
import org.kinerja.workplan.ActivityService;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.Milestone;
import org.kinerja.workplan.ProgressUpdate;
import org.kinerja.workplan.Risk;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * Activities over {@code /api/v1/activities}: every role but member focal points reads; administrators,
 * Co-Managers and programme officers write. Milestones, progress updates and risks are sub-resources.
 */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityApiController {

    static final String WRITE_RULE = "hasAnyRole('ADMIN','CO_MANAGER','PROGRAMME_OFFICER')";

    private final ActivityService activities;

    ActivityApiController(ActivityService activities) {
        this.activities = activities;
    }

    record StatusRequest(ActivityStatus status, String reason, Integer version) {
    }

    @GetMapping
    ListPage<Activity> list(@RequestParam(required = false) Long workplan, @RequestParam(required = false) Integer purpose,
                            @RequestParam(required = false) ActivityStatus status,
                            @RequestParam(required = false) ActivityType type, @RequestParam(required = false) Long partner,
                            @RequestParam(required = false) String country,
                            @RequestParam(required = false) Long leadOfficer, @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size) {
        return activities.list(new ActivityFilter(workplan, purpose, status, type, partner,
                country == null || country.isBlank() ? null : country, leadOfficer), PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    Activity get(@PathVariable long id) {
        return activities.get(id);
    }

    @PostMapping
    @PreAuthorize(WRITE_RULE)
    ResponseEntity<Activity> create(@RequestBody ActivityInput input) {
        Activity a = activities.create(input);
        return ResponseEntity.created(location("/{id}", a.id())).body(a);
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITE_RULE)
    Activity update(@PathVariable long id, @RequestBody ActivityInput input) {
        return activities.update(id, input);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(WRITE_RULE)
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        activities.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(WRITE_RULE)
    Activity status(@PathVariable long id, @RequestBody StatusRequest r) {
        return activities.changeStatus(id, r.status(), r.reason(), r.version());
    }

    @GetMapping("/{id}/updates")
    List<ProgressUpdate> updates(@PathVariable long id) {
        return activities.progressUpdates(id);
    }

    @PostMapping("/{id}/updates")
    @PreAuthorize(WRITE_RULE)
    ResponseEntity<ProgressUpdate> addUpdate(@PathVariable long id, @RequestBody ProgressUpdate.Input input) {
        ProgressUpdate u = activities.addProgressUpdate(id, input);
        return ResponseEntity.created(location("/{id}", u.id())).body(u);
    }

    @PutMapping("/{id}/updates/{updateId}")
    @PreAuthorize(WRITE_RULE)
    ProgressUpdate editUpdate(@PathVariable long id, @PathVariable long updateId, @RequestBody ProgressUpdate.Input input) {
        return activities.updateProgressUpdate(id, updateId, input);
    }

    @DeleteMapping("/{id}/updates/{updateId}")
    @PreAuthorize(WRITE_RULE)
    ResponseEntity<Void> deleteUpdate(@PathVariable long id, @PathVariable long updateId) {
        activities.deleteProgressUpdate(id, updateId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/milestones")
    List<Milestone> milestones(@PathVariable long id) {
        return activities.milestones(id);
    }

    @PostMapping("/{id}/milestones")
    @PreAuthorize(WRITE_RULE)
    ResponseEntity<Milestone> addMilestone(@PathVariable long id, @RequestBody Milestone.Input input) {
        Milestone m = activities.addMilestone(id, input);
        return ResponseEntity.created(location("/{id}", m.id())).body(m);
    }

    @PutMapping("/{id}/milestones/{milestoneId}")
    @PreAuthorize(WRITE_RULE)
    Milestone editMilestone(@PathVariable long id, @PathVariable long milestoneId, @RequestBody Milestone.Input input) {
        return activities.updateMilestone(id, milestoneId, input);
    }

    @DeleteMapping("/{id}/milestones/{milestoneId}")
    @PreAuthorize(WRITE_RULE)
    ResponseEntity<Void> deleteMilestone(@PathVariable long id, @PathVariable long milestoneId) {
        activities.deleteMilestone(id, milestoneId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/risks")
    List<Risk> risks(@PathVariable long id) {
        return activities.risks(id);
    }

    @PostMapping("/{id}/risks")
    @PreAuthorize(WRITE_RULE)
    ResponseEntity<Risk> addRisk(@PathVariable long id, @RequestBody Risk.Input input) {
        Risk r = activities.addRisk(id, input);
        return ResponseEntity.created(location("/{id}", r.id())).body(r);
    }

    @PutMapping("/{id}/risks/{riskId}")
    @PreAuthorize(WRITE_RULE)
    Risk editRisk(@PathVariable long id, @PathVariable long riskId, @RequestBody Risk.Input input) {
        return activities.updateRisk(id, riskId, input);
    }

    @DeleteMapping("/{id}/risks/{riskId}")
    @PreAuthorize(WRITE_RULE)
    ResponseEntity<Void> deleteRisk(@PathVariable long id, @PathVariable long riskId) {
        activities.deleteRisk(id, riskId);
        return ResponseEntity.noContent().build();
    }

    private static URI location(String path, long id) {
        return ServletUriComponentsBuilder.fromCurrentRequest().path(path).buildAndExpand(id).toUri();
    }
}
