package org.kinerja.indicator;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.kinerja.indicator.db.Tables.INDICATOR_;
import static org.kinerja.indicator.db.Tables.INDICATOR_DISAGGREGATION;
import static org.kinerja.indicator.db.Tables.OUTCOME;
import static org.kinerja.indicator.db.Tables.SHIPPED_FRAMEWORK;
import static org.kinerja.indicator.db.Tables.TARGET;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/**
 * The indicator schema, read and written with jOOQ. An indicator is read in one statement, its
 * disaggregations and targets nested with {@code multiset}.
 */
@Repository
class IndicatorRepository {

    /** First key of the advisory locks that serialise writes to one plan's framework (the second is the plan). */
    private static final int FRAMEWORK_LOCK = 0x4b4e4931;
    /** Key of the advisory lock that serialises loading shipped frameworks when several nodes start at once. */
    private static final long REFERENCE_DATA_LOCK = 0x4b494e494e44L;

    private final DSLContext dsl;

    IndicatorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Waits until no other transaction writes to this plan's framework; released when the transaction ends. */
    void lockFramework(String planCode) {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(FRAMEWORK_LOCK),
                DSL.function("hashtext", Integer.class, DSL.val(planCode)))).fetch();
    }

    /** Waits for the other nodes that load shipped frameworks; released when the transaction ends. */
    void lockReferenceData() {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(REFERENCE_DATA_LOCK))).fetch();
    }

    // --- outcomes ---------------------------------------------------------------------------------

    private static final Field<?>[] OUTCOME_FIELDS = {OUTCOME.ID, OUTCOME.PLAN_CODE, OUTCOME.CODE, OUTCOME.STATEMENT,
            OUTCOME.PURPOSE_NUMBER, OUTCOME.VERSION};

    private static Outcome outcome(Record r) {
        return new Outcome(r.get(OUTCOME.ID), r.get(OUTCOME.PLAN_CODE), r.get(OUTCOME.CODE), r.get(OUTCOME.STATEMENT),
                r.get(OUTCOME.PURPOSE_NUMBER), r.get(OUTCOME.VERSION));
    }

    Optional<Outcome> findOutcome(long id) {
        return dsl.select(OUTCOME_FIELDS).from(OUTCOME).where(OUTCOME.ID.eq(id))
                .fetchOptional(IndicatorRepository::outcome);
    }

    /** The plan's outcomes by purpose and number; {@code purpose}, when given, keeps that purpose's. */
    ListPage<Outcome> outcomes(String planCode, Integer purpose, PageQuery page) {
        Condition where = OUTCOME.PLAN_CODE.eq(planCode)
                .and(purpose == null ? noCondition() : OUTCOME.PURPOSE_NUMBER.eq(purpose));
        List<Outcome> items = dsl.select(OUTCOME_FIELDS).from(OUTCOME).where(where)
                .orderBy(OUTCOME.PURPOSE_NUMBER, OUTCOME.NUMBER, OUTCOME.CODE)
                .limit(page.size()).offset(page.offset())
                .fetch(IndicatorRepository::outcome);
        return new ListPage<>(items, page.page(), page.size(), dsl.fetchCount(OUTCOME, where));
    }

    List<Outcome> outcomes(String planCode) {
        return dsl.select(OUTCOME_FIELDS).from(OUTCOME).where(OUTCOME.PLAN_CODE.eq(planCode))
                .orderBy(OUTCOME.PURPOSE_NUMBER, OUTCOME.NUMBER, OUTCOME.CODE)
                .fetch(IndicatorRepository::outcome);
    }

    Optional<OffsetDateTime> outcomeUpdatedAt(long id) {
        return dsl.select(OUTCOME.UPDATED_AT).from(OUTCOME).where(OUTCOME.ID.eq(id)).fetchOptional(Record1::value1);
    }

    boolean outcomeCodeTaken(String planCode, String code, Long exceptId) {
        return dsl.fetchExists(OUTCOME, OUTCOME.PLAN_CODE.eq(planCode).and(OUTCOME.CODE.eq(code))
                .and(exceptId == null ? noCondition() : OUTCOME.ID.ne(exceptId)));
    }

    /** Inserts an outcome unless its code is taken in the plan; its id, or empty when the code was taken. */
    Optional<Long> insertOutcome(String planCode, OutcomeInput o) {
        return dsl.insertInto(OUTCOME)
                .set(OUTCOME.PLAN_CODE, planCode).set(OUTCOME.PURPOSE_NUMBER, o.purposeNumber())
                .set(OUTCOME.CODE, o.code()).set(OUTCOME.NUMBER, IndicatorRules.codeNumber(o.code()))
                .set(OUTCOME.STATEMENT, o.statement())
                .onConflict(OUTCOME.PLAN_CODE, OUTCOME.CODE).doNothing()
                .returningResult(OUTCOME.ID)
                .fetchOptional(Record1::value1);
    }

    /** Writes an outcome and raises its version; false when the version is no longer the one given. */
    boolean updateOutcome(long id, int version, OutcomeInput o) {
        return dsl.update(OUTCOME)
                .set(OUTCOME.PURPOSE_NUMBER, o.purposeNumber()).set(OUTCOME.CODE, o.code())
                .set(OUTCOME.NUMBER, IndicatorRules.codeNumber(o.code())).set(OUTCOME.STATEMENT, o.statement())
                .set(OUTCOME.VERSION, OUTCOME.VERSION.plus(1)).set(OUTCOME.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(OUTCOME.ID.eq(id).and(OUTCOME.VERSION.eq(version)))
                .execute() == 1;
    }

    void deleteOutcome(long id) {
        dsl.deleteFrom(OUTCOME).where(OUTCOME.ID.eq(id)).execute();
    }

    /** The codes of the indicators that measure this outcome, in order. */
    List<String> indicatorCodesOfOutcome(long outcomeId) {
        return dsl.select(INDICATOR_.CODE).from(INDICATOR_).where(INDICATOR_.OUTCOME_ID.eq(outcomeId))
                .orderBy(INDICATOR_.NUMBER, INDICATOR_.CODE)
                .fetch(Record1::value1);
    }

    // --- indicators -------------------------------------------------------------------------------

    private static final Field<List<Disaggregation>> DISAGGREGATIONS = multiset(
            select(INDICATOR_DISAGGREGATION.DISAGGREGATION).from(INDICATOR_DISAGGREGATION)
                    .where(INDICATOR_DISAGGREGATION.INDICATOR_ID.eq(INDICATOR_.ID)))
            .convertFrom(r -> r.map(d -> Disaggregation.valueOf(d.value1())).stream()
                    .sorted(Comparator.naturalOrder()).toList());

    private static final Field<List<Target>> TARGETS = multiset(
            select(TARGET.YEAR, TARGET.VALUE, TARGET.NOTE).from(TARGET)
                    .where(TARGET.INDICATOR_ID.eq(INDICATOR_.ID))
                    .orderBy(TARGET.YEAR))
            .convertFrom(r -> r.map(t -> new Target(t.value1(), normal(t.value2()), t.value3())));

    private SelectOnConditionStep<? extends Record> selectIndicators() {
        return dsl.select(INDICATOR_.ID, INDICATOR_.PLAN_CODE, INDICATOR_.CODE, INDICATOR_.NAME, INDICATOR_.DEFINITION,
                        INDICATOR_.PURPOSE_NUMBER, OUTCOME.CODE, INDICATOR_.UNIT, INDICATOR_.MEASURE,
                        INDICATOR_.DIRECTION, INDICATOR_.AGGREGATION, DISAGGREGATIONS, INDICATOR_.BASELINE_VALUE,
                        INDICATOR_.BASELINE_YEAR, INDICATOR_.BASELINE_NOTE, TARGETS, INDICATOR_.SOURCE,
                        INDICATOR_.FREQUENCY, INDICATOR_.RESPONSIBLE_USER_ID, INDICATOR_.MEANS_OF_VERIFICATION,
                        INDICATOR_.PROPOSED, INDICATOR_.VERSION)
                .from(INDICATOR_)
                .leftJoin(OUTCOME).on(OUTCOME.ID.eq(INDICATOR_.OUTCOME_ID));
    }

    private static Indicator indicator(Record r) {
        Integer baselineYear = r.get(INDICATOR_.BASELINE_YEAR);
        Baseline baseline = baselineYear == null ? null
                : new Baseline(normal(r.get(INDICATOR_.BASELINE_VALUE)), baselineYear, r.get(INDICATOR_.BASELINE_NOTE));
        return new Indicator(r.get(INDICATOR_.ID), r.get(INDICATOR_.PLAN_CODE), r.get(INDICATOR_.CODE),
                r.get(INDICATOR_.NAME), r.get(INDICATOR_.DEFINITION), r.get(INDICATOR_.PURPOSE_NUMBER),
                r.get(OUTCOME.CODE), r.get(INDICATOR_.UNIT), Measure.valueOf(r.get(INDICATOR_.MEASURE)),
                Direction.valueOf(r.get(INDICATOR_.DIRECTION)), Aggregation.valueOf(r.get(INDICATOR_.AGGREGATION)),
                r.get(DISAGGREGATIONS), baseline, r.get(TARGETS), r.get(INDICATOR_.SOURCE),
                Frequency.valueOf(r.get(INDICATOR_.FREQUENCY)), r.get(INDICATOR_.RESPONSIBLE_USER_ID),
                r.get(INDICATOR_.MEANS_OF_VERIFICATION), r.get(INDICATOR_.PROPOSED), r.get(INDICATOR_.VERSION));
    }

    /** A stored value without the zeros numeric(18,4) pads it with: 12.5000 is 12.5, 120.0000 is 120. */
    private static BigDecimal normal(BigDecimal value) {
        return IndicatorRules.normal(value);
    }

    Optional<Indicator> findIndicator(long id) {
        return selectIndicators().where(INDICATOR_.ID.eq(id)).fetchOptional(IndicatorRepository::indicator);
    }

    /** The plan's indicators by purpose and number; {@code purpose}, when given, keeps that purpose's. */
    ListPage<Indicator> indicators(String planCode, Integer purpose, PageQuery page) {
        Condition where = INDICATOR_.PLAN_CODE.eq(planCode)
                .and(purpose == null ? noCondition() : INDICATOR_.PURPOSE_NUMBER.eq(purpose));
        List<Indicator> items = selectIndicators().where(where)
                .orderBy(INDICATOR_.PURPOSE_NUMBER, INDICATOR_.NUMBER, INDICATOR_.CODE)
                .limit(page.size()).offset(page.offset())
                .fetch(IndicatorRepository::indicator);
        return new ListPage<>(items, page.page(), page.size(), dsl.fetchCount(INDICATOR_, where));
    }

    List<Indicator> indicators(String planCode) {
        return selectIndicators().where(INDICATOR_.PLAN_CODE.eq(planCode))
                .orderBy(INDICATOR_.PURPOSE_NUMBER, INDICATOR_.NUMBER, INDICATOR_.CODE)
                .fetch(IndicatorRepository::indicator);
    }

    Optional<OffsetDateTime> indicatorUpdatedAt(long id) {
        return dsl.select(INDICATOR_.UPDATED_AT).from(INDICATOR_).where(INDICATOR_.ID.eq(id))
                .fetchOptional(Record1::value1);
    }

    boolean indicatorCodeTaken(String planCode, String code, Long exceptId) {
        return dsl.fetchExists(INDICATOR_, INDICATOR_.PLAN_CODE.eq(planCode).and(INDICATOR_.CODE.eq(code))
                .and(exceptId == null ? noCondition() : INDICATOR_.ID.ne(exceptId)));
    }

    /**
     * Inserts an indicator with its disaggregations and targets unless its code is taken in the plan; its id,
     * or empty when the code was taken.
     */
    Optional<Long> insertIndicator(String planCode, IndicatorInput in, Long outcomeId) {
        Baseline b = in.baseline();
        Optional<Long> id = dsl.insertInto(INDICATOR_)
                .set(INDICATOR_.PLAN_CODE, planCode).set(INDICATOR_.PURPOSE_NUMBER, in.purposeNumber())
                .set(INDICATOR_.OUTCOME_ID, outcomeId)
                .set(INDICATOR_.CODE, in.code()).set(INDICATOR_.NUMBER, IndicatorRules.codeNumber(in.code()))
                .set(INDICATOR_.NAME, in.name()).set(INDICATOR_.DEFINITION, in.definition())
                .set(INDICATOR_.UNIT, in.unit()).set(INDICATOR_.MEASURE, in.measure().name())
                .set(INDICATOR_.DIRECTION, in.direction().name()).set(INDICATOR_.AGGREGATION, in.aggregation().name())
                .set(INDICATOR_.BASELINE_VALUE, b == null ? null : b.value())
                .set(INDICATOR_.BASELINE_YEAR, b == null ? null : b.year())
                .set(INDICATOR_.BASELINE_NOTE, b == null ? null : b.note())
                .set(INDICATOR_.SOURCE, in.source()).set(INDICATOR_.FREQUENCY, in.frequency().name())
                .set(INDICATOR_.RESPONSIBLE_USER_ID, in.responsibleUserId())
                .set(INDICATOR_.MEANS_OF_VERIFICATION, in.meansOfVerification())
                .set(INDICATOR_.PROPOSED, Boolean.TRUE.equals(in.proposed()))
                .onConflict(INDICATOR_.PLAN_CODE, INDICATOR_.CODE).doNothing()
                .returningResult(INDICATOR_.ID)
                .fetchOptional(Record1::value1);
        id.ifPresent(i -> writeParts(i, in));
        return id;
    }

    /** Writes an indicator and its parts and raises its version; false when the version is no longer the one given. */
    boolean updateIndicator(long id, int version, IndicatorInput in, Long outcomeId) {
        Baseline b = in.baseline();
        boolean updated = dsl.update(INDICATOR_)
                .set(INDICATOR_.PURPOSE_NUMBER, in.purposeNumber()).set(INDICATOR_.OUTCOME_ID, outcomeId)
                .set(INDICATOR_.CODE, in.code()).set(INDICATOR_.NUMBER, IndicatorRules.codeNumber(in.code()))
                .set(INDICATOR_.NAME, in.name()).set(INDICATOR_.DEFINITION, in.definition())
                .set(INDICATOR_.UNIT, in.unit()).set(INDICATOR_.MEASURE, in.measure().name())
                .set(INDICATOR_.DIRECTION, in.direction().name()).set(INDICATOR_.AGGREGATION, in.aggregation().name())
                .set(INDICATOR_.BASELINE_VALUE, b == null ? null : b.value())
                .set(INDICATOR_.BASELINE_YEAR, b == null ? null : b.year())
                .set(INDICATOR_.BASELINE_NOTE, b == null ? null : b.note())
                .set(INDICATOR_.SOURCE, in.source()).set(INDICATOR_.FREQUENCY, in.frequency().name())
                .set(INDICATOR_.RESPONSIBLE_USER_ID, in.responsibleUserId())
                .set(INDICATOR_.MEANS_OF_VERIFICATION, in.meansOfVerification())
                .set(INDICATOR_.PROPOSED, Boolean.TRUE.equals(in.proposed()))
                .set(INDICATOR_.VERSION, INDICATOR_.VERSION.plus(1))
                .set(INDICATOR_.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(INDICATOR_.ID.eq(id).and(INDICATOR_.VERSION.eq(version)))
                .execute() == 1;
        if (updated) {
            dsl.deleteFrom(INDICATOR_DISAGGREGATION).where(INDICATOR_DISAGGREGATION.INDICATOR_ID.eq(id)).execute();
            dsl.deleteFrom(TARGET).where(TARGET.INDICATOR_ID.eq(id)).execute();
            writeParts(id, in);
        }
        return updated;
    }

    private void writeParts(long id, IndicatorInput in) {
        if (!in.disaggregations().isEmpty()) {
            var insert = dsl.insertInto(INDICATOR_DISAGGREGATION, INDICATOR_DISAGGREGATION.INDICATOR_ID,
                    INDICATOR_DISAGGREGATION.DISAGGREGATION);
            for (Disaggregation d : in.disaggregations()) {
                insert = insert.values(id, d.name());
            }
            insert.execute();
        }
        if (!in.targets().isEmpty()) {
            var insert = dsl.insertInto(TARGET, TARGET.INDICATOR_ID, TARGET.YEAR, TARGET.VALUE, TARGET.NOTE);
            for (Target t : in.targets()) {
                insert = insert.values(id, t.year(), t.value(), t.note());
            }
            insert.execute();
        }
    }

    void deleteIndicator(long id) {
        dsl.deleteFrom(INDICATOR_).where(INDICATOR_.ID.eq(id)).execute();
    }

    // --- shipped frameworks -----------------------------------------------------------------------

    /** Records that the shipped framework of a plan is being loaded; false when it was loaded before. */
    boolean markShipped(String planCode, int resourceVersion) {
        return dsl.insertInto(SHIPPED_FRAMEWORK)
                .set(SHIPPED_FRAMEWORK.PLAN_CODE, planCode).set(SHIPPED_FRAMEWORK.RESOURCE_VERSION, resourceVersion)
                .onConflict(SHIPPED_FRAMEWORK.PLAN_CODE).doNothing()
                .execute() == 1;
    }

    Optional<Integer> shippedVersion(String planCode) {
        return dsl.select(SHIPPED_FRAMEWORK.RESOURCE_VERSION).from(SHIPPED_FRAMEWORK)
                .where(SHIPPED_FRAMEWORK.PLAN_CODE.eq(planCode))
                .fetchOptional(Record1::value1);
    }
}
