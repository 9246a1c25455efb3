package org.kinerja.report;

import static org.kinerja.report.db.tables.IssuedReport.ISSUED_REPORT;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.kinerja.report.db.tables.records.IssuedReportRecord;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

/** Issued reports in {@code report.issued_report}: status and progress, the snapshot and the files. */
@Repository
class IssuedReportRepository {

    private static final List<String> PENDING = List.of(IssueStatus.QUEUED.name(), IssueStatus.RUNNING.name());

    private final DSLContext db;

    IssuedReportRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * A queued issue of the report with the next version. The partial unique index
     * {@code issued_report_one_running} refuses a second pending issue of the same report on any node: then
     * the answer is empty.
     */
    Optional<Long> insertQueued(ReportType type, String planCode, int year, int half, ReportAudience audience,
                                long userId, String userName) {
        var same = same(type, planCode, year, half, audience);
        try {
            return Optional.of(db.insertInto(ISSUED_REPORT)
                    .columns(ISSUED_REPORT.TYPE, ISSUED_REPORT.PLAN_CODE, ISSUED_REPORT.YEAR, ISSUED_REPORT.HALF,
                            ISSUED_REPORT.AUDIENCE, ISSUED_REPORT.VERSION, ISSUED_REPORT.ISSUED_BY,
                            ISSUED_REPORT.ISSUED_BY_NAME)
                    .select(db.select(DSL.val(type.name()), DSL.val(planCode), DSL.val(year), DSL.val((short) half),
                            DSL.val(audience.name()),
                            DSL.coalesce(DSL.max(ISSUED_REPORT.VERSION), DSL.val(0)).plus(1),
                            DSL.val(userId), DSL.val(userName))
                            .from(ISSUED_REPORT).where(same))
                    .returning(ISSUED_REPORT.ID).fetchOne(ISSUED_REPORT.ID));
        } catch (IntegrityConstraintViolationException | DataIntegrityViolationException e) {
            return Optional.empty();
        }
    }

    /** The pending issue of the same report, if any. */
    Optional<IssuedReport> pending(ReportType type, String planCode, int year, int half, ReportAudience audience) {
        return db.selectFrom(ISSUED_REPORT).where(same(type, planCode, year, half, audience))
                .and(ISSUED_REPORT.STATUS.in(PENDING)).fetchOptional(IssuedReportRepository::report);
    }

    /** Marks pending issues whose progress has not moved for {@code after} as failed (their node stopped). */
    int failStale(Duration after, String error) {
        return db.update(ISSUED_REPORT).set(ISSUED_REPORT.STATUS, IssueStatus.FAILED.name())
                .set(ISSUED_REPORT.ERROR, error).set(ISSUED_REPORT.FINISHED_AT, OffsetDateTime.now())
                .where(ISSUED_REPORT.STATUS.in(PENDING))
                .and(ISSUED_REPORT.UPDATED_AT.lt(OffsetDateTime.now().minus(after)))
                .execute();
    }

    void progress(long id, IssueStatus status, int progress) {
        db.update(ISSUED_REPORT).set(ISSUED_REPORT.STATUS, status.name()).set(ISSUED_REPORT.PROGRESS, progress)
                .set(ISSUED_REPORT.UPDATED_AT, OffsetDateTime.now()).where(ISSUED_REPORT.ID.eq(id)).execute();
    }

    void snapshot(long id, String json, int progress) {
        db.update(ISSUED_REPORT).set(ISSUED_REPORT.SNAPSHOT, JSON.valueOf(json)).set(ISSUED_REPORT.PROGRESS, progress)
                .set(ISSUED_REPORT.UPDATED_AT, OffsetDateTime.now()).where(ISSUED_REPORT.ID.eq(id)).execute();
    }

    void file(long id, ReportFormat format, byte[] content, int progress) {
        db.update(ISSUED_REPORT).set(fileField(format), content).set(ISSUED_REPORT.PROGRESS, progress)
                .set(ISSUED_REPORT.UPDATED_AT, OffsetDateTime.now()).where(ISSUED_REPORT.ID.eq(id)).execute();
    }

    void done(long id) {
        db.update(ISSUED_REPORT).set(ISSUED_REPORT.STATUS, IssueStatus.DONE.name()).set(ISSUED_REPORT.PROGRESS, 100)
                .set(ISSUED_REPORT.UPDATED_AT, OffsetDateTime.now()).set(ISSUED_REPORT.FINISHED_AT, OffsetDateTime.now())
                .where(ISSUED_REPORT.ID.eq(id)).execute();
    }

    void failed(long id, String error) {
        db.update(ISSUED_REPORT).set(ISSUED_REPORT.STATUS, IssueStatus.FAILED.name())
                .set(ISSUED_REPORT.ERROR, error.length() > 500 ? error.substring(0, 500) : error)
                .set(ISSUED_REPORT.UPDATED_AT, OffsetDateTime.now()).set(ISSUED_REPORT.FINISHED_AT, OffsetDateTime.now())
                .where(ISSUED_REPORT.ID.eq(id)).execute();
    }

    Optional<IssuedReport> find(long id) {
        return db.selectFrom(ISSUED_REPORT).where(ISSUED_REPORT.ID.eq(id)).fetchOptional(IssuedReportRepository::report);
    }

    Optional<String> snapshotJson(long id) {
        return db.select(ISSUED_REPORT.SNAPSHOT).from(ISSUED_REPORT).where(ISSUED_REPORT.ID.eq(id))
                .fetchOptional(ISSUED_REPORT.SNAPSHOT).map(JSON::data);
    }

    Optional<byte[]> fileContent(long id, ReportFormat format) {
        return db.select(fileField(format)).from(ISSUED_REPORT).where(ISSUED_REPORT.ID.eq(id))
                .fetchOptional(fileField(format));
    }

    /** Issued reports, newest first; {@code publicOnly} keeps the PUBLIC ones. */
    ListPage<IssuedReport> list(boolean publicOnly, PageQuery page) {
        Condition where = publicOnly ? ISSUED_REPORT.AUDIENCE.eq(ReportAudience.PUBLIC.name()) : DSL.noCondition();
        long total = db.fetchCount(ISSUED_REPORT, where);
        List<IssuedReport> items = db.select(columns()).from(ISSUED_REPORT).where(where)
                .orderBy(ISSUED_REPORT.ISSUED_AT.desc(), ISSUED_REPORT.ID.desc())
                .limit(page.size()).offset(page.offset())
                .fetch(r -> report(r.into(ISSUED_REPORT)));
        return new ListPage<>(items, page.page(), page.size(), total);
    }

    private static List<TableField<IssuedReportRecord, ?>> columns() {
        return List.of(ISSUED_REPORT.ID, ISSUED_REPORT.TYPE, ISSUED_REPORT.PLAN_CODE, ISSUED_REPORT.YEAR,
                ISSUED_REPORT.HALF, ISSUED_REPORT.AUDIENCE, ISSUED_REPORT.VERSION, ISSUED_REPORT.STATUS,
                ISSUED_REPORT.PROGRESS, ISSUED_REPORT.ISSUED_AT, ISSUED_REPORT.ISSUED_BY_NAME,
                ISSUED_REPORT.FINISHED_AT);
    }

    private static TableField<IssuedReportRecord, byte[]> fileField(ReportFormat format) {
        return switch (format) {
            case PDF -> ISSUED_REPORT.PDF;
            case DOCX -> ISSUED_REPORT.DOCX;
            case XLSX -> ISSUED_REPORT.XLSX;
        };
    }

    private static Condition same(ReportType type, String planCode, int year, int half, ReportAudience audience) {
        return ISSUED_REPORT.TYPE.eq(type.name()).and(ISSUED_REPORT.PLAN_CODE.eq(planCode))
                .and(ISSUED_REPORT.YEAR.eq(year)).and(ISSUED_REPORT.HALF.eq((short) half))
                .and(ISSUED_REPORT.AUDIENCE.eq(audience.name()));
    }

    private static IssuedReport report(Record r) {
        short half = r.get(ISSUED_REPORT.HALF);
        return new IssuedReport(r.get(ISSUED_REPORT.ID), ReportType.valueOf(r.get(ISSUED_REPORT.TYPE)),
                r.get(ISSUED_REPORT.PLAN_CODE), r.get(ISSUED_REPORT.YEAR), half == 0 ? null : (int) half,
                ReportAudience.valueOf(r.get(ISSUED_REPORT.AUDIENCE)), r.get(ISSUED_REPORT.VERSION),
                IssueStatus.valueOf(r.get(ISSUED_REPORT.STATUS)), r.get(ISSUED_REPORT.PROGRESS),
                r.get(ISSUED_REPORT.ISSUED_AT), r.get(ISSUED_REPORT.ISSUED_BY_NAME), r.get(ISSUED_REPORT.FINISHED_AT));
    }
}
