package org.kinerja.report;

import static org.kinerja.report.db.tables.Narrative.NARRATIVE;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.kinerja.report.db.tables.records.NarrativeRecord;
import org.springframework.stereotype.Repository;

/** The report narratives in {@code report.narrative}. */
@Repository
class NarrativeRepository {

    private final DSLContext db;

    NarrativeRepository(DSLContext db) {
        this.db = db;
    }

    /** The texts of one report's narratives by purpose number (0 the foreword). */
    Map<Integer, String> texts(String planCode, int year, int half) {
        return db.select(NARRATIVE.PURPOSE_NUMBER, NARRATIVE.TEXT).from(NARRATIVE)
                .where(NARRATIVE.PLAN_CODE.eq(planCode), NARRATIVE.YEAR.eq(year), NARRATIVE.HALF.eq((short) half))
                .fetchMap(NARRATIVE.PURPOSE_NUMBER, NARRATIVE.TEXT);
    }

    Optional<Narrative> find(String planCode, int year, int half, int purposeNumber) {
        return db.selectFrom(NARRATIVE)
                .where(NARRATIVE.PLAN_CODE.eq(planCode), NARRATIVE.YEAR.eq(year), NARRATIVE.HALF.eq((short) half),
                        NARRATIVE.PURPOSE_NUMBER.eq(purposeNumber))
                .fetchOptional(NarrativeRepository::narrative);
    }

    /** Creates the narrative (expected version 0) or updates it when its version is still {@code version}; false when stale. */
    boolean save(String planCode, int year, int half, int purposeNumber, String text, int version, long userId) {
        if (version == 0) {
            return db.insertInto(NARRATIVE)
                    .set(NARRATIVE.PLAN_CODE, planCode).set(NARRATIVE.YEAR, year).set(NARRATIVE.HALF, (short) half)
                    .set(NARRATIVE.PURPOSE_NUMBER, purposeNumber).set(NARRATIVE.TEXT, text)
                    .set(NARRATIVE.VERSION, 1).set(NARRATIVE.UPDATED_BY, userId)
                    .onConflictDoNothing().execute() == 1;
        }
        return db.update(NARRATIVE).set(NARRATIVE.TEXT, text).set(NARRATIVE.VERSION, version + 1)
                .set(NARRATIVE.UPDATED_BY, userId).set(NARRATIVE.UPDATED_AT, OffsetDateTime.now())
                .where(NARRATIVE.PLAN_CODE.eq(planCode), NARRATIVE.YEAR.eq(year), NARRATIVE.HALF.eq((short) half),
                        NARRATIVE.PURPOSE_NUMBER.eq(purposeNumber), NARRATIVE.VERSION.eq(version))
                .execute() == 1;
    }

    private static Narrative narrative(NarrativeRecord r) {
        return new Narrative(r.getPlanCode(), r.getYear(), r.getHalf(), r.getPurposeNumber(), r.getText(),
                r.getVersion(), r.getUpdatedAt());
    }
}
