package org.kinerja.workplan.internal;

import static org.kinerja.workplan.db.Tables.WORK_PLAN;

import java.util.Optional;

import org.jooq.DSLContext;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.NotFoundException;
import org.kinerja.workplan.WorkPlanStatus;
import org.springframework.stereotype.Component;

/**
 * The one place that says whether a work plan's activities may be changed. Planning fields (title,
 * purpose, type, partners, budget, planned months, markers…) change only while the work plan is a DRAFT —
 * the first draft or an open revision; an approved plan changes only through a revision. Implementation
 * fields (status, actual dates, expenditure, progress updates, milestones done) are recorded at any time.
 */
@Component
public class WorkPlanGate {

    private final DSLContext db;

    public WorkPlanGate(DSLContext db) {
        this.db = db;
    }

    /** The work plan's header, without a lock. */
    public Optional<WorkPlanHeader> find(long workPlanId) {
        return db.select(WORK_PLAN.ID, WORK_PLAN.PLAN_CODE, WORK_PLAN.YEAR, WORK_PLAN.STATUS, WORK_PLAN.VERSION_NUMBER)
                .from(WORK_PLAN).where(WORK_PLAN.ID.eq(workPlanId))
                .fetchOptional(r -> new WorkPlanHeader(r.value1(), r.value2(), r.value3(),
                        WorkPlanStatus.valueOf(r.value4()), r.value5()));
    }

    /** The work plan's header; 404 when there is none. */
    public WorkPlanHeader get(long workPlanId) {
        return find(workPlanId).orElseThrow(() -> notFound(workPlanId));
    }

    /**
     * Locks the work plan row for the rest of the transaction, so that a submission or approval and a change
     * to its activities never interleave, and returns its header.
     */
    public WorkPlanHeader lock(long workPlanId) {
        return db.select(WORK_PLAN.ID, WORK_PLAN.PLAN_CODE, WORK_PLAN.YEAR, WORK_PLAN.STATUS, WORK_PLAN.VERSION_NUMBER)
                .from(WORK_PLAN).where(WORK_PLAN.ID.eq(workPlanId)).forUpdate()
                .fetchOptional(r -> new WorkPlanHeader(r.value1(), r.value2(), r.value3(),
                        WorkPlanStatus.valueOf(r.value4()), r.value5()))
                .orElseThrow(() -> notFound(workPlanId));
    }

    /**
     * Locks the work plan and refuses with 409 unless its planning may change: a submitted plan waits for the
     * Co-Managers, an approved one needs a revision.
     */
    public WorkPlanHeader lockForPlanning(long workPlanId) {
        WorkPlanHeader header = lock(workPlanId);
        switch (header.status()) {
            case SUBMITTED -> throw new ConflictException("workplan", "workplan.locked.submitted",
                    String.valueOf(header.year()));
            case APPROVED -> throw new ConflictException("workplan", "workplan.locked.approved",
                    String.valueOf(header.year()));
            case DRAFT -> {
                // planning may change
            }
        }
        return header;
    }

    private static NotFoundException notFound(long workPlanId) {
        return new NotFoundException("workplan.notFound", String.valueOf(workPlanId));
    }
}
