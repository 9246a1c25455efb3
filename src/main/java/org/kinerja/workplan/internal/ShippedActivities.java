package org.kinerja.workplan.internal;

import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PARTNER;
import static org.kinerja.workplan.db.Tables.REFERENCE_LOAD;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;
import static org.kinerja.workplan.db.Tables.WORK_PLAN_STEP;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerService;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.EntityChanged;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.PartnerRole;
import org.kinerja.workplan.WorkPlanStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the activities the Strategic Plan lists as examples under its purposes
 * ({@code src/main/resources/workplan/*.json}) into the work plan of their year at start-up, after the
 * shipped plan (50), directory (55) and results framework (60): once per resource version, recorded in
 * {@code workplan.reference_load}, so activities that users change or delete stay as they left them. The
 * work plan is created as a DRAFT when absent; a work plan that is submitted or approved is not changed
 * (its planning is closed) and the file is tried again at the next start. Nodes starting together wait for
 * each other on a transaction-scoped advisory lock.
 */
@Component
@Order(65)
class ShippedActivities implements ApplicationRunner {

    static final String SHIPPED = "workplan/SP-2021-22-2021-activities.json";

    /** Key of the advisory lock that serialises loading shipped activities when several nodes start at once. */
    private static final long REFERENCE_DATA_LOCK = 0x4b494e57504cL;

    private static final Log log = LogFactory.getLog(ShippedActivities.class);

    /** The layout of a shipped activities file. */
    record ShippedFile(int resourceVersion, String sources, String planCode, int year, List<ShippedActivity> activities) {

        ShippedFile {
            activities = activities == null ? List.of() : List.copyOf(activities);
        }
    }

    record ShippedActivity(int purposeNumber, ActivityType type, String title, List<ShippedPartner> partners) {

        ShippedActivity {
            partners = partners == null ? List.of() : List.copyOf(partners);
        }
    }

    /** A partner named by its short name or name in the directory. */
    record ShippedPartner(String partner, PartnerRole role, BigDecimal sharePercent) {
    }

    private final DSLContext db;
    private final PlanService plans;
    private final PartnerService partners;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    ShippedActivities(DSLContext db, PlanService plans, PartnerService partners, TransactionTemplate transactions,
                      JsonMapper json, ApplicationEventPublisher events) {
        this.db = db;
        this.plans = plans;
        this.partners = partners;
        this.transactions = transactions;
        this.json = json;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = load(new ClassPathResource(SHIPPED));
        if (added > 0) {
            log.info("Loaded " + added + " shipped activities from " + SHIPPED + ".");
        }
    }

    /**
     * Loads one shipped activities file; how many activities it added (0 when the file was loaded before, its
     * plan does not exist or its work plan's planning is closed).
     */
    int load(Resource resource) {
        ShippedFile file = read(resource);
        Integer added = transactions.execute(status -> {
            db.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(REFERENCE_DATA_LOCK))).fetch();
            String key = resource.getFilename();
            Integer loaded = db.select(REFERENCE_LOAD.RESOURCE_VERSION).from(REFERENCE_LOAD)
                    .where(REFERENCE_LOAD.RESOURCE.eq(key)).fetchOne(REFERENCE_LOAD.RESOURCE_VERSION);
            if (loaded != null && loaded >= file.resourceVersion()) {
                return 0;
            }
            Plan plan = plans.find(file.planCode()).orElse(null);
            if (plan == null) {
                log.warn("The shipped activities " + resource + " are for plan " + file.planCode()
                        + ", which does not exist; they were not loaded.");
                return 0;
            }
            check(file, plan, resource);
            long workPlanId = workPlan(file);
            String workPlanStatus = db.select(WORK_PLAN.STATUS).from(WORK_PLAN).where(WORK_PLAN.ID.eq(workPlanId))
                    .forUpdate().fetchOne(WORK_PLAN.STATUS);
            if (!WorkPlanStatus.DRAFT.name().equals(workPlanStatus)) {
                log.warn("The " + file.year() + " work plan of " + file.planCode() + " is " + workPlanStatus
                        + "; the shipped activities " + resource + " were not loaded.");
                return 0;
            }
            List<Partner> directory = partners.all();
            int count = 0;
            for (ShippedActivity a : file.activities()) {
                if (db.fetchExists(ACTIVITY, ACTIVITY.WORK_PLAN_ID.eq(workPlanId), ACTIVITY.TITLE.eq(a.title()))) {
                    continue;
                }
                insert(workPlanId, file, a, directory, resource);
                count++;
            }
            db.insertInto(REFERENCE_LOAD, REFERENCE_LOAD.RESOURCE, REFERENCE_LOAD.RESOURCE_VERSION)
                    .values(key, file.resourceVersion())
                    .onConflict(REFERENCE_LOAD.RESOURCE).doUpdate()
                    .set(REFERENCE_LOAD.RESOURCE_VERSION, file.resourceVersion())
                    .set(REFERENCE_LOAD.LOADED_AT, DSL.currentOffsetDateTime())
                    .execute();
            return count;
        });
        return added == null ? 0 : added;
    }

    /** The id of the file's work plan, created as a DRAFT when absent. */
    private long workPlan(ShippedFile file) {
        Optional<Long> existing = db.select(WORK_PLAN.ID).from(WORK_PLAN)
                .where(WORK_PLAN.PLAN_CODE.eq(file.planCode())).and(WORK_PLAN.YEAR.eq(file.year()))
                .fetchOptional(WORK_PLAN.ID);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = db.insertInto(WORK_PLAN, WORK_PLAN.PLAN_CODE, WORK_PLAN.YEAR)
                .values(file.planCode(), file.year()).returning(WORK_PLAN.ID).fetchOne(WORK_PLAN.ID);
        db.insertInto(WORK_PLAN_STEP, WORK_PLAN_STEP.WORK_PLAN_ID, WORK_PLAN_STEP.VERSION_NUMBER, WORK_PLAN_STEP.ACTION,
                WORK_PLAN_STEP.COMMENT).values(id, 1, "CREATED", "Shipped with Kinerja: " + SHIPPED).execute();
        events.publishEvent(EntityChanged.created("WorkPlan", id).field("planCode", null, file.planCode())
                .field("year", null, file.year()).field("status", null, WorkPlanStatus.DRAFT.name())
                .field("source", null, SHIPPED).build());
        return id;
    }

    private void insert(long workPlanId, ShippedFile file, ShippedActivity a, List<Partner> directory, Resource resource) {
        int sequence = db.select(DSL.coalesce(DSL.max(ACTIVITY.SEQUENCE), 0)).from(ACTIVITY)
                .where(ACTIVITY.WORK_PLAN_ID.eq(workPlanId)).and(ACTIVITY.PURPOSE_NUMBER.eq(a.purposeNumber()))
                .fetchOne(0, Integer.class) + 1;
        String code = String.format(Locale.ROOT, "%d-P%d-%02d", file.year(), a.purposeNumber(), sequence);
        long id = db.insertInto(ACTIVITY, ACTIVITY.WORK_PLAN_ID, ACTIVITY.CODE, ACTIVITY.PURPOSE_NUMBER,
                        ACTIVITY.SEQUENCE, ACTIVITY.TITLE, ACTIVITY.TYPE, ACTIVITY.STATUS, ACTIVITY.LISTED_IN_PLAN)
                .values(workPlanId, code, a.purposeNumber(), sequence, a.title(), a.type().name(),
                        ActivityStatus.PLANNED.name(), true)
                .returning(ACTIVITY.ID).fetchOne(ACTIVITY.ID);
        List<String> credited = new ArrayList<>();
        for (ShippedPartner p : a.partners()) {
            Optional<Partner> match = directory.stream().filter(d -> p.partner().equalsIgnoreCase(d.shortName())
                    || p.partner().equalsIgnoreCase(d.name())).findFirst();
            if (match.isEmpty()) {
                log.warn("The directory has no partner " + p.partner() + "; activity " + code
                        + " was loaded without it.");
                continue;
            }
            db.insertInto(ACTIVITY_PARTNER, ACTIVITY_PARTNER.ACTIVITY_ID, ACTIVITY_PARTNER.PARTNER_ID,
                    ACTIVITY_PARTNER.ROLE, ACTIVITY_PARTNER.SHARE_PERCENT)
                    .values(id, match.get().id(), p.role().name(), p.sharePercent()).execute();
            credited.add(match.get().id() + " " + p.role().name() + " " + p.sharePercent().toPlainString() + "%");
        }
        events.publishEvent(EntityChanged.created("Activity", id).field("code", null, code)
                .field("workPlanId", null, workPlanId).field("purposeNumber", null, a.purposeNumber())
                .field("type", null, a.type().name()).field("title", null, a.title())
                .field("listedInPlan", null, true).field("partners", null, String.join(", ", credited))
                .field("source", null, resource.getFilename() + " version " + file.resourceVersion()).build());
    }

    private ShippedFile read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, ShippedFile.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The shipped activities " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A shipped file that breaks the rules users are held to is a build defect: fail the start. */
    static void check(ShippedFile file, Plan plan, Resource resource) {
        List<String> problems = new ArrayList<>();
        if (file.year() < plan.startYear() || file.year() > plan.endYear()) {
            problems.add("year " + file.year() + " is outside the plan");
        }
        for (int n = 0; n < file.activities().size(); n++) {
            ShippedActivity a = file.activities().get(n);
            String at = "activities[" + n + "]";
            if (a.title() == null || a.title().isBlank() || a.title().length() > 300) {
                problems.add(at + ".title is blank or longer than 300 characters");
            }
            if (a.type() == null) {
                problems.add(at + ".type is missing");
            }
            if (plan.purpose(a.purposeNumber()).isEmpty()) {
                problems.add(at + ".purposeNumber " + a.purposeNumber() + " is not a purpose of the plan");
            }
            BigDecimal shares = BigDecimal.ZERO;
            for (ShippedPartner p : a.partners()) {
                if (p.partner() == null || p.role() == null || p.sharePercent() == null
                        || p.sharePercent().signum() < 0) {
                    problems.add(at + ".partners: a partner, role and share of at least 0 are required");
                } else {
                    shares = shares.add(p.sharePercent());
                }
            }
            if (shares.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(at + ".partners: shares sum to more than 100");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The shipped activities " + resource + " break the rules: "
                    + String.join("; ", problems));
        }
    }
}
