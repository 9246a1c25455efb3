package org.kinerja.workplan;

import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COMMITMENT;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COUNTRY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PARTNER;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PRINCIPLE;
import static org.kinerja.workplan.db.Tables.MILESTONE;
import static org.kinerja.workplan.db.Tables.PROGRESS_UPDATE;
import static org.kinerja.workplan.db.Tables.RISK;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.db.tables.records.ActivityRecord;
import org.springframework.stereotype.Repository;

/** The activity tables of the work plan schema: activities with their partners, commitments, countries, principles, milestones, updates and risks. */
@Repository
class ActivityRepository {

    private final DSLContext db;

    ActivityRepository(DSLContext db) {
        this.db = db;
    }

    /** Names by id, for the partners and users an activity names. */
    record Names(Function<Collection<Long>, Map<Long, String>> partners, Function<Long, String> users) {
    }

    /** The values an activity is written with, already checked. */
    record Values(String title, int purposeNumber, String outcomeCode, ActivityType type, ActivityStatus status,
                  String statusReason, String description, String objectives, Long leadOfficerId,
                  List<Activity.Partner> partners, Activity.RequestedBy requestedBy, List<Long> commitmentIds,
                  List<String> countryCodes, Modality modality, YearMonth plannedStart, YearMonth plannedEnd,
                  LocalDate actualStart, LocalDate actualEnd, Activity.Budget budget, java.math.BigDecimal expenditure,
                  Integer genderMarker, String genderMarkerJustification, List<Activity.Principle> principles) {
    }

    Optional<Activity> find(long id, Names names) {
        List<Activity> found = load(select().where(ACTIVITY.ID.eq(id)).fetch(), names);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Locks the activity row for the rest of the transaction; its version, or empty when there is none. */
    Optional<Integer> lock(long id) {
        return db.select(ACTIVITY.VERSION).from(ACTIVITY).where(ACTIVITY.ID.eq(id)).forUpdate().fetchOptional(r -> r.value1());
    }

    int sequenceOf(long id) {
        return db.select(ACTIVITY.SEQUENCE).from(ACTIVITY).where(ACTIVITY.ID.eq(id)).fetchSingle().value1();
    }

    /** The work plan an activity belongs to. */
    Optional<Long> workPlanOf(long id) {
        return db.select(ACTIVITY.WORK_PLAN_ID).from(ACTIVITY).where(ACTIVITY.ID.eq(id)).fetchOptional(r -> r.value1());
    }

    ListPage<Activity> list(ActivityFilter f, PageQuery page, Names names) {
        Condition c = condition(f);
        long total = db.fetchCount(db.select(ACTIVITY.ID).from(ACTIVITY).where(c));
        List<Activity> items = load(select().where(c)
                .orderBy(WORK_PLAN.YEAR, WORK_PLAN.PLAN_CODE, ACTIVITY.PURPOSE_NUMBER, ACTIVITY.SEQUENCE, ACTIVITY.ID)
                .limit(page.size()).offset(page.offset()).fetch(), names);
        return new ListPage<>(items, page.page(), page.size(), total);
    }

    private static Condition condition(ActivityFilter f) {
        return org.kinerja.workplan.internal.ActivityConditions.of(f);
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(ACTIVITY.fields()).select(WORK_PLAN.PLAN_CODE, WORK_PLAN.YEAR)
                .from(ACTIVITY).join(WORK_PLAN).on(WORK_PLAN.ID.eq(ACTIVITY.WORK_PLAN_ID));
    }

    /** Activities with their partners, commitments, countries and principles, read in one query each. */
    private List<Activity> load(List<Record> rows, Names names) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.get(ACTIVITY.ID)).toList();
        Map<Long, List<Record>> partnerRows = group(db.select(ACTIVITY_PARTNER.fields()).from(ACTIVITY_PARTNER)
                .where(ACTIVITY_PARTNER.ACTIVITY_ID.in(ids)).fetch(), ACTIVITY_PARTNER.ACTIVITY_ID);
        Map<Long, String> partnerNames = names.partners().apply(partnerRows.values().stream().flatMap(List::stream)
                .map(r -> r.get(ACTIVITY_PARTNER.PARTNER_ID)).distinct().toList());
        Map<Long, List<Long>> commitments = new HashMap<>();
        db.select(ACTIVITY_COMMITMENT.ACTIVITY_ID, ACTIVITY_COMMITMENT.COMMITMENT_ID).from(ACTIVITY_COMMITMENT)
                .where(ACTIVITY_COMMITMENT.ACTIVITY_ID.in(ids)).orderBy(ACTIVITY_COMMITMENT.COMMITMENT_ID)
                .forEach(r -> commitments.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<String>> countries = new HashMap<>();
        db.select(ACTIVITY_COUNTRY.ACTIVITY_ID, ACTIVITY_COUNTRY.COUNTRY_CODE).from(ACTIVITY_COUNTRY)
                .where(ACTIVITY_COUNTRY.ACTIVITY_ID.in(ids)).orderBy(ACTIVITY_COUNTRY.COUNTRY_CODE)
                .forEach(r -> countries.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<Activity.Principle>> principles = new HashMap<>();
        db.select(ACTIVITY_PRINCIPLE.ACTIVITY_ID, ACTIVITY_PRINCIPLE.PRINCIPLE_NUMBER, ACTIVITY_PRINCIPLE.RATING,
                        ACTIVITY_PRINCIPLE.EVIDENCE).from(ACTIVITY_PRINCIPLE)
                .where(ACTIVITY_PRINCIPLE.ACTIVITY_ID.in(ids)).orderBy(ACTIVITY_PRINCIPLE.PRINCIPLE_NUMBER)
                .forEach(r -> principles.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Activity.Principle(r.value2(), PrincipleRating.valueOf(r.value3()), r.value4())));
        Map<Long, String> users = new HashMap<>();
        Function<Long, String> user = id -> id == null ? null : users.computeIfAbsent(id, names.users());
        List<Activity> result = new ArrayList<>(rows.size());
        for (Record r : rows) {
            long id = r.get(ACTIVITY.ID);
            List<Activity.Partner> partners = partnerRows.getOrDefault(id, List.of()).stream()
                    .map(p -> new Activity.Partner(p.get(ACTIVITY_PARTNER.PARTNER_ID),
                            partnerNames.get(p.get(ACTIVITY_PARTNER.PARTNER_ID)),
                            PartnerRole.valueOf(p.get(ACTIVITY_PARTNER.ROLE)), p.get(ACTIVITY_PARTNER.SHARE_PERCENT)))
                    .sorted(PARTNER_ORDER).toList();
            result.add(new Activity(id, r.get(ACTIVITY.CODE), r.get(ACTIVITY.WORK_PLAN_ID), r.get(WORK_PLAN.PLAN_CODE),
                    r.get(WORK_PLAN.YEAR), r.get(ACTIVITY.TITLE), r.get(ACTIVITY.PURPOSE_NUMBER), r.get(ACTIVITY.OUTCOME_CODE),
                    ActivityType.valueOf(r.get(ACTIVITY.TYPE)), ActivityStatus.valueOf(r.get(ACTIVITY.STATUS)),
                    r.get(ACTIVITY.STATUS_REASON), r.get(ACTIVITY.DESCRIPTION), r.get(ACTIVITY.OBJECTIVES),
                    r.get(ACTIVITY.LEAD_OFFICER_ID), user.apply(r.get(ACTIVITY.LEAD_OFFICER_ID)), partners,
                    new Activity.RequestedBy(r.get(ACTIVITY.REQUESTED_BY_MEMBER_CODE), r.get(ACTIVITY.REQUESTED_BY_BODY_ID),
                            r.get(ACTIVITY.REQUESTED_BY_CO_CHAIRS)),
                    commitments.getOrDefault(id, List.of()), countries.getOrDefault(id, List.of()),
                    r.get(ACTIVITY.MODALITY) == null ? null : Modality.valueOf(r.get(ACTIVITY.MODALITY)),
                    month(r.get(ACTIVITY.PLANNED_START)), month(r.get(ACTIVITY.PLANNED_END)),
                    r.get(ACTIVITY.ACTUAL_START), r.get(ACTIVITY.ACTUAL_END),
                    r.get(ACTIVITY.BUDGET_AMOUNT) == null ? null
                            : new Activity.Budget(r.get(ACTIVITY.BUDGET_AMOUNT), r.get(ACTIVITY.BUDGET_CURRENCY)),
                    r.get(ACTIVITY.EXPENDITURE),
                    r.get(ACTIVITY.GENDER_MARKER) == null ? null : r.get(ACTIVITY.GENDER_MARKER).intValue(),
                    r.get(ACTIVITY.GENDER_MARKER_JUSTIFICATION), principles.getOrDefault(id, List.of()),
                    r.get(ACTIVITY.LISTED_IN_PLAN), r.get(ACTIVITY.CARRIED_FROM_ID), r.get(ACTIVITY.VERSION),
                    r.get(ACTIVITY.UPDATED_AT), r.get(ACTIVITY.UPDATED_BY), user.apply(r.get(ACTIVITY.UPDATED_BY))));
        }
        return result;
    }

    /** Partners lead first, then by share (largest first), then by name. */
    static final Comparator<Activity.Partner> PARTNER_ORDER = Comparator.comparing(Activity.Partner::role)
            .thenComparing(Activity.Partner::sharePercent, Comparator.reverseOrder())
            .thenComparing(p -> p.name() == null ? "" : p.name());

    private static Map<Long, List<Record>> group(List<? extends Record> rows, org.jooq.Field<Long> key) {
        Map<Long, List<Record>> map = new LinkedHashMap<>();
        for (Record r : rows) {
            map.computeIfAbsent(r.get(key), k -> new ArrayList<>()).add(r);
        }
        return map;
    }

    private static YearMonth month(LocalDate day) {
        return day == null ? null : YearMonth.from(day);
    }

    private static LocalDate day(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    /** The next free number of an activity under one purpose of a work plan (call with the work plan locked). */
    int nextSequence(long workPlanId, int purposeNumber) {
        Integer max = db.select(DSL.max(ACTIVITY.SEQUENCE)).from(ACTIVITY).where(ACTIVITY.WORK_PLAN_ID.eq(workPlanId))
                .and(ACTIVITY.PURPOSE_NUMBER.eq(purposeNumber)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    long insert(long workPlanId, String code, int sequence, Values v, Long userId) {
        ActivityRecord r = db.newRecord(ACTIVITY);
        r.setWorkPlanId(workPlanId);
        r.setCode(code);
        r.setSequence(sequence);
        set(r, v);
        r.setUpdatedBy(userId);
        r.store();
        writeChildren(r.getId(), v);
        return r.getId();
    }

    /** Writes the activity if it is still at {@code version}; false when someone changed it meanwhile. */
    boolean update(long id, int version, String code, int sequence, Values v, Long userId) {
        ActivityRecord r = db.newRecord(ACTIVITY);
        set(r, v);
        r.setCode(code);
        r.setSequence(sequence);
        r.setUpdatedBy(userId);
        r.setUpdatedAt(OffsetDateTime.now());
        r.setVersion(version + 1);
        r.changed(ACTIVITY.ID, false);
        int n = db.update(ACTIVITY).set(r).where(ACTIVITY.ID.eq(id)).and(ACTIVITY.VERSION.eq(version)).execute();
        if (n == 0) {
            return false;
        }
        db.deleteFrom(ACTIVITY_PARTNER).where(ACTIVITY_PARTNER.ACTIVITY_ID.eq(id)).execute();
        db.deleteFrom(ACTIVITY_COMMITMENT).where(ACTIVITY_COMMITMENT.ACTIVITY_ID.eq(id)).execute();
        db.deleteFrom(ACTIVITY_COUNTRY).where(ACTIVITY_COUNTRY.ACTIVITY_ID.eq(id)).execute();
        db.deleteFrom(ACTIVITY_PRINCIPLE).where(ACTIVITY_PRINCIPLE.ACTIVITY_ID.eq(id)).execute();
        writeChildren(id, v);
        return true;
    }

    /** Sets the status and its reason if the activity is still at {@code version}. */
    boolean updateStatus(long id, int version, ActivityStatus status, String reason, Long userId) {
        return db.update(ACTIVITY).set(ACTIVITY.STATUS, status.name()).set(ACTIVITY.STATUS_REASON, reason)
                .set(ACTIVITY.VERSION, version + 1).set(ACTIVITY.UPDATED_AT, OffsetDateTime.now())
                .set(ACTIVITY.UPDATED_BY, userId)
                .where(ACTIVITY.ID.eq(id)).and(ACTIVITY.VERSION.eq(version)).execute() == 1;
    }

    boolean delete(long id, int version) {
        return db.deleteFrom(ACTIVITY).where(ACTIVITY.ID.eq(id)).and(ACTIVITY.VERSION.eq(version)).execute() == 1;
    }

    /** The codes of the activities carried over from this one. */
    List<String> carriedFrom(long id) {
        return db.select(ACTIVITY.CODE).from(ACTIVITY).where(ACTIVITY.CARRIED_FROM_ID.eq(id)).orderBy(ACTIVITY.CODE)
                .fetch(r -> r.value1());
    }

    private static void set(ActivityRecord r, Values v) {
        r.setTitle(v.title());
        r.setPurposeNumber(v.purposeNumber());
        r.setOutcomeCode(v.outcomeCode());
        r.setType(v.type().name());
        r.setStatus(v.status().name());
        r.setStatusReason(v.statusReason());
        r.setDescription(v.description());
        r.setObjectives(v.objectives());
        r.setLeadOfficerId(v.leadOfficerId());
        r.setRequestedByMemberCode(v.requestedBy().memberCode());
        r.setRequestedByBodyId(v.requestedBy().bodyId());
        r.setRequestedByCoChairs(v.requestedBy().coChairs());
        r.setModality(v.modality() == null ? null : v.modality().name());
        r.setPlannedStart(day(v.plannedStart()));
        r.setPlannedEnd(day(v.plannedEnd()));
        r.setActualStart(v.actualStart());
        r.setActualEnd(v.actualEnd());
        r.setBudgetAmount(v.budget() == null ? null : v.budget().amount());
        r.setBudgetCurrency(v.budget() == null ? null : v.budget().currency());
        r.setExpenditure(v.expenditure());
        r.setGenderMarker(v.genderMarker() == null ? null : v.genderMarker().shortValue());
        r.setGenderMarkerJustification(v.genderMarkerJustification());
    }

    private void writeChildren(long id, Values v) {
        for (Activity.Partner p : v.partners()) {
            db.insertInto(ACTIVITY_PARTNER, ACTIVITY_PARTNER.ACTIVITY_ID, ACTIVITY_PARTNER.PARTNER_ID, ACTIVITY_PARTNER.ROLE,
                    ACTIVITY_PARTNER.SHARE_PERCENT).values(id, p.partnerId(), p.role().name(), p.sharePercent()).execute();
        }
        for (Long c : v.commitmentIds()) {
            db.insertInto(ACTIVITY_COMMITMENT, ACTIVITY_COMMITMENT.ACTIVITY_ID, ACTIVITY_COMMITMENT.COMMITMENT_ID)
                    .values(id, c).execute();
        }
        for (String c : v.countryCodes()) {
            db.insertInto(ACTIVITY_COUNTRY, ACTIVITY_COUNTRY.ACTIVITY_ID, ACTIVITY_COUNTRY.COUNTRY_CODE).values(id, c).execute();
        }
        for (Activity.Principle p : v.principles()) {
            db.insertInto(ACTIVITY_PRINCIPLE, ACTIVITY_PRINCIPLE.ACTIVITY_ID, ACTIVITY_PRINCIPLE.PRINCIPLE_NUMBER,
                    ACTIVITY_PRINCIPLE.RATING, ACTIVITY_PRINCIPLE.EVIDENCE)
                    .values(id, p.number(), p.rating().name(), p.evidence()).execute();
        }
    }

    // --- references from the directory's point of view

    int countByPartner(long partnerId) {
        return db.fetchCount(ACTIVITY_PARTNER, ACTIVITY_PARTNER.PARTNER_ID.eq(partnerId));
    }

    int countByRequestingMember(String code) {
        return db.fetchCount(ACTIVITY, ACTIVITY.REQUESTED_BY_MEMBER_CODE.eq(code));
    }

    int countByRequestingBody(long bodyId) {
        return db.fetchCount(ACTIVITY, ACTIVITY.REQUESTED_BY_BODY_ID.eq(bodyId));
    }

    int countByCommitment(long commitmentId) {
        return db.fetchCount(ACTIVITY_COMMITMENT, ACTIVITY_COMMITMENT.COMMITMENT_ID.eq(commitmentId));
    }

    // --- milestones

    List<Milestone> milestones(long activityId) {
        return db.selectFrom(MILESTONE).where(MILESTONE.ACTIVITY_ID.eq(activityId)).orderBy(MILESTONE.DUE_MONTH, MILESTONE.ID)
                .fetch(r -> new Milestone(r.getId(), r.getActivityId(), r.getTitle(), month(r.getDueMonth()), r.getDoneOn()));
    }

    Optional<Milestone> milestone(long activityId, long id) {
        return milestones(activityId).stream().filter(m -> m.id() == id).findFirst();
    }

    long insertMilestone(long activityId, Milestone.Input in) {
        return db.insertInto(MILESTONE, MILESTONE.ACTIVITY_ID, MILESTONE.TITLE, MILESTONE.DUE_MONTH, MILESTONE.DONE_ON)
                .values(activityId, in.title(), day(in.dueMonth()), in.doneOn()).returning(MILESTONE.ID).fetchOne().getId();
    }

    void updateMilestone(long id, Milestone.Input in) {
        db.update(MILESTONE).set(MILESTONE.TITLE, in.title()).set(MILESTONE.DUE_MONTH, day(in.dueMonth()))
                .set(MILESTONE.DONE_ON, in.doneOn()).where(MILESTONE.ID.eq(id)).execute();
    }

    void deleteMilestone(long id) {
        db.deleteFrom(MILESTONE).where(MILESTONE.ID.eq(id)).execute();
    }

    // --- progress updates

    List<ProgressUpdate> updates(long activityId, Function<Long, String> users) {
        Map<Long, String> names = new HashMap<>();
        return db.selectFrom(PROGRESS_UPDATE).where(PROGRESS_UPDATE.ACTIVITY_ID.eq(activityId))
                .orderBy(PROGRESS_UPDATE.REPORTED_ON.desc(), PROGRESS_UPDATE.ID.desc())
                .fetch(r -> new ProgressUpdate(r.getId(), r.getActivityId(), r.getReportedOn(), r.getNarrative(),
                        r.getAuthorId(), names.computeIfAbsent(r.getAuthorId(), users), r.getLink(), r.getCreatedAt()));
    }

    long insertUpdate(long activityId, LocalDate reportedOn, String narrative, String link, long authorId) {
        return db.insertInto(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTIVITY_ID, PROGRESS_UPDATE.REPORTED_ON,
                        PROGRESS_UPDATE.NARRATIVE, PROGRESS_UPDATE.LINK, PROGRESS_UPDATE.AUTHOR_ID)
                .values(activityId, reportedOn, narrative, link, authorId).returning(PROGRESS_UPDATE.ID).fetchOne().getId();
    }

    void updateUpdate(long id, LocalDate reportedOn, String narrative, String link) {
        db.update(PROGRESS_UPDATE).set(PROGRESS_UPDATE.REPORTED_ON, reportedOn).set(PROGRESS_UPDATE.NARRATIVE, narrative)
                .set(PROGRESS_UPDATE.LINK, link).where(PROGRESS_UPDATE.ID.eq(id)).execute();
    }

    void deleteUpdate(long id) {
        db.deleteFrom(PROGRESS_UPDATE).where(PROGRESS_UPDATE.ID.eq(id)).execute();
    }

    // --- risks

    List<Risk> risks(long activityId) {
        return db.selectFrom(RISK).where(RISK.ACTIVITY_ID.eq(activityId)).orderBy(RISK.ID)
                .fetch(r -> new Risk(r.getId(), r.getActivityId(), r.getDescription(), RiskLevel.valueOf(r.getLikelihood()),
                        RiskLevel.valueOf(r.getImpact()), r.getMitigation()));
    }

    long insertRisk(long activityId, Risk.Input in) {
        return db.insertInto(RISK, RISK.ACTIVITY_ID, RISK.DESCRIPTION, RISK.LIKELIHOOD, RISK.IMPACT, RISK.MITIGATION)
                .values(activityId, in.description(), in.likelihood().name(), in.impact().name(), in.mitigation())
                .returning(RISK.ID).fetchOne().getId();
    }

    void updateRisk(long id, Risk.Input in) {
        db.update(RISK).set(RISK.DESCRIPTION, in.description()).set(RISK.LIKELIHOOD, in.likelihood().name())
                .set(RISK.IMPACT, in.impact().name()).set(RISK.MITIGATION, in.mitigation()).where(RISK.ID.eq(id)).execute();
    }

    void deleteRisk(long id) {
        db.deleteFrom(RISK).where(RISK.ID.eq(id)).execute();
    }
}
