package org.kinerja.workplan;

import static org.kinerja.workplan.db.Tables.APPROVAL;
import static org.kinerja.workplan.db.Tables.REFERENCE_LOAD;
import static org.kinerja.workplan.db.Tables.REVISION;
import static org.kinerja.workplan.db.Tables.VERSION_SNAPSHOT;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;
import static org.kinerja.workplan.db.Tables.WORK_PLAN_STEP;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerService;
import org.kinerja.plan.PlanService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's work plans: the 2021 work plan of SP-2021-22 (the shipped example activities filled in,
 * plus demo ones) approved by both Co-Managers, revised once after COVID-19 border closures and approved
 * again; its unfinished activities carried over to an approved 2022 work plan; statuses, actual dates,
 * expenditure, milestones and progress updates as the years went. Everything goes through the work plan and
 * activity services, signed in as the demo officer and the two demo Co-Managers, so the audit trail, the
 * version snapshots and the revision log are the real ones; only the dates of the approval steps are moved
 * back to 2020–2021 afterwards. Added once, and only while the 2021 work plan is still the shipped draft.
 */
@Component
@Profile("demo")
@Order(110)
class WorkPlanDemoData implements ApplicationRunner {

    static final String PLAN = "SP-2021-22";
    static final String RESOURCE = "demo-workplans";
    static final String OFFICER = "officer@kinerja.demo";
    static final String CO_MANAGER_AUS = "comanager.aus@kinerja.demo";
    static final String CO_MANAGER_IDN = "comanager.idn@kinerja.demo";
    static final String REVISION_REASON = "COVID-19 border closures continue into 2021: the trainings and workshops "
            + "planned in person for the first half move online, their travel budgets are cut, and a webinar series "
            + "for labour inspectors is added at the request of Working Group members.";

    private static final Logger log = LoggerFactory.getLogger(WorkPlanDemoData.class);

    /** One line of {@code workplan/demo-activities.csv}. */
    record Row(String ref, int purpose, ActivityType type, String title, Modality modality, YearMonth plannedStart,
               YearMonth plannedEnd, ActivityStatus status, String statusReason, BigDecimal budget,
               BigDecimal expenditure, List<ActivityInput.PartnerShare> partners, List<String> countries,
               int genderMarker) {

        boolean shipped() {
            return ref.startsWith("seed:");
        }

        boolean carried() {
            return ref.startsWith("carry:");
        }

        /** The year a new demo activity belongs to; 0 for shipped and carried ones. */
        int year() {
            return ref.matches("\\d{4}") ? Integer.parseInt(ref) : 0;
        }

        String target() {
            return ref.substring(ref.indexOf(':') + 1);
        }

        /** Added by the 2021 revision rather than planned in version 1. */
        boolean addedByRevision() {
            return year() == 2021 && type == ActivityType.WEBINAR;
        }

        /** An event of 2021's first half planned in person in version 1 and moved online by the revision. */
        boolean movedOnline(ActivityType actualType) {
            return (shipped() || year() == 2021) && modality == Modality.VIRTUAL
                    && plannedStart.getMonthValue() <= 6 && EVENT_TYPES.contains(actualType);
        }
    }

    private static final List<ActivityType> EVENT_TYPES = List.of(ActivityType.TRAINING, ActivityType.WORKSHOP,
            ActivityType.TABLETOP_EXERCISE, ActivityType.CONFERENCE, ActivityType.ROUNDTABLE);

    private final DSLContext db;
    private final WorkPlanService workPlans;
    private final ActivityService activities;
    private final ActivityLookup lookup;
    private final PartnerService partners;
    private final PlanService plans;
    private final UserDetailsService users;
    private final TransactionTemplate transactions;

    WorkPlanDemoData(DSLContext db, WorkPlanService workPlans, ActivityService activities, ActivityLookup lookup,
                     PartnerService partners, PlanService plans, UserDetailsService users,
                     TransactionTemplate transactions) {
        this.db = db;
        this.workPlans = workPlans;
        this.activities = activities;
        this.lookup = lookup;
        this.partners = partners;
        this.plans = plans;
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (db.fetchExists(REFERENCE_LOAD, REFERENCE_LOAD.RESOURCE.eq(RESOURCE))) {
            return;
        }
        Optional<WorkPlan> shipped = workPlans.find(PLAN, 2021);
        if (shipped.isEmpty() || shipped.get().status() != WorkPlanStatus.DRAFT || shipped.get().versionNumber() != 1
                || workPlans.find(PLAN, 2022).isPresent()) {
            log.info("Demo work plans skipped: the 2021 work plan of {} is no longer the shipped draft", PLAN);
            return;
        }
        Optional<UserDetails> officer = user(OFFICER);
        Optional<UserDetails> aus = user(CO_MANAGER_AUS);
        Optional<UserDetails> idn = user(CO_MANAGER_IDN);
        if (officer.isEmpty() || aus.isEmpty() || idn.isEmpty()) {
            log.info("Demo work plans skipped: the demo officer and Co-Managers are missing");
            return;
        }
        List<Row> rows = rows(partnerIds());
        transactions.executeWithoutResult(status -> load(shipped.get().id(), rows, officer.get(), aus.get(), idn.get()));
        log.info("Demo work plans 2021 (revised once) and 2022 approved with {} activity lines", rows.size());
    }

    private void load(long plan2021, List<Row> rows, UserDetails officer, UserDetails aus, UserDetails idn) {
        long officerId = ((org.kinerja.shared.SignedInUser) officer).id();
        Map<Row, Long> ids = new HashMap<>();
        // version 1 of 2021: the shipped activities filled in, the demo ones added, as first planned
        as(officer, () -> {
            for (Row row : rows) {
                if (row.shipped()) {
                    ActivityRef ref = lookup.findByCode(PLAN, row.target()).orElse(null);
                    if (ref != null) {
                        Activity a = activities.get(ref.id());
                        ids.put(row, planMilestones(activities.update(a.id(), planning(a, row, officerId, true)), row));
                    }
                } else if (row.year() == 2021 && !row.addedByRevision()) {
                    ids.put(row, planMilestones(activities.create(planning(null, row, officerId, true, plan2021)), row));
                }
            }
            return workPlans.submit(plan2021);
        });
        approveByBoth(plan2021, aus, idn);
        // the revision of 2021: online delivery after the border closures, and one activity added
        as(officer, () -> {
            workPlans.openRevision(plan2021, REVISION_REASON);
            for (Row row : rows) {
                Activity a = ids.containsKey(row) ? activities.get(ids.get(row)) : null;
                if (a != null && row.movedOnline(a.type())) {
                    activities.update(a.id(), planning(a, row, officerId, false));
                } else if (row.addedByRevision()) {
                    ids.put(row, planMilestones(activities.create(planning(null, row, officerId, false, plan2021)), row));
                }
            }
            return workPlans.submit(plan2021);
        });
        approveByBoth(plan2021, aus, idn);
        as(officer, () -> implement(rows, ids, 2021, officerId));
        // 2022: the unfinished activities carried over, then the year's own activities
        long plan2022 = as(officer, () -> workPlans.carryOver(plan2021)).targetWorkPlanId();
        as(officer, () -> {
            Map<String, Activity> carried = new HashMap<>();
            for (ActivityRef ref : lookup.ofYear(PLAN, 2022)) {
                Activity a = activities.get(ref.id());
                carried.put(a.title(), a);
            }
            for (Row row : rows) {
                if (row.carried()) {
                    String title = row.target().matches("\\d{4}-P\\d+-\\d+")
                            ? lookup.findByCode(PLAN, row.target()).map(ActivityRef::title).orElse(null)
                            : row.target();
                    Activity a = title == null ? null : carried.get(title);
                    if (a != null) {
                        ids.put(row, activities.update(a.id(), planning(a, row, officerId, false)).id());
                        // the milestones carried over are now due by the new planned end
                        for (Milestone m : activities.milestones(a.id())) {
                            activities.updateMilestone(a.id(), m.id(), new Milestone.Input(m.title(), row.plannedEnd(), null));
                        }
                    }
                } else if (row.year() == 2022) {
                    ids.put(row, planMilestones(activities.create(planning(null, row, officerId, false, plan2022)), row));
                }
            }
            return workPlans.submit(plan2022);
        });
        approveByBoth(plan2022, aus, idn);
        as(officer, () -> implement(rows, ids, 2022, officerId));
        backdate(plan2021, LocalDate.of(2020, 11, 16), LocalDate.of(2021, 3, 15));
        backdate(plan2022, LocalDate.of(2021, 11, 22), null);
        db.insertInto(REFERENCE_LOAD, REFERENCE_LOAD.RESOURCE, REFERENCE_LOAD.RESOURCE_VERSION).values(RESOURCE, 1)
                .execute();
    }

    /** An activity of more than a month gets two milestones when it is planned; returns its id. */
    private long planMilestones(Activity a, Row row) {
        if (!row.plannedStart().equals(row.plannedEnd())) {
            activities.addMilestone(a.id(), new Milestone.Input("Concept note agreed with the requesting members",
                    row.plannedStart(), null));
            activities.addMilestone(a.id(), new Milestone.Input("Delivery complete", row.plannedEnd(), null));
        }
        return a.id();
    }

    private void approveByBoth(long workPlanId, UserDetails aus, UserDetails idn) {
        as(aus, () -> workPlans.approve(workPlanId));
        as(idn, () -> workPlans.approve(workPlanId));
    }

    /** The activity's planning fields as the row gives them; the first 2021 version keeps events in person. */
    private ActivityInput planning(Activity current, Row row, long officerId, boolean firstVersion) {
        return planning(current, row, officerId, firstVersion, current.workplanId());
    }

    private ActivityInput planning(Activity current, Row row, long officerId, boolean firstVersion, long workPlanId) {
        String title = current == null ? row.title() : current.title();
        ActivityType type = current == null ? row.type() : current.type();
        boolean inPersonFirst = firstVersion && row.movedOnline(type);
        Modality modality = inPersonFirst ? Modality.IN_PERSON : row.modality();
        // travel made the in-person version dearer: 30 % more than the online one
        BigDecimal budget = inPersonFirst
                ? row.budget().multiply(BigDecimal.valueOf(13, 1)).setScale(0, java.math.RoundingMode.HALF_UP)
                : row.budget();
        int purpose = current == null ? row.purpose() : current.purposeNumber();
        String description = current == null || current.description().isBlank() ? description(type) : current.description();
        return new ActivityInput(workPlanId, title, purpose, null, type, null, null, description,
                objectives(type), officerId, row.partners(), null, List.of(), row.countries(), modality,
                row.plannedStart(), row.plannedEnd(), current == null ? null : current.actualStart(),
                current == null ? null : current.actualEnd(), new ActivityInput.Budget(budget, "AUD"),
                current == null ? null : current.expenditure(), row.genderMarker(), justification(row.genderMarker()),
                principles(row, modality), current == null ? null : current.version());
    }

    /** Status, actual dates, expenditure, milestones and progress updates of one year's activities. */
    private Void implement(List<Row> rows, Map<Row, Long> ids, int year, long officerId) {
        int n = 0;
        for (Row row : rows) {
            Long id = ids.get(row);
            if (id == null || row.status() == ActivityStatus.PLANNED) {
                continue;
            }
            Activity a = activities.get(id);
            if (a.year() != year) {
                continue;
            }
            n++;
            LocalDate start = row.plannedStart().atDay(Math.min(5 + n % 10, 28));
            LocalDate end = row.plannedEnd().atDay(Math.min(14 + n % 12, 28));
            boolean started = row.status() != ActivityStatus.CANCELLED || row.expenditure().signum() > 0;
            LocalDate actualStart = row.status() == ActivityStatus.POSTPONED || row.status() == ActivityStatus.CANCELLED
                    ? null : (a.actualStart() != null ? a.actualStart() : start);
            LocalDate actualEnd = row.status() == ActivityStatus.COMPLETED ? end : null;
            a = activities.update(id, new ActivityInput(a.workplanId(), a.title(), a.purposeNumber(), a.outcomeCode(),
                    a.type(), null, null, a.description(), a.objectives(), a.leadOfficerId(), shares(a), requested(a),
                    a.commitmentIds(), a.countryCodes(), a.modality(), a.plannedStart(), a.plannedEnd(), actualStart,
                    actualEnd, new ActivityInput.Budget(a.budget().amount(), a.budget().currency()),
                    started ? row.expenditure() : BigDecimal.ZERO, a.genderMarker(), a.genderMarkerJustification(),
                    a.principles().stream().map(p -> new ActivityInput.PrincipleMarker(p.number(), p.rating(),
                            p.evidence())).toList(), a.version()));
            if (row.status() != a.status()) {
                if (row.status() == ActivityStatus.COMPLETED && a.status() == ActivityStatus.PLANNED) {
                    a = activities.changeStatus(id, ActivityStatus.IN_PROGRESS, null, a.version());
                }
                a = activities.changeStatus(id, row.status(), row.statusReason(), a.version());
            }
            for (Milestone m : activities.milestones(id)) {
                LocalDate done = null;
                if (actualEnd != null) {
                    LocalDate due = m.dueMonth().atDay(20);
                    done = due.isAfter(actualEnd) ? actualEnd : due;
                } else if (actualStart != null && m.dueMonth().equals(row.plannedStart())) {
                    done = m.dueMonth().atDay(20);
                }
                if (done != null) {
                    activities.updateMilestone(id, m.id(), new Milestone.Input(m.title(), m.dueMonth(), done));
                }
            }
            if (actualStart != null) {
                LocalDate reported = actualEnd != null ? actualEnd.plusDays(7) : YearMonth.of(year, 12).atDay(10);
                activities.addProgressUpdate(id, new ProgressUpdate.Input(reported, progress(row, n), null));
            }
        }
        return null;
    }

    private static List<ActivityInput.PartnerShare> shares(Activity a) {
        return a.partners().stream().map(p -> new ActivityInput.PartnerShare(p.partnerId(), p.role(), p.sharePercent()))
                .toList();
    }

    private static ActivityInput.RequestedBy requested(Activity a) {
        Activity.RequestedBy r = a.requestedBy();
        return r == null || !r.anybody() ? null : new ActivityInput.RequestedBy(r.memberCode(), r.bodyId(), r.coChairs());
    }

    private static String progress(Row row, int n) {
        return switch (row.status()) {
            case COMPLETED -> n % 3 == 0
                    ? "Delivered as planned; the summary report went to the members who took part and to the Steering Group."
                    : n % 3 == 1
                    ? "Completed. Participants' evaluations were positive; follow-up requests were logged for next year."
                    : "Completed within budget; lessons learned recorded for the next work plan.";
            case IN_PROGRESS -> "Under way: the first deliverables are with the partners for review.";
            case POSTPONED -> "Postponed: " + row.statusReason();
            default -> "Status recorded.";
        };
    }

    private List<ActivityInput.PrincipleMarker> principles(Row row, Modality modality) {
        List<ActivityInput.PrincipleMarker> markers = new ArrayList<>();
        for (var principle : plans.principles(PLAN)) {
            int number = principle.number();
            markers.add(switch (number) {
                case 1 -> new ActivityInput.PrincipleMarker(number, PrincipleRating.APPLIED,
                        "Scoped with the members and partners who asked for it.");
                case 2 -> row.genderMarker() == 0
                        ? new ActivityInput.PrincipleMarker(number, PrincipleRating.PARTLY,
                        "Participation recorded by sex; no gender-specific objective.")
                        : new ActivityInput.PrincipleMarker(number, PrincipleRating.APPLIED,
                        "Gender analysis informed the design; women's participation is tracked.");
                case 3 -> new ActivityInput.PrincipleMarker(number, PrincipleRating.APPLIED,
                        "Content checked against international law, including human rights and refugee law.");
                default -> modality == Modality.VIRTUAL || modality == Modality.HYBRID
                        ? new ActivityInput.PrincipleMarker(number, PrincipleRating.APPLIED,
                        "Delivery adapted to travel restrictions and members' changing priorities.")
                        : new ActivityInput.PrincipleMarker(number, PrincipleRating.NOT_RELEVANT,
                        "Delivered as first planned; no change of priorities called for adapting it.");
            });
        }
        return markers;
    }

    private static String justification(int marker) {
        return switch (marker) {
            case 1 -> "Gender equality is a deliberate secondary objective: sex-disaggregated participation targets and a gender session.";
            case 2 -> "Gender equality is the principal objective: designed around the protection of women and girls who are victims of trafficking.";
            default -> null;
        };
    }

    private static String description(ActivityType type) {
        return switch (type) {
            case TRAINING, TRAINING_MODULE, WEBINAR -> "Capacity building for officials of Bali Process members (demo record).";
            case WORKSHOP, TABLETOP_EXERCISE, ROUNDTABLE, CONFERENCE -> "A regional event bringing member practitioners together (demo record).";
            case OUTREACH -> "Outreach beyond the Bali Process architecture (demo record).";
            default -> "Work delivered with Bali Process members and partners (demo record).";
        };
    }

    private static String objectives(ActivityType type) {
        return switch (type) {
            case TRAINING, TRAINING_MODULE, WEBINAR, WORKSHOP, TABLETOP_EXERCISE ->
                    "Participants apply what they learned in their agencies within six months.";
            case OUTREACH -> "Partners outside the Bali Process know the RSO's work and refer to it.";
            default -> "Members use the result in their policies or operations.";
        };
    }

    /** Moves the approval steps of a work plan back to when they would have happened. */
    private void backdate(long workPlanId, LocalDate firstSubmission, LocalDate revisionOpened) {
        OffsetDateTime base = firstSubmission.atTime(9, 0).atOffset(ZoneOffset.UTC);
        OffsetDateTime revision = revisionOpened == null ? null : revisionOpened.atTime(9, 0).atOffset(ZoneOffset.UTC);
        var steps = db.select(WORK_PLAN_STEP.ID, WORK_PLAN_STEP.ACTION, WORK_PLAN_STEP.VERSION_NUMBER,
                        WORK_PLAN_STEP.MEMBER_CODE)
                .from(WORK_PLAN_STEP).where(WORK_PLAN_STEP.WORK_PLAN_ID.eq(workPlanId)).orderBy(WORK_PLAN_STEP.ID).fetch();
        int i = 0;
        int previousVersion = 1;
        for (var step : steps) {
            String action = step.value2();
            int version = step.value3();
            if (version != previousVersion) {
                previousVersion = version;
                i = 0;
            }
            // a week between steps; the plan is approved the moment its second side approves
            OffsetDateTime at = "CARRIED_OVER".equals(action)
                    ? OffsetDateTime.of(2021, 12, 20, 9, 0, 0, 0, ZoneOffset.UTC)
                    : (version > 1 && revision != null ? revision : base)
                            .plusDays(7L * ("APPROVED".equals(action) ? Math.max(0, i - 1) : i++));
            db.update(WORK_PLAN_STEP).set(WORK_PLAN_STEP.AT, at).where(WORK_PLAN_STEP.ID.eq(step.value1())).execute();
            switch (action) {
                case "APPROVED" -> {
                    db.update(VERSION_SNAPSHOT).set(VERSION_SNAPSHOT.APPROVED_AT, at)
                            .where(VERSION_SNAPSHOT.WORK_PLAN_ID.eq(workPlanId))
                            .and(VERSION_SNAPSHOT.VERSION_NUMBER.eq(version)).execute();
                    db.update(REVISION).set(REVISION.APPROVED_AT, at).where(REVISION.WORK_PLAN_ID.eq(workPlanId))
                            .and(REVISION.VERSION_NUMBER.eq(version)).execute();
                    db.update(WORK_PLAN).set(WORK_PLAN.APPROVED_AT, at).where(WORK_PLAN.ID.eq(workPlanId)).execute();
                }
                case "APPROVED_BY_SIDE" -> db.update(APPROVAL).set(APPROVAL.APPROVED_AT, at)
                        .where(APPROVAL.WORK_PLAN_ID.eq(workPlanId)).and(APPROVAL.VERSION_NUMBER.eq(version))
                        .and(APPROVAL.MEMBER_CODE.eq(step.value4())).execute();
                case "SUBMITTED" -> db.update(WORK_PLAN).set(WORK_PLAN.SUBMITTED_AT, at)
                        .where(WORK_PLAN.ID.eq(workPlanId)).execute();
                case "REVISION_OPENED" -> db.update(REVISION).set(REVISION.OPENED_AT, at)
                        .where(REVISION.WORK_PLAN_ID.eq(workPlanId)).and(REVISION.VERSION_NUMBER.eq(version)).execute();
                default -> {
                    // created and carried-over steps keep the date set above
                }
            }
        }
    }

    private Optional<UserDetails> user(String email) {
        try {
            return Optional.of(users.loadUserByUsername(email));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Runs the work signed in as that user, as the services take the actor from the security context. */
    private static <T> T as(UserDetails user, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Map<String, Long> partnerIds() {
        Map<String, Long> ids = new HashMap<>();
        for (Partner p : partners.all()) {
            if (p.shortName() != null) {
                ids.put(p.shortName().toUpperCase(Locale.ROOT), p.id());
            }
        }
        return ids;
    }

    /** The demo lines; a partner the directory no longer has is left out. */
    static List<Row> rows(Map<String, Long> partnerIds) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = WorkPlanDemoData.class.getResourceAsStream("/workplan/demo-activities.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                List<ActivityInput.PartnerShare> shares = new ArrayList<>();
                for (String p : f[11].isEmpty() ? new String[0] : f[11].split(";")) {
                    String[] parts = p.split(":");
                    Long id = partnerIds.get(parts[0].toUpperCase(Locale.ROOT));
                    if (id != null) {
                        shares.add(new ActivityInput.PartnerShare(id, PartnerRole.valueOf(parts[1]), new BigDecimal(parts[2])));
                    }
                }
                rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2].isEmpty() ? null : ActivityType.valueOf(f[2]),
                        f[3].isEmpty() ? null : f[3], Modality.valueOf(f[4]), YearMonth.parse(f[5]), YearMonth.parse(f[6]),
                        ActivityStatus.valueOf(f[7]), f[8].isEmpty() ? null : f[8], new BigDecimal(f[9]),
                        new BigDecimal(f[10]), shares, f[12].isEmpty() ? List.of() : List.of(f[12].split(";")),
                        Integer.parseInt(f[13])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
