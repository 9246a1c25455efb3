package org.kinerja.measurement;

import static org.kinerja.measurement.db.Tables.INDICATOR_VALUE;
import static org.kinerja.measurement.db.Tables.VALUE_STEP;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.kinerja.measurement.db.tables.records.IndicatorValueRecord;
import org.kinerja.measurement.db.tables.records.ValueStepRecord;
import org.springframework.stereotype.Repository;

/** Indicator values and their steps, read and written with jOOQ. */
@Repository
class IndicatorValueRepository {

    private final DSLContext dsl;

    IndicatorValueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An indicator's values by year and period label (a year before its halves and quarters). */
    List<IndicatorValueRecord> ofIndicator(long indicatorId) {
        return dsl.selectFrom(INDICATOR_VALUE).where(INDICATOR_VALUE.INDICATOR_ID.eq(indicatorId))
                .orderBy(INDICATOR_VALUE.PERIOD_YEAR, INDICATOR_VALUE.PERIOD_LABEL).fetch();
    }

    /** Every value of a plan's indicators in one year. */
    List<IndicatorValueRecord> ofPlanYear(String planCode, int year) {
        return dsl.selectFrom(INDICATOR_VALUE)
                .where(INDICATOR_VALUE.PLAN_CODE.eq(planCode).and(INDICATOR_VALUE.PERIOD_YEAR.eq(year)))
                .orderBy(INDICATOR_VALUE.INDICATOR_ID, INDICATOR_VALUE.PERIOD_LABEL).fetch();
    }

    /** How many values the indicator has, in any period and status. */
    long countOfIndicator(long indicatorId) {
        return dsl.fetchCount(INDICATOR_VALUE, INDICATOR_VALUE.INDICATOR_ID.eq(indicatorId));
    }

    /** Whether any indicator of the plan has a value. */
    boolean anyOfPlan(String planCode) {
        return dsl.fetchExists(INDICATOR_VALUE, INDICATOR_VALUE.PLAN_CODE.eq(planCode));
    }

    Optional<IndicatorValueRecord> find(long id) {
        return dsl.selectFrom(INDICATOR_VALUE).where(INDICATOR_VALUE.ID.eq(id)).fetchOptional();
    }

    /** The value, its row locked until the transaction ends. */
    Optional<IndicatorValueRecord> findForUpdate(long id) {
        return dsl.selectFrom(INDICATOR_VALUE).where(INDICATOR_VALUE.ID.eq(id)).forUpdate().fetchOptional();
    }

    /** The indicator's value for the period, its row locked until the transaction ends. */
    Optional<IndicatorValueRecord> findForUpdate(long indicatorId, String periodLabel) {
        return dsl.selectFrom(INDICATOR_VALUE)
                .where(INDICATOR_VALUE.INDICATOR_ID.eq(indicatorId).and(INDICATOR_VALUE.PERIOD_LABEL.eq(periodLabel)))
                .forUpdate().fetchOptional();
    }

    /** Inserts a value; empty when the indicator already has one for the period (entered meanwhile). */
    Optional<Long> insert(IndicatorValueRecord v) {
        Map<Field<?>, Object> fields = entry(v);
        fields.put(INDICATOR_VALUE.INDICATOR_ID, v.getIndicatorId());
        fields.put(INDICATOR_VALUE.PLAN_CODE, v.getPlanCode());
        fields.put(INDICATOR_VALUE.PERIOD_LABEL, v.getPeriodLabel());
        fields.put(INDICATOR_VALUE.PERIOD_YEAR, v.getPeriodYear());
        fields.put(INDICATOR_VALUE.ORIGIN, v.getOrigin());
        fields.put(INDICATOR_VALUE.STATUS, v.getStatus());
        fields.put(INDICATOR_VALUE.LOCKED_BY_REPORT, v.getLockedByReport());
        fields.put(INDICATOR_VALUE.LOCKED_AT, v.getLockedAt());
        return dsl.insertInto(INDICATOR_VALUE).set(fields)
                .onConflictDoNothing()
                .returning(INDICATOR_VALUE.ID)
                .fetchOptional(INDICATOR_VALUE.ID);
    }

    /** Writes what a person entered; false when the version is stale. */
    boolean updateEntry(long id, int version, IndicatorValueRecord v) {
        return dsl.update(INDICATOR_VALUE).set(entry(v))
                .set(INDICATOR_VALUE.ENTERED_AT, DSL.currentOffsetDateTime())
                .set(INDICATOR_VALUE.VERSION, INDICATOR_VALUE.VERSION.plus(1))
                .set(INDICATOR_VALUE.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(INDICATOR_VALUE.ID.eq(id).and(INDICATOR_VALUE.VERSION.eq(version)))
                .execute() == 1;
    }

    /** The fields a person enters, and who entered them. */
    private static Map<Field<?>, Object> entry(IndicatorValueRecord v) {
        Map<Field<?>, Object> fields = new LinkedHashMap<>();
        fields.put(INDICATOR_VALUE.VALUE, v.getValue());
        fields.put(INDICATOR_VALUE.TEXT_VALUE, v.getTextValue());
        fields.put(INDICATOR_VALUE.NUMERATOR, v.getNumerator());
        fields.put(INDICATOR_VALUE.DENOMINATOR, v.getDenominator());
        fields.put(INDICATOR_VALUE.COMMENT, v.getComment());
        fields.put(INDICATOR_VALUE.EVIDENCE_URL, v.getEvidenceUrl());
        fields.put(INDICATOR_VALUE.ENTERED_BY, v.getEnteredBy());
        return fields;
    }

    /** Moves a value to {@code to}, stamping who and when for submissions and approvals. */
    boolean changeStatus(long id, int version, ValueStatus to, Long userId, String returnComment) {
        var update = dsl.update(INDICATOR_VALUE)
                .set(INDICATOR_VALUE.STATUS, to.name())
                .set(INDICATOR_VALUE.VERSION, INDICATOR_VALUE.VERSION.plus(1))
                .set(INDICATOR_VALUE.UPDATED_AT, DSL.currentOffsetDateTime());
        switch (to) {
            case SUBMITTED -> update = update.set(INDICATOR_VALUE.SUBMITTED_BY, userId)
                    .set(INDICATOR_VALUE.SUBMITTED_AT, DSL.currentOffsetDateTime());
            case APPROVED -> update = update.set(INDICATOR_VALUE.APPROVED_BY, userId)
                    .set(INDICATOR_VALUE.APPROVED_AT, DSL.currentOffsetDateTime());
            case DRAFT -> update = update.set(INDICATOR_VALUE.RETURN_COMMENT, returnComment)
                    .setNull(INDICATOR_VALUE.SUBMITTED_BY).setNull(INDICATOR_VALUE.SUBMITTED_AT)
                    .setNull(INDICATOR_VALUE.APPROVED_BY).setNull(INDICATOR_VALUE.APPROVED_AT);
            case LOCKED -> throw new IllegalArgumentException("locking goes through lock()");
        }
        return update.where(INDICATOR_VALUE.ID.eq(id).and(INDICATOR_VALUE.VERSION.eq(version))).execute() == 1;
    }

    /** Locks a value for a report, storing the number it has now (a computed one's figure). */
    void lock(long id, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
              long reportId) {
        dsl.update(INDICATOR_VALUE)
                .set(INDICATOR_VALUE.STATUS, ValueStatus.LOCKED.name())
                .set(INDICATOR_VALUE.VALUE, value)
                .set(INDICATOR_VALUE.NUMERATOR, numerator)
                .set(INDICATOR_VALUE.DENOMINATOR, denominator)
                .set(INDICATOR_VALUE.LOCKED_BY_REPORT, reportId)
                .set(INDICATOR_VALUE.LOCKED_AT, DSL.currentOffsetDateTime())
                .set(INDICATOR_VALUE.VERSION, INDICATOR_VALUE.VERSION.plus(1))
                .set(INDICATOR_VALUE.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(INDICATOR_VALUE.ID.eq(id))
                .execute();
    }

    void step(long valueId, String action, ValueStatus from, ValueStatus to, String comment, Long userId,
              Long reportId) {
        dsl.insertInto(VALUE_STEP)
                .set(VALUE_STEP.VALUE_ID, valueId)
                .set(VALUE_STEP.ACTION, action)
                .set(VALUE_STEP.FROM_STATUS, from == null ? null : from.name())
                .set(VALUE_STEP.TO_STATUS, to.name())
                .set(VALUE_STEP.COMMENT, comment)
                .set(VALUE_STEP.USER_ID, userId)
                .set(VALUE_STEP.REPORT_ID, reportId)
                .execute();
    }

    List<ValueStepRecord> steps(long valueId) {
        return dsl.selectFrom(VALUE_STEP).where(VALUE_STEP.VALUE_ID.eq(valueId)).orderBy(VALUE_STEP.ID).fetch();
    }
}
