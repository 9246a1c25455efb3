package org.kinerja.workplan.internal;

import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COMMITMENT;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COUNTRY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PARTNER;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PRINCIPLE;
import static org.kinerja.workplan.db.Tables.MILESTONE;
import static org.kinerja.workplan.db.Tables.RISK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.Modality;
import org.kinerja.workplan.PartnerRole;
import org.kinerja.workplan.PrincipleRating;
import org.kinerja.workplan.RiskLevel;
import org.kinerja.workplan.VersionActivity;
import org.springframework.stereotype.Component;

/**
 * Reads a work plan's activities whole — partners, commitments, countries, principles, milestones, risks —
 * in a handful of queries, for version snapshots and for the "what changed" record of a revision.
 */
@Component
public class ActivitySnapshots {

    private final DSLContext db;

    public ActivitySnapshots(DSLContext db) {
        this.db = db;
    }

    /** Every activity of the work plan, by purpose and sequence. */
    public List<VersionActivity> of(long workPlanId) {
        List<Record> rows = new ArrayList<>(db.selectFrom(ACTIVITY).where(ACTIVITY.WORK_PLAN_ID.eq(workPlanId))
                .orderBy(ACTIVITY.PURPOSE_NUMBER, ACTIVITY.SEQUENCE).fetch());
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = db.select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.WORK_PLAN_ID.eq(workPlanId));
        Map<Long, List<VersionActivity.Partner>> partners = new HashMap<>();
        db.selectFrom(ACTIVITY_PARTNER).where(ACTIVITY_PARTNER.ACTIVITY_ID.in(ids))
                .orderBy(ACTIVITY_PARTNER.ACTIVITY_ID, ACTIVITY_PARTNER.PARTNER_ID)
                .forEach(r -> partners.computeIfAbsent(r.getActivityId(), k -> new ArrayList<>())
                        .add(new VersionActivity.Partner(r.getPartnerId(), PartnerRole.valueOf(r.getRole()),
                                r.getSharePercent())));
        Map<Long, List<Long>> commitments = new HashMap<>();
        db.selectFrom(ACTIVITY_COMMITMENT).where(ACTIVITY_COMMITMENT.ACTIVITY_ID.in(ids))
                .orderBy(ACTIVITY_COMMITMENT.ACTIVITY_ID, ACTIVITY_COMMITMENT.COMMITMENT_ID)
                .forEach(r -> commitments.computeIfAbsent(r.getActivityId(), k -> new ArrayList<>())
                        .add(r.getCommitmentId()));
        Map<Long, List<String>> countries = new HashMap<>();
        db.selectFrom(ACTIVITY_COUNTRY).where(ACTIVITY_COUNTRY.ACTIVITY_ID.in(ids))
                .orderBy(ACTIVITY_COUNTRY.ACTIVITY_ID, ACTIVITY_COUNTRY.COUNTRY_CODE)
                .forEach(r -> countries.computeIfAbsent(r.getActivityId(), k -> new ArrayList<>())
                        .add(r.getCountryCode()));
        Map<Long, List<VersionActivity.Principle>> principles = new HashMap<>();
        db.selectFrom(ACTIVITY_PRINCIPLE).where(ACTIVITY_PRINCIPLE.ACTIVITY_ID.in(ids))
                .orderBy(ACTIVITY_PRINCIPLE.ACTIVITY_ID, ACTIVITY_PRINCIPLE.PRINCIPLE_NUMBER)
                .forEach(r -> principles.computeIfAbsent(r.getActivityId(), k -> new ArrayList<>())
                        .add(new VersionActivity.Principle(r.getPrincipleNumber(),
                                PrincipleRating.valueOf(r.getRating()), r.getEvidence())));
        Map<Long, List<VersionActivity.Milestone>> milestones = new HashMap<>();
        db.selectFrom(MILESTONE).where(MILESTONE.ACTIVITY_ID.in(ids))
                .orderBy(MILESTONE.ACTIVITY_ID, MILESTONE.DUE_MONTH, MILESTONE.ID)
                .forEach(r -> milestones.computeIfAbsent(r.getActivityId(), k -> new ArrayList<>())
                        .add(new VersionActivity.Milestone(r.getTitle(), r.getDueMonth(), r.getDoneOn())));
        Map<Long, List<VersionActivity.Risk>> risks = new HashMap<>();
        db.selectFrom(RISK).where(RISK.ACTIVITY_ID.in(ids)).orderBy(RISK.ACTIVITY_ID, RISK.ID)
                .forEach(r -> risks.computeIfAbsent(r.getActivityId(), k -> new ArrayList<>())
                        .add(new VersionActivity.Risk(r.getDescription(), RiskLevel.valueOf(r.getLikelihood()),
                                RiskLevel.valueOf(r.getImpact()), r.getMitigation())));
        List<VersionActivity> out = new ArrayList<>(rows.size());
        for (Record row : rows) {
            var a = row.into(ACTIVITY);
            long id = a.getId();
            out.add(new VersionActivity(id, a.getCode(), a.getPurposeNumber(), a.getSequence(), a.getTitle(),
                    a.getOutcomeCode(), ActivityType.valueOf(a.getType()), a.getDescription(), a.getObjectives(),
                    a.getLeadOfficerId(), a.getRequestedByMemberCode(), a.getRequestedByBodyId(),
                    Boolean.TRUE.equals(a.getRequestedByCoChairs()),
                    a.getModality() == null ? null : Modality.valueOf(a.getModality()), a.getPlannedStart(),
                    a.getPlannedEnd(), a.getActualStart(), a.getActualEnd(), ActivityStatus.valueOf(a.getStatus()),
                    a.getStatusReason(), a.getBudgetAmount(), a.getBudgetCurrency(), a.getExpenditure(),
                    a.getGenderMarker(), a.getGenderMarkerJustification(), Boolean.TRUE.equals(a.getListedInPlan()),
                    a.getCarriedFromId(), partners.get(id), commitments.get(id), countries.get(id),
                    principles.get(id), milestones.get(id), risks.get(id)));
        }
        return out;
    }
}
