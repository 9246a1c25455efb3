package org.kinerja.directory;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.kinerja.directory.db.Tables.BODY;
import static org.kinerja.directory.db.Tables.BODY_MEMBER;
import static org.kinerja.directory.db.Tables.CONTACT;
import static org.kinerja.directory.db.Tables.MEMBER;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record12;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/** Bodies and their seats, read and written with jOOQ. */
@Repository
class BodyRepository {

    static final List<String> SORT_KEYS = List.of("name", "shortName", "kind", "established");

    /** A seat as stored: the member's id, its role and term, in the body's order. */
    record Seat(long memberId, BodyMemberRole role, String term) {
    }

    private static final org.kinerja.directory.db.tables.Body PARENT = BODY.as("parent");

    private final DSLContext dsl;

    BodyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Field<List<BodyMember>> seats() {
        return multiset(select(MEMBER.CODE, MEMBER.NAME, BODY_MEMBER.ROLE.convertFrom(BodyMemberRole::valueOf),
                        BODY_MEMBER.TERM)
                .from(BODY_MEMBER).join(MEMBER).on(MEMBER.ID.eq(BODY_MEMBER.MEMBER_ID))
                .where(BODY_MEMBER.BODY_ID.eq(BODY.ID))
                .orderBy(BODY_MEMBER.POSITION))
                .convertFrom(r -> r.map(mapping(BodyMember::new)));
    }

    private SelectOnConditionStep<Record12<Long, String, String, BodyKind, BodyRef, Integer, String, String,
            List<BodyMember>, Boolean, Integer, OffsetDateTime>> selectBodies() {
        return dsl.select(BODY.ID, BODY.NAME, BODY.SHORT_NAME, BODY.KIND.convertFrom(BodyKind::valueOf),
                        row(PARENT.ID, PARENT.NAME, PARENT.SHORT_NAME)
                                .mapping((id, name, shortName) -> id == null ? null : new BodyRef(id, name, shortName)),
                        BODY.ESTABLISHED_YEAR, BODY.NOTES, BODY.SOURCES, seats(), BODY.SHIPPED, BODY.VERSION,
                        BODY.UPDATED_AT)
                .from(BODY).leftJoin(PARENT).on(PARENT.ID.eq(BODY.PARENT_ID));
    }

    Optional<Body> find(long id) {
        return selectBodies().where(BODY.ID.eq(id)).fetchOptional(mapping(Body::new));
    }

    Optional<Body> findByName(String name) {
        return selectBodies().where(BODY.NAME.eq(name)).fetchOptional(mapping(Body::new));
    }

    Optional<Body> findByShortName(String shortName) {
        if (shortName.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        return selectBodies().where(BODY.SHORT_NAME.equalIgnoreCase(shortName)).fetchOptional(mapping(Body::new));
    }

    /** The ids of the records whose name or short name is {@code text}, ignoring case; at most two. */
    List<Long> idsNamed(String text) {
        return dsl.select(BODY.ID).from(BODY)
                .where(BODY.NAME.equalIgnoreCase(text).or(BODY.SHORT_NAME.equalIgnoreCase(text)))
                .orderBy(BODY.ID).limit(2).fetch(Record1::value1);
    }

    boolean exists(long id) {
        return dsl.fetchExists(BODY, BODY.ID.eq(id));
    }

    boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(BODY, BODY.NAME.equalIgnoreCase(name)
                .and(exceptId == null ? noCondition() : BODY.ID.ne(exceptId)));
    }

    boolean shortNameTaken(String shortName, Long exceptId) {
        return dsl.fetchExists(BODY, BODY.SHORT_NAME.equalIgnoreCase(shortName)
                .and(exceptId == null ? noCondition() : BODY.ID.ne(exceptId)));
    }

    Optional<Long> parentOf(long id) {
        return dsl.select(BODY.PARENT_ID).from(BODY).where(BODY.ID.eq(id)).fetchOptional(Record1::value1);
    }

    ListPage<Body> list(BodyFilter filter, PageQuery page) {
        Condition where = where(filter);
        List<Body> items = selectBodies().where(where)
                .orderBy(order(SortOrder.parse(filter.sort(), SORT_KEYS)))
                .limit(page.size()).offset(DirectoryRules.offset(page))
                .fetch(mapping(Body::new));
        return new ListPage<>(items, page.page(), page.size(), dsl.fetchCount(BODY, where));
    }

    /** Every body by name, for choices in forms. */
    List<BodyRef> refs() {
        return dsl.select(BODY.ID, BODY.NAME, BODY.SHORT_NAME).from(BODY).orderBy(BODY.NAME)
                .fetch(mapping(BodyRef::new));
    }

    List<BodyRef> children(long id) {
        return dsl.select(BODY.ID, BODY.NAME, BODY.SHORT_NAME).from(BODY).where(BODY.PARENT_ID.eq(id))
                .orderBy(BODY.NAME).fetch(mapping(BodyRef::new));
    }

    private static Condition where(BodyFilter f) {
        Condition c = noCondition();
        String q = DirectoryRules.searchable(f.q());
        if (q != null) {
            c = c.and(BODY.NAME.containsIgnoreCase(q).or(BODY.SHORT_NAME.containsIgnoreCase(q)));
        }
        if (f.kind() != null) {
            c = c.and(BODY.KIND.eq(f.kind().name()));
        }
        if (f.parentId() != null) {
            c = c.and(BODY.PARENT_ID.eq(f.parentId()));
        }
        if (DirectoryRules.codeFilter(f.memberCode()) != null) {
            c = c.and(DSL.exists(selectOne().from(BODY_MEMBER).join(MEMBER).on(MEMBER.ID.eq(BODY_MEMBER.MEMBER_ID))
                    .where(BODY_MEMBER.BODY_ID.eq(BODY.ID).and(MEMBER.CODE.eq(DirectoryRules.codeFilter(f.memberCode()))))));
        }
        return c;
    }

    private static List<SortField<?>> order(SortOrder sort) {
        List<SortField<?>> order = new ArrayList<>();
        switch (sort.key()) {
            case "shortName" -> order.add(sort.descending() ? BODY.SHORT_NAME.desc() : BODY.SHORT_NAME.asc());
            case "kind" -> order.add(sort.descending() ? BODY.KIND.desc() : BODY.KIND.asc());
            case "established" -> order.add(sort.descending() ? BODY.ESTABLISHED_YEAR.desc().nullsLast()
                    : BODY.ESTABLISHED_YEAR.asc().nullsLast());
            default -> order.add(sort.descending() ? BODY.NAME.desc() : BODY.NAME.asc());
        }
        order.add(BODY.NAME.asc());
        return order;
    }

    /** Inserts a body unless its name or short name is taken; its id, or empty when one was. */
    Optional<Long> insert(String name, String shortName, BodyKind kind, Long parentId, Integer establishedYear,
                          String notes, String sources, boolean shipped) {
        return dsl.insertInto(BODY)
                .set(BODY.NAME, name).set(BODY.SHORT_NAME, shortName).set(BODY.KIND, kind.name())
                .set(BODY.PARENT_ID, parentId).set(BODY.ESTABLISHED_YEAR, establishedYear)
                .set(BODY.NOTES, notes).set(BODY.SOURCES, sources).set(BODY.SHIPPED, shipped)
                .onConflictDoNothing()
                .returningResult(BODY.ID)
                .fetchOptional(Record1::value1);
    }

    boolean update(long id, int version, String name, String shortName, BodyKind kind, Long parentId,
                   Integer establishedYear, String notes, String sources) {
        return dsl.update(BODY)
                .set(BODY.NAME, name).set(BODY.SHORT_NAME, shortName).set(BODY.KIND, kind.name())
                .set(BODY.PARENT_ID, parentId).set(BODY.ESTABLISHED_YEAR, establishedYear)
                .set(BODY.NOTES, notes).set(BODY.SOURCES, sources)
                .set(BODY.VERSION, BODY.VERSION.plus(1)).set(BODY.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(BODY.ID.eq(id).and(BODY.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Sets the parent of a body loaded from the shipped data, without touching its version. */
    void setParent(long id, long parentId) {
        dsl.update(BODY).set(BODY.PARENT_ID, parentId).where(BODY.ID.eq(id)).execute();
    }

    void replaceSeats(long id, List<Seat> seats) {
        dsl.deleteFrom(BODY_MEMBER).where(BODY_MEMBER.BODY_ID.eq(id)).execute();
        for (int i = 0; i < seats.size(); i++) {
            Seat s = seats.get(i);
            dsl.insertInto(BODY_MEMBER)
                    .set(BODY_MEMBER.BODY_ID, id).set(BODY_MEMBER.MEMBER_ID, s.memberId())
                    .set(BODY_MEMBER.ROLE, s.role().name()).set(BODY_MEMBER.TERM, s.term())
                    .set(BODY_MEMBER.POSITION, i + 1)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    boolean delete(long id, Integer version) {
        return dsl.deleteFrom(BODY)
                .where(BODY.ID.eq(id).and(version == null ? noCondition() : BODY.VERSION.eq(version)))
                .execute() == 1;
    }

    int contactCount(long id) {
        return dsl.fetchCount(CONTACT, CONTACT.BODY_ID.eq(id));
    }
}
