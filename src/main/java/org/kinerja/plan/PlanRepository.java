package org.kinerja.plan;

import static org.jooq.impl.DSL.case_;
import static org.jooq.impl.DSL.inline;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.kinerja.plan.db.Tables.CO_MANAGER;
import static org.kinerja.plan.db.Tables.EXAMPLE_ACTIVITY;
import static org.kinerja.plan.db.Tables.FOREWORD_SIGNATORY;
import static org.kinerja.plan.db.Tables.ORGANISATION_PROFILE;
import static org.kinerja.plan.db.Tables.PLAN_;
import static org.kinerja.plan.db.Tables.PRINCIPLE;
import static org.kinerja.plan.db.Tables.PURPOSE;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/**
 * The plan schema, read and written with jOOQ. Whole plans are read in one statement, their parts
 * nested with {@code multiset}.
 */
@Repository
class PlanRepository {

    /** Key of the advisory lock that serialises loading shipped plans when several nodes start at once. */
    private static final long REFERENCE_DATA_LOCK = 0x4b494e504c414eL;

    private final DSLContext dsl;

    PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The id and version of a plan, with its row locked until the transaction ends. */
    record Locked(long id, int version) {
    }

    Optional<Plan> find(String code) {
        Field<List<String>> activities = multiset(
                select(EXAMPLE_ACTIVITY.TEXT).from(EXAMPLE_ACTIVITY)
                        .where(EXAMPLE_ACTIVITY.PURPOSE_ID.eq(PURPOSE.ID))
                        .orderBy(EXAMPLE_ACTIVITY.POSITION))
                .convertFrom(r -> r.map(Record1::value1));
        return dsl.select(PLAN_.CODE, PLAN_.TITLE, PLAN_.START_YEAR, PLAN_.END_YEAR, PLAN_.FOREWORD,
                        PLAN_.DESCRIPTION, PLAN_.MISSION, PLAN_.REPORTING, PLAN_.VERSION, PLAN_.UPDATED_AT,
                        multiset(select(FOREWORD_SIGNATORY.NAME, FOREWORD_SIGNATORY.ROLE_TITLE,
                                FOREWORD_SIGNATORY.COUNTRY_CODE, FOREWORD_SIGNATORY.COUNTRY_NAME)
                                .from(FOREWORD_SIGNATORY)
                                .where(FOREWORD_SIGNATORY.PLAN_ID.eq(PLAN_.ID))
                                .orderBy(FOREWORD_SIGNATORY.POSITION))
                                .convertFrom(r -> r.map(mapping(Signatory::new))),
                        multiset(select(PRINCIPLE.NUMBER, PRINCIPLE.TITLE, PRINCIPLE.DESCRIPTION)
                                .from(PRINCIPLE)
                                .where(PRINCIPLE.PLAN_ID.eq(PLAN_.ID))
                                .orderBy(PRINCIPLE.NUMBER))
                                .convertFrom(r -> r.map(mapping(Principle::new))),
                        multiset(select(PURPOSE.NUMBER, PURPOSE.TITLE, PURPOSE.SUMMARY, PURPOSE.DESCRIPTION, activities)
                                .from(PURPOSE)
                                .where(PURPOSE.PLAN_ID.eq(PLAN_.ID))
                                .orderBy(PURPOSE.NUMBER))
                                .convertFrom(r -> r.map(mapping(Purpose::new))))
                .from(PLAN_)
                .where(PLAN_.CODE.eq(code))
                .fetchOptional(mapping(Plan::new));
    }

    boolean exists(String code) {
        return dsl.fetchExists(PLAN_, PLAN_.CODE.eq(code));
    }

    ListPage<PlanSummary> list(Integer year, PageQuery page) {
        Condition covering = year == null ? noCondition()
                : PLAN_.START_YEAR.le(year).and(PLAN_.END_YEAR.ge(year));
        List<PlanSummary> items = dsl.select(PLAN_.CODE, PLAN_.TITLE, PLAN_.START_YEAR, PLAN_.END_YEAR, PLAN_.VERSION)
                .from(PLAN_)
                .where(covering)
                .orderBy(PLAN_.START_YEAR.desc(), PLAN_.END_YEAR.desc(), PLAN_.CODE)
                .limit(page.size()).offset(page.offset())
                .fetch(mapping(PlanSummary::new));
        long total = dsl.fetchCount(PLAN_, covering);
        return new ListPage<>(items, page.page(), page.size(), total);
    }

    /** The plan whose period includes {@code year} (the most recently started one), else the latest. */
    Optional<String> currentCode(int year) {
        Field<Integer> covers = case_().when(PLAN_.START_YEAR.le(year).and(PLAN_.END_YEAR.ge(year)), inline(1))
                .else_(inline(0));
        return dsl.select(PLAN_.CODE).from(PLAN_)
                .orderBy(covers.desc(), PLAN_.END_YEAR.desc(), PLAN_.START_YEAR.desc(), PLAN_.CODE)
                .limit(1)
                .fetchOptional(PLAN_.CODE);
    }

    Optional<Locked> lock(String code) {
        return dsl.select(PLAN_.ID, PLAN_.VERSION).from(PLAN_).where(PLAN_.CODE.eq(code)).forUpdate()
                .fetchOptional(mapping(Locked::new));
    }

    /** Waits for the other nodes that load shipped plans; released when the transaction ends. */
    void lockReferenceData() {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(REFERENCE_DATA_LOCK))).fetch();
    }

    /** Inserts a plan unless its code is taken; its id, or empty when the code was taken. */
    Optional<Long> insert(String code, String title, int startYear, int endYear, String foreword,
                          String description, String mission, String reporting, Integer resourceVersion) {
        return dsl.insertInto(PLAN_)
                .set(PLAN_.CODE, code).set(PLAN_.TITLE, title)
                .set(PLAN_.START_YEAR, startYear).set(PLAN_.END_YEAR, endYear)
                .set(PLAN_.FOREWORD, foreword).set(PLAN_.DESCRIPTION, description)
                .set(PLAN_.MISSION, mission).set(PLAN_.REPORTING, reporting)
                .set(PLAN_.RESOURCE_VERSION, resourceVersion)
                .onConflict(PLAN_.CODE).doNothing()
                .returningResult(PLAN_.ID)
                .fetchOptional(Record1::value1);
    }

    /** Writes the plan's own texts and raises its version; false when the version is no longer the one given. */
    boolean update(long id, int version, String title, int startYear, int endYear, String foreword,
                   String description, String mission, String reporting) {
        return dsl.update(PLAN_)
                .set(PLAN_.TITLE, title).set(PLAN_.START_YEAR, startYear).set(PLAN_.END_YEAR, endYear)
                .set(PLAN_.FOREWORD, foreword).set(PLAN_.DESCRIPTION, description)
                .set(PLAN_.MISSION, mission).set(PLAN_.REPORTING, reporting)
                .set(PLAN_.VERSION, PLAN_.VERSION.plus(1)).set(PLAN_.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(PLAN_.ID.eq(id).and(PLAN_.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Raises the version of a plan whose parts changed; false when the version is no longer the one given. */
    boolean touch(long id, int version) {
        return dsl.update(PLAN_)
                .set(PLAN_.VERSION, PLAN_.VERSION.plus(1)).set(PLAN_.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(PLAN_.ID.eq(id).and(PLAN_.VERSION.eq(version)))
                .execute() == 1;
    }

    void replaceSignatories(long planId, List<Signatory> signatories) {
        dsl.deleteFrom(FOREWORD_SIGNATORY).where(FOREWORD_SIGNATORY.PLAN_ID.eq(planId)).execute();
        if (signatories.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(FOREWORD_SIGNATORY, FOREWORD_SIGNATORY.PLAN_ID, FOREWORD_SIGNATORY.POSITION,
                FOREWORD_SIGNATORY.NAME, FOREWORD_SIGNATORY.ROLE_TITLE, FOREWORD_SIGNATORY.COUNTRY_CODE,
                FOREWORD_SIGNATORY.COUNTRY_NAME);
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatories.get(i);
            insert = insert.values(planId, i + 1, s.name(), s.roleTitle(), s.countryCode(), s.countryName());
        }
        insert.execute();
    }

    void insertPrinciple(long planId, Principle p) {
        dsl.insertInto(PRINCIPLE)
                .set(PRINCIPLE.PLAN_ID, planId).set(PRINCIPLE.NUMBER, p.number())
                .set(PRINCIPLE.TITLE, p.title()).set(PRINCIPLE.DESCRIPTION, p.description())
                .execute();
    }

    void updatePrinciple(long planId, int number, Principle p) {
        dsl.update(PRINCIPLE)
                .set(PRINCIPLE.NUMBER, p.number()).set(PRINCIPLE.TITLE, p.title())
                .set(PRINCIPLE.DESCRIPTION, p.description())
                .where(PRINCIPLE.PLAN_ID.eq(planId).and(PRINCIPLE.NUMBER.eq(number)))
                .execute();
    }

    void deletePrinciple(long planId, int number) {
        dsl.deleteFrom(PRINCIPLE).where(PRINCIPLE.PLAN_ID.eq(planId).and(PRINCIPLE.NUMBER.eq(number))).execute();
    }

    void insertPurpose(long planId, Purpose p) {
        long id = dsl.insertInto(PURPOSE)
                .set(PURPOSE.PLAN_ID, planId).set(PURPOSE.NUMBER, p.number())
                .set(PURPOSE.TITLE, p.title()).set(PURPOSE.SUMMARY, p.summary())
                .set(PURPOSE.DESCRIPTION, p.description())
                .returningResult(PURPOSE.ID)
                .fetchSingle(Record1::value1);
        insertActivities(id, p.exampleActivities());
    }

    void updatePurpose(long planId, int number, Purpose p) {
        long id = dsl.update(PURPOSE)
                .set(PURPOSE.NUMBER, p.number()).set(PURPOSE.TITLE, p.title())
                .set(PURPOSE.SUMMARY, p.summary()).set(PURPOSE.DESCRIPTION, p.description())
                .where(PURPOSE.PLAN_ID.eq(planId).and(PURPOSE.NUMBER.eq(number)))
                .returningResult(PURPOSE.ID)
                .fetchSingle(Record1::value1);
        dsl.deleteFrom(EXAMPLE_ACTIVITY).where(EXAMPLE_ACTIVITY.PURPOSE_ID.eq(id)).execute();
        insertActivities(id, p.exampleActivities());
    }

    void deletePurpose(long planId, int number) {
        dsl.deleteFrom(PURPOSE).where(PURPOSE.PLAN_ID.eq(planId).and(PURPOSE.NUMBER.eq(number))).execute();
    }

    private void insertActivities(long purposeId, List<String> activities) {
        if (activities.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(EXAMPLE_ACTIVITY, EXAMPLE_ACTIVITY.PURPOSE_ID, EXAMPLE_ACTIVITY.POSITION,
                EXAMPLE_ACTIVITY.TEXT);
        for (int i = 0; i < activities.size(); i++) {
            insert = insert.values(purposeId, i + 1, activities.get(i));
        }
        insert.execute();
    }

    Optional<OrganisationProfile> organisationProfile() {
        return dsl.select(ORGANISATION_PROFILE.NAME, ORGANISATION_PROFILE.ADDRESS, ORGANISATION_PROFILE.TELEPHONE,
                        ORGANISATION_PROFILE.EMAIL, ORGANISATION_PROFILE.WEBSITE,
                        multiset(select(CO_MANAGER.NAME, CO_MANAGER.COUNTRY_CODE, CO_MANAGER.COUNTRY_NAME)
                                .from(CO_MANAGER).orderBy(CO_MANAGER.POSITION))
                                .convertFrom(r -> r.map(mapping(CoManager::new))))
                .from(ORGANISATION_PROFILE)
                .where(ORGANISATION_PROFILE.ID.eq(1))
                .fetchOptional(mapping(OrganisationProfile::new));
    }

    /** Stores the profile unless one is stored already; whether it did. */
    boolean insertOrganisationProfile(OrganisationProfile profile) {
        int inserted = dsl.insertInto(ORGANISATION_PROFILE)
                .set(ORGANISATION_PROFILE.ID, 1)
                .set(ORGANISATION_PROFILE.NAME, profile.name()).set(ORGANISATION_PROFILE.ADDRESS, profile.address())
                .set(ORGANISATION_PROFILE.TELEPHONE, profile.telephone())
                .set(ORGANISATION_PROFILE.EMAIL, profile.email()).set(ORGANISATION_PROFILE.WEBSITE, profile.website())
                .onConflict(ORGANISATION_PROFILE.ID).doNothing()
                .execute();
        if (inserted == 0) {
            return false;
        }
        for (int i = 0; i < profile.coManagers().size(); i++) {
            CoManager m = profile.coManagers().get(i);
            dsl.insertInto(CO_MANAGER)
                    .set(CO_MANAGER.POSITION, i + 1).set(CO_MANAGER.NAME, m.name())
                    .set(CO_MANAGER.COUNTRY_CODE, m.countryCode()).set(CO_MANAGER.COUNTRY_NAME, m.countryName())
                    .onConflict(CO_MANAGER.POSITION).doNothing()
                    .execute();
        }
        return true;
    }
}
