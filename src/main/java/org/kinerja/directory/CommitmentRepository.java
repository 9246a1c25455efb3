package org.kinerja.directory;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.kinerja.directory.db.Tables.COMMITMENT;
import static org.kinerja.directory.db.Tables.COMMITMENT_PURPOSE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record10;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/** Commitments and their links to plan purposes, read and written with jOOQ. */
@Repository
class CommitmentRepository {

    static final List<String> SORT_KEYS = List.of("year", "source");

    private final DSLContext dsl;

    CommitmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Field<List<PurposeLink>> purposes() {
        return multiset(select(COMMITMENT_PURPOSE.PLAN_CODE, COMMITMENT_PURPOSE.PURPOSE_NUMBER)
                .from(COMMITMENT_PURPOSE)
                .where(COMMITMENT_PURPOSE.COMMITMENT_ID.eq(COMMITMENT.ID))
                .orderBy(COMMITMENT_PURPOSE.PLAN_CODE, COMMITMENT_PURPOSE.PURPOSE_NUMBER))
                .convertFrom(r -> r.map(mapping(PurposeLink::new)));
    }

    private SelectJoinStep<Record10<Long, String, Integer, String, String, String, List<PurposeLink>, Boolean, Integer,
            OffsetDateTime>> selectCommitments() {
        return dsl.select(COMMITMENT.ID, COMMITMENT.SOURCE_DOCUMENT, COMMITMENT.YEAR, COMMITMENT.REFERENCE,
                        COMMITMENT.TEXT, COMMITMENT.SOURCE_URL, purposes(), COMMITMENT.SHIPPED, COMMITMENT.VERSION,
                        COMMITMENT.UPDATED_AT)
                .from(COMMITMENT);
    }

    Optional<Commitment> find(long id) {
        return selectCommitments().where(COMMITMENT.ID.eq(id)).fetchOptional(mapping(Commitment::new));
    }

    boolean shippedKeyExists(String key) {
        return dsl.fetchExists(COMMITMENT, COMMITMENT.SHIPPED_KEY.eq(key));
    }

    ListPage<Commitment> list(CommitmentFilter filter, PageQuery page) {
        Condition where = where(filter);
        List<Commitment> items = selectCommitments().where(where)
                .orderBy(order(SortOrder.parse(filter.sort(), SORT_KEYS)))
                .limit(page.size()).offset(DirectoryRules.offset(page))
                .fetch(mapping(Commitment::new));
        return new ListPage<>(items, page.page(), page.size(), dsl.fetchCount(COMMITMENT, where));
    }

    private static Condition where(CommitmentFilter f) {
        Condition c = noCondition();
        String q = DirectoryRules.searchable(f.q());
        if (q != null) {
            c = c.and(COMMITMENT.SOURCE_DOCUMENT.containsIgnoreCase(q).or(COMMITMENT.REFERENCE.containsIgnoreCase(q))
                    .or(COMMITMENT.TEXT.containsIgnoreCase(q)));
        }
        if (f.year() != null) {
            c = c.and(COMMITMENT.YEAR.eq(f.year()));
        }
        if (DirectoryRules.searchable(f.sourceDocument()) != null) {
            c = c.and(COMMITMENT.SOURCE_DOCUMENT.eq(DirectoryRules.searchable(f.sourceDocument())));
        }
        if (DirectoryRules.searchable(f.planCode()) != null) {
            c = c.and(DSL.exists(selectOne().from(COMMITMENT_PURPOSE)
                    .where(COMMITMENT_PURPOSE.COMMITMENT_ID.eq(COMMITMENT.ID))
                    .and(COMMITMENT_PURPOSE.PLAN_CODE.eq(DirectoryRules.searchable(f.planCode())))
                    .and(f.purposeNumber() == null ? noCondition()
                            : COMMITMENT_PURPOSE.PURPOSE_NUMBER.eq(f.purposeNumber()))));
        }
        return c;
    }

    private static List<SortField<?>> order(SortOrder sort) {
        List<SortField<?>> order = new ArrayList<>();
        if (sort.key().equals("source")) {
            order.add(sort.descending() ? COMMITMENT.SOURCE_DOCUMENT.desc() : COMMITMENT.SOURCE_DOCUMENT.asc());
            order.add(COMMITMENT.YEAR.asc());
        } else {
            order.add(sort.descending() ? COMMITMENT.YEAR.desc() : COMMITMENT.YEAR.asc());
        }
        order.add(COMMITMENT.ID.asc());
        return order;
    }

    /** The source documents there are, for the filter's choices. */
    List<String> sourceDocuments() {
        return dsl.selectDistinct(COMMITMENT.SOURCE_DOCUMENT).from(COMMITMENT)
                .orderBy(COMMITMENT.SOURCE_DOCUMENT).fetch(Record1::value1);
    }

    long insert(String sourceDocument, int year, String reference, String text, String sourceUrl, String shippedKey,
                boolean shipped) {
        return dsl.insertInto(COMMITMENT)
                .set(COMMITMENT.SOURCE_DOCUMENT, sourceDocument).set(COMMITMENT.YEAR, year)
                .set(COMMITMENT.REFERENCE, reference).set(COMMITMENT.TEXT, text).set(COMMITMENT.SOURCE_URL, sourceUrl)
                .set(COMMITMENT.SHIPPED_KEY, shippedKey).set(COMMITMENT.SHIPPED, shipped)
                .returningResult(COMMITMENT.ID)
                .fetchSingle(Record1::value1);
    }

    boolean update(long id, int version, String sourceDocument, int year, String reference, String text,
                   String sourceUrl) {
        return dsl.update(COMMITMENT)
                .set(COMMITMENT.SOURCE_DOCUMENT, sourceDocument).set(COMMITMENT.YEAR, year)
                .set(COMMITMENT.REFERENCE, reference).set(COMMITMENT.TEXT, text).set(COMMITMENT.SOURCE_URL, sourceUrl)
                .set(COMMITMENT.VERSION, COMMITMENT.VERSION.plus(1))
                .set(COMMITMENT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(COMMITMENT.ID.eq(id).and(COMMITMENT.VERSION.eq(version)))
                .execute() == 1;
    }

    void replacePurposes(long id, List<PurposeLink> links) {
        dsl.deleteFrom(COMMITMENT_PURPOSE).where(COMMITMENT_PURPOSE.COMMITMENT_ID.eq(id)).execute();
        for (PurposeLink link : links) {
            dsl.insertInto(COMMITMENT_PURPOSE)
                    .set(COMMITMENT_PURPOSE.COMMITMENT_ID, id).set(COMMITMENT_PURPOSE.PLAN_CODE, link.planCode())
                    .set(COMMITMENT_PURPOSE.PURPOSE_NUMBER, link.purposeNumber())
                    .onConflictDoNothing()
                    .execute();
        }
    }

    boolean delete(long id, Integer version) {
        return dsl.deleteFrom(COMMITMENT)
                .where(COMMITMENT.ID.eq(id).and(version == null ? noCondition() : COMMITMENT.VERSION.eq(version)))
                .execute() == 1;
    }

    int shippedCount() {
        return dsl.fetchCount(COMMITMENT, COMMITMENT.SHIPPED.isTrue());
    }
}
