package org.kinerja.directory;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.noCondition;
import static org.kinerja.directory.db.Tables.CONTACT;
import static org.kinerja.directory.db.Tables.FORUM;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record9;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/** Forums, read and written with jOOQ. */
@Repository
class ForumRepository {

    static final List<String> SORT_KEYS = List.of("name", "kind");

    private final DSLContext dsl;

    ForumRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private SelectJoinStep<Record9<Long, String, String, ForumKind, String, String, Boolean, Integer,
            OffsetDateTime>> selectForums() {
        return dsl.select(FORUM.ID, FORUM.NAME, FORUM.SHORT_NAME, FORUM.KIND.convertFrom(ForumKind::valueOf),
                        FORUM.WEBSITE, FORUM.NOTES, FORUM.SHIPPED, FORUM.VERSION, FORUM.UPDATED_AT)
                .from(FORUM);
    }

    Optional<Forum> find(long id) {
        return selectForums().where(FORUM.ID.eq(id)).fetchOptional(mapping(Forum::new));
    }

    List<Forum> all() {
        return selectForums().orderBy(FORUM.NAME).fetch(mapping(Forum::new));
    }

    /** The ids of the records whose name or short name is {@code text}, ignoring case; at most two. */
    List<Long> idsNamed(String text) {
        return dsl.select(FORUM.ID).from(FORUM)
                .where(FORUM.NAME.equalIgnoreCase(text).or(FORUM.SHORT_NAME.equalIgnoreCase(text)))
                .orderBy(FORUM.ID).limit(2).fetch(Record1::value1);
    }

    boolean exists(long id) {
        return dsl.fetchExists(FORUM, FORUM.ID.eq(id));
    }

    Optional<Long> idOfName(String name) {
        return dsl.select(FORUM.ID).from(FORUM).where(FORUM.NAME.eq(name)).fetchOptional(Record1::value1);
    }

    boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(FORUM, FORUM.NAME.equalIgnoreCase(name)
                .and(exceptId == null ? noCondition() : FORUM.ID.ne(exceptId)));
    }

    ListPage<Forum> list(ForumFilter filter, PageQuery page) {
        Condition where = noCondition();
        String q = DirectoryRules.searchable(filter.q());
        if (q != null) {
            where = where.and(FORUM.NAME.containsIgnoreCase(q).or(FORUM.SHORT_NAME.containsIgnoreCase(q)));
        }
        if (filter.kind() != null) {
            where = where.and(FORUM.KIND.eq(filter.kind().name()));
        }
        SortOrder sort = SortOrder.parse(filter.sort(), SORT_KEYS);
        List<SortField<?>> order = new ArrayList<>();
        if (sort.key().equals("kind")) {
            order.add(sort.descending() ? FORUM.KIND.desc() : FORUM.KIND.asc());
        } else {
            order.add(sort.descending() ? FORUM.NAME.desc() : FORUM.NAME.asc());
        }
        order.add(FORUM.NAME.asc());
        List<Forum> items = selectForums().where(where).orderBy(order)
                .limit(page.size()).offset(DirectoryRules.offset(page))
                .fetch(mapping(Forum::new));
        return new ListPage<>(items, page.page(), page.size(), dsl.fetchCount(FORUM, where));
    }

    Optional<Long> insert(String name, String shortName, ForumKind kind, String website, String notes, boolean shipped) {
        return dsl.insertInto(FORUM)
                .set(FORUM.NAME, name).set(FORUM.SHORT_NAME, shortName).set(FORUM.KIND, kind.name())
                .set(FORUM.WEBSITE, website).set(FORUM.NOTES, notes).set(FORUM.SHIPPED, shipped)
                .onConflictDoNothing()
                .returningResult(FORUM.ID)
                .fetchOptional(Record1::value1);
    }

    boolean update(long id, int version, String name, String shortName, ForumKind kind, String website, String notes) {
        return dsl.update(FORUM)
                .set(FORUM.NAME, name).set(FORUM.SHORT_NAME, shortName).set(FORUM.KIND, kind.name())
                .set(FORUM.WEBSITE, website).set(FORUM.NOTES, notes)
                .set(FORUM.VERSION, FORUM.VERSION.plus(1)).set(FORUM.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(FORUM.ID.eq(id).and(FORUM.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean delete(long id, Integer version) {
        return dsl.deleteFrom(FORUM)
                .where(FORUM.ID.eq(id).and(version == null ? noCondition() : FORUM.VERSION.eq(version)))
                .execute() == 1;
    }

    int contactCount(long id) {
        return dsl.fetchCount(CONTACT, CONTACT.FORUM_ID.eq(id));
    }
}
