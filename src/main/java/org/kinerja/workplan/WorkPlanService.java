package org.kinerja.workplan;

import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COMMITMENT;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COUNTRY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PARTNER;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PRINCIPLE;
import static org.kinerja.workplan.db.Tables.APPROVAL;
import static org.kinerja.workplan.db.Tables.MILESTONE;
import static org.kinerja.workplan.db.Tables.REVISION;
import static org.kinerja.workplan.db.Tables.RISK;
import static org.kinerja.workplan.db.Tables.VERSION_SNAPSHOT;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;
import static org.kinerja.workplan.db.Tables.WORK_PLAN_STEP;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.plan.CoManager;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.SignedInUser;
import org.kinerja.workplan.internal.ActivitySnapshots;
import org.kinerja.workplan.internal.WorkPlanGate;
import org.kinerja.workplan.internal.WorkPlanHeader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The life of an annual work plan: created as a DRAFT for a year of its strategic plan, submitted to the
 * Co-Managers, approved by both co-managing sides (Australia and Indonesia) or returned with a comment,
 * revised after approval with a reason (and the same dual approval), and its unfinished activities carried
 * into the next year's draft. Every approved version is kept whole. Each transition locks the work plan's
 * row, writes a step of its log and publishes {@link EntityChanged}; the user taking it is the one signed in.
 */
@Service
public class WorkPlanService {

    /** The longest comment, reason or record of changes the tables hold. */
    public static final int TEXT_MAX = 4000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final DSLContext db;
    private final WorkPlanGate gate;
    private final ActivitySnapshots snapshots;
    private final ActivityLookup activities;
    private final PlanService plans;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final JsonMapper json;

    WorkPlanService(DSLContext db, WorkPlanGate gate, ActivitySnapshots snapshots, ActivityLookup activities,
                    PlanService plans, UserService users, ApplicationEventPublisher events, MessageSource messages,
                    JsonMapper json) {
        this.db = db;
        this.gate = gate;
        this.snapshots = snapshots;
        this.activities = activities;
        this.plans = plans;
        this.users = users;
        this.events = events;
        this.messages = messages;
        this.json = json;
    }

    /** Who takes a step: the signed-in user with the member they are affiliated with. */
    private record Actor(Long id, String name, String memberCode, Set<Role> roles) {

        /** Kinerja itself, creating a work plan for a reference data or demo loader that runs signed out. */
        static final Actor SYSTEM = new Actor(null, null, null, Set.of());
    }

    // ------------------------------------------------------------------ reading

    /** Work plans, the latest year first; {@code planCode} and {@code year}, when given, filter them. */
    @Transactional(readOnly = true)
    public ListPage<WorkPlanSummary> list(String planCode, Integer year, PageQuery page) {
        Condition where = DSL.noCondition();
        if (planCode != null && !planCode.isBlank()) {
            where = where.and(WORK_PLAN.PLAN_CODE.eq(planCode.strip()));
        }
        if (year != null) {
            where = where.and(WORK_PLAN.YEAR.eq(year));
        }
        long total = db.fetchCount(WORK_PLAN, where);
        var count = DSL.field(DSL.selectCount().from(ACTIVITY).where(ACTIVITY.WORK_PLAN_ID.eq(WORK_PLAN.ID)));
        var rows = db.select(WORK_PLAN.ID, WORK_PLAN.PLAN_CODE, WORK_PLAN.YEAR, WORK_PLAN.STATUS,
                        WORK_PLAN.VERSION_NUMBER, WORK_PLAN.VERSION, count)
                .from(WORK_PLAN).where(where).orderBy(WORK_PLAN.YEAR.desc(), WORK_PLAN.PLAN_CODE)
                .limit(page.size()).offset(page.offset()).fetch();
        Map<Long, List<String>> sides = new HashMap<>();
        if (!rows.isEmpty()) {
            db.select(APPROVAL.WORK_PLAN_ID, APPROVAL.MEMBER_CODE).from(APPROVAL).join(WORK_PLAN)
                    .on(WORK_PLAN.ID.eq(APPROVAL.WORK_PLAN_ID).and(WORK_PLAN.VERSION_NUMBER.eq(APPROVAL.VERSION_NUMBER)))
                    .where(APPROVAL.WORK_PLAN_ID.in(rows.map(r -> r.value1())))
                    .orderBy(APPROVAL.APPROVED_AT, APPROVAL.ID)
                    .forEach(r -> sides.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        List<WorkPlanSummary> items = rows.map(r -> new WorkPlanSummary(r.value1(), r.value2(), r.value3(),
                WorkPlanStatus.valueOf(r.value4()), r.value5(), sides.getOrDefault(r.value1(), List.of()),
                r.value7(), r.value6()));
        return new ListPage<>(items, page.page(), page.size(), total);
    }

    /** The work plan with its current approvals and its activities; 404 when there is none. */
    @Transactional(readOnly = true)
    public WorkPlan get(long id) {
        var row = db.selectFrom(WORK_PLAN).where(WORK_PLAN.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> new NotFoundException("workplan.notFound", String.valueOf(id)));
        return new WorkPlan(row.getId(), row.getPlanCode(), row.getYear(), WorkPlanStatus.valueOf(row.getStatus()),
                row.getVersionNumber(), row.getSubmittedAt(), row.getApprovedAt(),
                approvals(id, row.getVersionNumber(), new HashMap<>()),
                activities.ofYear(row.getPlanCode(), row.getYear()), row.getVersion());
    }

    /** The work plan of this plan year, if there is one. */
    @Transactional(readOnly = true)
    public Optional<WorkPlan> find(String planCode, int year) {
        return db.select(WORK_PLAN.ID).from(WORK_PLAN).where(WORK_PLAN.PLAN_CODE.eq(planCode))
                .and(WORK_PLAN.YEAR.eq(year)).fetchOptional(WORK_PLAN.ID).map(this::get);
    }

    /**
     * The co-managing sides whose Co-Managers approve work plans, as member code → "Australia (AUS)", in the
     * order the organisation profile lists them.
     */
    @Transactional(readOnly = true)
    public Map<String, String> coManagingSides() {
        Map<String, String> sides = new LinkedHashMap<>();
        for (CoManager m : plans.organisationProfile().map(p -> p.coManagers()).orElse(List.of())) {
            sides.putIfAbsent(m.countryCode(), m.countryName() + " (" + m.countryCode() + ")");
        }
        return sides;
    }

    /** Every step of the work plan's life, oldest first. */
    @Transactional(readOnly = true)
    public List<WorkPlanStep> steps(long id) {
        gate.get(id);
        Map<Long, String> names = new HashMap<>();
        return db.selectFrom(WORK_PLAN_STEP).where(WORK_PLAN_STEP.WORK_PLAN_ID.eq(id))
                .orderBy(WORK_PLAN_STEP.AT, WORK_PLAN_STEP.ID)
                .fetch(r -> new WorkPlanStep(r.getVersionNumber(), WorkPlanStep.Action.valueOf(r.getAction()),
                        r.getUserId(), r.getUserId() == null ? null : name(r.getUserId(), names), r.getMemberCode(),
                        r.getComment(), r.getAt()));
    }

    /** The revision log: every revision opened on the work plan, the first first. */
    @Transactional(readOnly = true)
    public List<WorkPlanRevision> revisions(long id) {
        gate.get(id);
        Map<Long, String> names = new HashMap<>();
        return db.selectFrom(REVISION).where(REVISION.WORK_PLAN_ID.eq(id)).orderBy(REVISION.VERSION_NUMBER)
                .fetch(r -> new WorkPlanRevision(r.getVersionNumber(), r.getReason(), readChanges(r.getChanges()),
                        r.getOpenedBy(), name(r.getOpenedBy(), names), r.getOpenedAt(), r.getApprovedAt()));
    }

    /** The approved versions of the work plan, the first first. */
    @Transactional(readOnly = true)
    public List<WorkPlanVersionSummary> versions(long id) {
        gate.get(id);
        var count = DSL.field("jsonb_array_length(({0})::jsonb -> 'activities')", Integer.class, VERSION_SNAPSHOT.CONTENT);
        return db.select(VERSION_SNAPSHOT.VERSION_NUMBER, VERSION_SNAPSHOT.APPROVED_AT, count).from(VERSION_SNAPSHOT)
                .where(VERSION_SNAPSHOT.WORK_PLAN_ID.eq(id)).orderBy(VERSION_SNAPSHOT.VERSION_NUMBER)
                .fetch(r -> new WorkPlanVersionSummary(r.value1(), r.value2(), r.value3() == null ? 0 : r.value3()));
    }

    /** Approved version {@code number} of the work plan as it was approved; 404 when there is none. */
    @Transactional(readOnly = true)
    public WorkPlanVersion version(long id, int number) {
        gate.get(id);
        JSON content = db.select(VERSION_SNAPSHOT.CONTENT).from(VERSION_SNAPSHOT)
                .where(VERSION_SNAPSHOT.WORK_PLAN_ID.eq(id)).and(VERSION_SNAPSHOT.VERSION_NUMBER.eq(number))
                .fetchOptional(VERSION_SNAPSHOT.CONTENT)
                .orElseThrow(() -> new NotFoundException("workplan.lifecycle.version.notFound",
                        String.valueOf(id), String.valueOf(number)));
        return json.readValue(content.data(), WorkPlanVersion.class);
    }

    // ------------------------------------------------------------------ steps

    /**
     * Creates the DRAFT work plan of a plan year. The plan must exist and the year lie within its period
     * (422 on {@code planCode} or {@code year}); a second work plan for the same year is a 409. Loaders that
     * run signed out may create work plans too: their step names no user.
     */
    @Transactional
    public WorkPlan create(String planCode, Integer year) {
        Actor actor = signedIn() ? actor() : Actor.SYSTEM;
        String code = planCode == null ? "" : planCode.strip();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(!code.isEmpty(), "planCode", "validation.required");
        errors.check(year != null, "year", "validation.required");
        errors.throwIfAny();
        Plan plan = plans.find(code).orElseThrow(() ->
                InvalidInputException.of("planCode", "workplan.lifecycle.plan.unknown", code));
        if (year < plan.startYear() || year > plan.endYear()) {
            throw InvalidInputException.of("year", "workplan.lifecycle.year.outside", String.valueOf(plan.startYear()),
                    String.valueOf(plan.endYear()));
        }
        long id = insert(plan.code(), year, actor)
                .orElseThrow(() -> new ConflictException("year", "workplan.lifecycle.exists", plan.code(),
                        String.valueOf(year)));
        return get(id);
    }

    private Optional<Long> insert(String planCode, int year, Actor actor) {
        Optional<Long> id = db.insertInto(WORK_PLAN, WORK_PLAN.PLAN_CODE, WORK_PLAN.YEAR).values(planCode, year)
                .onConflictDoNothing().returningResult(WORK_PLAN.ID).fetchOptional().map(r -> r.value1());
        id.ifPresent(value -> {
            step(value, 1, WorkPlanStep.Action.CREATED, actor, null);
            events.publishEvent(EntityChanged.created("WorkPlan", value).field("planCode", null, planCode)
                    .field("year", null, year).field("status", null, WorkPlanStatus.DRAFT.name())
                    .field("versionNumber", null, 1).build());
        });
        return id;
    }

    /**
     * Submits a DRAFT to the Co-Managers. An empty work plan is refused (422 on {@code activities}). When the
     * draft is a revision, what changed against the last approved version is computed and kept with it.
     */
    @Transactional
    public WorkPlan submit(long id) {
        Actor actor = actor();
        WorkPlanHeader header = gate.lock(id);
        requireStatus(header, WorkPlanStatus.DRAFT, "workplan.lifecycle.submit.notDraft");
        if (db.fetchCount(ACTIVITY, ACTIVITY.WORK_PLAN_ID.eq(id)) == 0) {
            throw InvalidInputException.of("activities", "workplan.lifecycle.submit.empty",
                    String.valueOf(header.year()));
        }
        if (header.versionNumber() > 1) {
            RevisionChanges changes = changesSinceApproved(id, header.versionNumber());
            db.update(REVISION).set(REVISION.CHANGES, writeChanges(changes))
                    .where(REVISION.WORK_PLAN_ID.eq(id)).and(REVISION.VERSION_NUMBER.eq(header.versionNumber()))
                    .execute();
        }
        db.update(WORK_PLAN).set(WORK_PLAN.STATUS, WorkPlanStatus.SUBMITTED.name())
                .set(WORK_PLAN.SUBMITTED_BY, actor.id()).set(WORK_PLAN.SUBMITTED_AT, DSL.currentOffsetDateTime())
                .set(WORK_PLAN.VERSION, WORK_PLAN.VERSION.plus(1)).set(WORK_PLAN.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(WORK_PLAN.ID.eq(id)).execute();
        step(id, header.versionNumber(), WorkPlanStep.Action.SUBMITTED, actor, null);
        events.publishEvent(statusChange(header, WorkPlanStatus.SUBMITTED).build());
        return get(id);
    }

    /**
     * Records the signed-in Co-Manager's approval of the submitted version for their side. The side is the
     * co-managing member the user is affiliated with; a second approval from a side is refused with 409 naming
     * the side and when it approved. When every side has approved, the version is APPROVED: its snapshot is
     * kept, an open revision gets its approval time and {@link WorkPlanApproved} is published.
     */
    @Transactional
    public WorkPlan approve(long id) {
        Actor actor = actor();
        Map<String, String> sides = coManagingSides();
        String side = requireCoManagingSide(actor, sides);
        WorkPlanHeader header = gate.lock(id);
        requireStatus(header, WorkPlanStatus.SUBMITTED, "workplan.lifecycle.approve.notSubmitted");
        db.select(APPROVAL.APPROVED_AT).from(APPROVAL).where(APPROVAL.WORK_PLAN_ID.eq(id))
                .and(APPROVAL.VERSION_NUMBER.eq(header.versionNumber())).and(APPROVAL.MEMBER_CODE.eq(side))
                .fetchOptional(APPROVAL.APPROVED_AT).ifPresent(at -> {
                    throw new ConflictException("approval", "workplan.lifecycle.approve.sameSide", sides.get(side),
                            String.valueOf(header.versionNumber()), stamp(at));
                });
        db.insertInto(APPROVAL, APPROVAL.WORK_PLAN_ID, APPROVAL.VERSION_NUMBER, APPROVAL.USER_ID, APPROVAL.MEMBER_CODE)
                .values(id, header.versionNumber(), actor.id(), side).execute();
        step(id, header.versionNumber(), WorkPlanStep.Action.APPROVED_BY_SIDE, actor, null);
        Set<String> approved = new HashSet<>(db.select(APPROVAL.MEMBER_CODE).from(APPROVAL)
                .where(APPROVAL.WORK_PLAN_ID.eq(id)).and(APPROVAL.VERSION_NUMBER.eq(header.versionNumber()))
                .fetch(APPROVAL.MEMBER_CODE));
        if (!approved.containsAll(sides.keySet())) {
            db.update(WORK_PLAN).set(WORK_PLAN.VERSION, WORK_PLAN.VERSION.plus(1))
                    .set(WORK_PLAN.UPDATED_AT, DSL.currentOffsetDateTime()).where(WORK_PLAN.ID.eq(id)).execute();
            events.publishEvent(EntityChanged.updated("WorkPlan", id)
                    .field("approvedBy", null, side + " v" + header.versionNumber()).build());
            return get(id);
        }
        OffsetDateTime now = db.select(DSL.currentOffsetDateTime()).fetchOne().value1();
        db.update(WORK_PLAN).set(WORK_PLAN.STATUS, WorkPlanStatus.APPROVED.name()).set(WORK_PLAN.APPROVED_AT, now)
                .set(WORK_PLAN.VERSION, WORK_PLAN.VERSION.plus(1)).set(WORK_PLAN.UPDATED_AT, now)
                .where(WORK_PLAN.ID.eq(id)).execute();
        WorkPlanVersion snapshot = new WorkPlanVersion(id, header.planCode(), header.year(), header.versionNumber(),
                now, approvals(id, header.versionNumber(), new HashMap<>()), snapshots.of(id));
        db.insertInto(VERSION_SNAPSHOT, VERSION_SNAPSHOT.WORK_PLAN_ID, VERSION_SNAPSHOT.VERSION_NUMBER,
                        VERSION_SNAPSHOT.APPROVED_AT, VERSION_SNAPSHOT.CONTENT)
                .values(id, header.versionNumber(), now, JSON.json(json.writeValueAsString(snapshot))).execute();
        db.update(REVISION).set(REVISION.APPROVED_AT, now).where(REVISION.WORK_PLAN_ID.eq(id))
                .and(REVISION.VERSION_NUMBER.eq(header.versionNumber())).execute();
        step(id, header.versionNumber(), WorkPlanStep.Action.APPROVED, actor, null);
        events.publishEvent(statusChange(header, WorkPlanStatus.APPROVED)
                .field("approvedBy", null, side + " v" + header.versionNumber()).build());
        events.publishEvent(new WorkPlanApproved(id, header.planCode(), header.year(), header.versionNumber()));
        return get(id);
    }

    /**
     * Returns a submitted work plan to DRAFT with the Co-Manager's comment (required, 422 on {@code comment});
     * the approvals already given to that version are withdrawn.
     */
    @Transactional
    public WorkPlan returnToDraft(long id, String comment) {
        String text = requiredText("comment", comment);
        Actor actor = actor();
        requireCoManagingSide(actor, coManagingSides());
        WorkPlanHeader header = gate.lock(id);
        requireStatus(header, WorkPlanStatus.SUBMITTED, "workplan.lifecycle.return.notSubmitted");
        db.deleteFrom(APPROVAL).where(APPROVAL.WORK_PLAN_ID.eq(id))
                .and(APPROVAL.VERSION_NUMBER.eq(header.versionNumber())).execute();
        db.update(WORK_PLAN).set(WORK_PLAN.STATUS, WorkPlanStatus.DRAFT.name())
                .setNull(WORK_PLAN.SUBMITTED_BY).setNull(WORK_PLAN.SUBMITTED_AT)
                .set(WORK_PLAN.VERSION, WORK_PLAN.VERSION.plus(1)).set(WORK_PLAN.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(WORK_PLAN.ID.eq(id)).execute();
        step(id, header.versionNumber(), WorkPlanStep.Action.RETURNED, actor, text);
        events.publishEvent(statusChange(header, WorkPlanStatus.DRAFT).field("returnComment", null, text).build());
        return get(id);
    }

    /**
     * Opens a revision of an APPROVED work plan with its reason (required, 422 on {@code reason}): the work
     * plan becomes a DRAFT of the next version, and the approved version stays readable.
     */
    @Transactional
    public WorkPlan openRevision(long id, String reason) {
        String text = requiredText("reason", reason);
        Actor actor = actor();
        WorkPlanHeader header = gate.lock(id);
        requireStatus(header, WorkPlanStatus.APPROVED, "workplan.lifecycle.revision.notApproved");
        int next = header.versionNumber() + 1;
        db.insertInto(REVISION, REVISION.WORK_PLAN_ID, REVISION.VERSION_NUMBER, REVISION.REASON, REVISION.OPENED_BY)
                .values(id, next, text, actor.id()).execute();
        db.update(WORK_PLAN).set(WORK_PLAN.STATUS, WorkPlanStatus.DRAFT.name()).set(WORK_PLAN.VERSION_NUMBER, next)
                .setNull(WORK_PLAN.SUBMITTED_BY).setNull(WORK_PLAN.SUBMITTED_AT)
                .set(WORK_PLAN.VERSION, WORK_PLAN.VERSION.plus(1)).set(WORK_PLAN.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(WORK_PLAN.ID.eq(id)).execute();
        step(id, next, WorkPlanStep.Action.REVISION_OPENED, actor, text);
        events.publishEvent(statusChange(header, WorkPlanStatus.DRAFT)
                .field("versionNumber", header.versionNumber(), next).build());
        events.publishEvent(EntityChanged.created("WorkPlanRevision", id + "/" + next)
                .field("versionNumber", null, next).field("reason", null, text).build());
        return get(id);
    }

    /**
     * Carries the unfinished activities of an APPROVED work plan into the next year's DRAFT (created when
     * absent): each copy keeps a link to its original, gets the next code of its purpose and keeps its
     * partners, commitments, countries, principle markers, risks and the milestones not done. Activities
     * carried into that work plan before are skipped. 409 when the next year lies beyond the plan or its work
     * plan is not a DRAFT.
     */
    @Transactional
    public CarryOverResult carryOver(long id) {
        Actor actor = actor();
        WorkPlanHeader source = gate.lock(id);
        requireStatus(source, WorkPlanStatus.APPROVED, "workplan.lifecycle.carryOver.notApproved");
        Plan plan = plans.get(source.planCode());
        int nextYear = source.year() + 1;
        if (nextYear > plan.endYear()) {
            throw new ConflictException("year", "workplan.lifecycle.carryOver.beyondPlan", plan.code(),
                    String.valueOf(plan.endYear()), String.valueOf(nextYear));
        }
        Optional<Long> existing = db.select(WORK_PLAN.ID).from(WORK_PLAN).where(WORK_PLAN.PLAN_CODE.eq(plan.code()))
                .and(WORK_PLAN.YEAR.eq(nextYear)).fetchOptional(WORK_PLAN.ID);
        boolean created = existing.isEmpty();
        long targetId = existing.or(() -> insert(plan.code(), nextYear, actor)).orElseThrow(() ->
                new ConflictException("year", "workplan.lifecycle.exists", plan.code(), String.valueOf(nextYear)));
        WorkPlanHeader target = gate.lock(targetId);
        if (target.status() != WorkPlanStatus.DRAFT) {
            throw new ConflictException("year", "workplan.lifecycle.carryOver.targetNotDraft",
                    String.valueOf(nextYear), label(target.status()));
        }
        Set<Long> already = new HashSet<>(db.select(ACTIVITY.CARRIED_FROM_ID).from(ACTIVITY)
                .where(ACTIVITY.WORK_PLAN_ID.eq(targetId)).and(ACTIVITY.CARRIED_FROM_ID.isNotNull())
                .fetch(ACTIVITY.CARRIED_FROM_ID));
        int carried = 0;
        int skipped = 0;
        for (VersionActivity a : snapshots.of(id)) {
            if (!a.status().unfinished()) {
                continue;
            }
            if (already.contains(a.id())) {
                skipped++;
                continue;
            }
            copy(a, targetId, nextYear, actor);
            carried++;
        }
        String out = text("workplan.lifecycle.carryOver.sent", String.valueOf(carried), String.valueOf(nextYear),
                String.valueOf(skipped));
        step(id, source.versionNumber(), WorkPlanStep.Action.CARRIED_OVER, actor, out);
        step(targetId, target.versionNumber(), WorkPlanStep.Action.CARRIED_OVER, actor,
                text("workplan.lifecycle.carryOver.received", String.valueOf(carried), String.valueOf(source.year())));
        events.publishEvent(EntityChanged.updated("WorkPlan", targetId)
                .field("carriedOver", null, carried + " from " + source.year()).build());
        return new CarryOverResult(targetId, nextYear, created, carried, skipped);
    }

    private void copy(VersionActivity a, long targetId, int year, Actor actor) {
        int sequence = db.select(DSL.coalesce(DSL.max(ACTIVITY.SEQUENCE), 0)).from(ACTIVITY)
                .where(ACTIVITY.WORK_PLAN_ID.eq(targetId)).and(ACTIVITY.PURPOSE_NUMBER.eq(a.purposeNumber()))
                .fetchOne().value1() + 1;
        String code = String.format("%d-P%d-%02d", year, a.purposeNumber(), sequence);
        boolean started = a.status() == ActivityStatus.IN_PROGRESS;
        long newId = db.insertInto(ACTIVITY)
                .set(ACTIVITY.WORK_PLAN_ID, targetId).set(ACTIVITY.CODE, code)
                .set(ACTIVITY.PURPOSE_NUMBER, a.purposeNumber()).set(ACTIVITY.SEQUENCE, sequence)
                .set(ACTIVITY.TITLE, a.title()).set(ACTIVITY.OUTCOME_CODE, a.outcomeCode())
                .set(ACTIVITY.TYPE, a.type().name()).set(ACTIVITY.DESCRIPTION, a.description())
                .set(ACTIVITY.OBJECTIVES, a.objectives()).set(ACTIVITY.LEAD_OFFICER_ID, a.leadOfficerId())
                .set(ACTIVITY.REQUESTED_BY_MEMBER_CODE, a.requestedByMemberCode())
                .set(ACTIVITY.REQUESTED_BY_BODY_ID, a.requestedByBodyId())
                .set(ACTIVITY.REQUESTED_BY_CO_CHAIRS, a.requestedByCoChairs())
                .set(ACTIVITY.MODALITY, a.modality() == null ? null : a.modality().name())
                .set(ACTIVITY.STATUS, started ? ActivityStatus.IN_PROGRESS.name() : ActivityStatus.PLANNED.name())
                .set(ACTIVITY.ACTUAL_START, started ? a.actualStart() : null)
                .set(ACTIVITY.BUDGET_AMOUNT, a.budgetAmount()).set(ACTIVITY.BUDGET_CURRENCY, a.budgetCurrency())
                .set(ACTIVITY.GENDER_MARKER, a.genderMarker())
                .set(ACTIVITY.GENDER_MARKER_JUSTIFICATION, a.genderMarkerJustification())
                .set(ACTIVITY.LISTED_IN_PLAN, a.listedInPlan()).set(ACTIVITY.CARRIED_FROM_ID, a.id())
                .set(ACTIVITY.UPDATED_BY, actor.id())
                .returningResult(ACTIVITY.ID).fetchOne().value1();
        for (VersionActivity.Partner p : a.partners()) {
            db.insertInto(ACTIVITY_PARTNER, ACTIVITY_PARTNER.ACTIVITY_ID, ACTIVITY_PARTNER.PARTNER_ID,
                    ACTIVITY_PARTNER.ROLE, ACTIVITY_PARTNER.SHARE_PERCENT)
                    .values(newId, p.partnerId(), p.role().name(), p.sharePercent()).execute();
        }
        for (Long commitment : a.commitmentIds()) {
            db.insertInto(ACTIVITY_COMMITMENT, ACTIVITY_COMMITMENT.ACTIVITY_ID, ACTIVITY_COMMITMENT.COMMITMENT_ID)
                    .values(newId, commitment).execute();
        }
        for (String country : a.countryCodes()) {
            db.insertInto(ACTIVITY_COUNTRY, ACTIVITY_COUNTRY.ACTIVITY_ID, ACTIVITY_COUNTRY.COUNTRY_CODE)
                    .values(newId, country).execute();
        }
        for (VersionActivity.Principle p : a.principles()) {
            db.insertInto(ACTIVITY_PRINCIPLE, ACTIVITY_PRINCIPLE.ACTIVITY_ID, ACTIVITY_PRINCIPLE.PRINCIPLE_NUMBER,
                    ACTIVITY_PRINCIPLE.RATING, ACTIVITY_PRINCIPLE.EVIDENCE)
                    .values(newId, p.number(), p.rating().name(), p.evidence()).execute();
        }
        for (VersionActivity.Risk r : a.risks()) {
            db.insertInto(RISK, RISK.ACTIVITY_ID, RISK.DESCRIPTION, RISK.LIKELIHOOD, RISK.IMPACT, RISK.MITIGATION)
                    .values(newId, r.description(), r.likelihood().name(), r.impact().name(), r.mitigation()).execute();
        }
        for (VersionActivity.Milestone m : a.milestones()) {
            if (m.doneOn() == null) {
                db.insertInto(MILESTONE, MILESTONE.ACTIVITY_ID, MILESTONE.TITLE, MILESTONE.DUE_MONTH)
                        .values(newId, m.title(), m.dueMonth()).execute();
            }
        }
        events.publishEvent(EntityChanged.created("Activity", newId).field("code", null, code)
                .field("title", null, a.title()).field("workPlanId", null, targetId)
                .field("carriedFrom", null, a.code()).build());
    }

    // ------------------------------------------------------------------ revisions: what changed

    /** Compares the work plan's activities now with the last approved version before {@code versionNumber}. */
    private RevisionChanges changesSinceApproved(long id, int versionNumber) {
        Integer last = db.select(DSL.max(VERSION_SNAPSHOT.VERSION_NUMBER)).from(VERSION_SNAPSHOT)
                .where(VERSION_SNAPSHOT.WORK_PLAN_ID.eq(id)).and(VERSION_SNAPSHOT.VERSION_NUMBER.lt(versionNumber))
                .fetchOne().value1();
        List<VersionActivity> before = last == null ? List.of() : version(id, last).activities();
        List<VersionActivity> now = snapshots.of(id);
        Map<Long, VersionActivity> old = before.stream()
                .collect(Collectors.toMap(VersionActivity::id, a -> a, (a, b) -> a, LinkedHashMap::new));
        Set<Long> present = now.stream().map(VersionActivity::id).collect(Collectors.toSet());
        List<RevisionChanges.Entry> added = new ArrayList<>();
        List<RevisionChanges.Entry> changed = new ArrayList<>();
        for (VersionActivity a : now) {
            VersionActivity was = old.get(a.id());
            if (was == null) {
                added.add(new RevisionChanges.Entry(a.code(), a.title(), List.of()));
            } else {
                List<String> fields = was.planningDifferences(a);
                if (!fields.isEmpty()) {
                    changed.add(new RevisionChanges.Entry(a.code(), a.title(), fields));
                }
            }
        }
        List<RevisionChanges.Entry> removed = before.stream().filter(a -> !present.contains(a.id()))
                .map(a -> new RevisionChanges.Entry(a.code(), a.title(), List.of())).toList();
        return new RevisionChanges(added, removed, changed, 0);
    }

    /** The record of changes as JSON that fits its column: entries are left out, and counted, until it does. */
    private String writeChanges(RevisionChanges changes) {
        List<List<RevisionChanges.Entry>> lists = List.of(new ArrayList<>(changes.added()),
                new ArrayList<>(changes.removed()), new ArrayList<>(changes.changed()));
        int omitted = 0;
        while (true) {
            String text = json.writeValueAsString(new RevisionChanges(lists.get(0), lists.get(1), lists.get(2), omitted));
            if (text.length() <= TEXT_MAX) {
                return text;
            }
            List<RevisionChanges.Entry> longest = lists.stream().max((a, b) -> Integer.compare(a.size(), b.size()))
                    .orElseThrow();
            longest.remove(longest.size() - 1);
            omitted++;
        }
    }

    private RevisionChanges readChanges(String text) {
        return text == null ? null : json.readValue(text, RevisionChanges.class);
    }

    // ------------------------------------------------------------------ helpers

    private List<WorkPlanApproval> approvals(long id, int versionNumber, Map<Long, String> names) {
        return db.select(APPROVAL.USER_ID, APPROVAL.MEMBER_CODE, APPROVAL.APPROVED_AT).from(APPROVAL)
                .where(APPROVAL.WORK_PLAN_ID.eq(id)).and(APPROVAL.VERSION_NUMBER.eq(versionNumber))
                .orderBy(APPROVAL.APPROVED_AT, APPROVAL.ID)
                .fetch(r -> new WorkPlanApproval(r.value1(), name(r.value1(), names), r.value2(), r.value3()));
    }

    private String name(long userId, Map<Long, String> names) {
        return names.computeIfAbsent(userId, k -> users.find(k).map(UserAccount::displayName).orElse("#" + k));
    }

    private void step(long workPlanId, int versionNumber, WorkPlanStep.Action action, Actor actor, String comment) {
        db.insertInto(WORK_PLAN_STEP, WORK_PLAN_STEP.WORK_PLAN_ID, WORK_PLAN_STEP.VERSION_NUMBER, WORK_PLAN_STEP.ACTION,
                        WORK_PLAN_STEP.USER_ID, WORK_PLAN_STEP.MEMBER_CODE, WORK_PLAN_STEP.COMMENT)
                .values(workPlanId, versionNumber, action.name(), actor.id(), actor.memberCode(), comment).execute();
    }

    private EntityChanged.Builder statusChange(WorkPlanHeader header, WorkPlanStatus to) {
        return EntityChanged.updated("WorkPlan", header.id()).field("status", header.status().name(), to.name());
    }

    private void requireStatus(WorkPlanHeader header, WorkPlanStatus wanted, String messageKey) {
        if (header.status() != wanted) {
            throw new ConflictException("status", messageKey, String.valueOf(header.year()), label(header.status()));
        }
    }

    /** The co-managing side the user approves for; 409 naming the sides when the user has none of them. */
    private String requireCoManagingSide(Actor actor, Map<String, String> sides) {
        if (!actor.roles().contains(Role.CO_MANAGER)) {
            throw new AccessDeniedException("only Co-Managers approve or return work plans");
        }
        String list = String.join(text("workplan.lifecycle.side.or"), sides.values());
        if (actor.memberCode() == null) {
            throw new ConflictException("approval", "workplan.lifecycle.side.noMember", list);
        }
        if (!sides.containsKey(actor.memberCode())) {
            throw new ConflictException("approval", "workplan.lifecycle.side.other", actor.memberCode(), list);
        }
        return actor.memberCode();
    }

    private static String requiredText(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of(field, "validation.required");
        }
        if (text.length() > TEXT_MAX) {
            throw InvalidInputException.of(field, "validation.length.max", String.valueOf(TEXT_MAX));
        }
        return text;
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser;
    }

    private Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
            throw new AccessDeniedException("a work plan step needs a signed-in user");
        }
        UserAccount account = users.get(user.id());
        return new Actor(account.id(), account.displayName(), account.memberCode(), account.roles());
    }

    private String label(WorkPlanStatus status) {
        return text("workplan.status." + status.name());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static String stamp(OffsetDateTime at) {
        return STAMP.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
