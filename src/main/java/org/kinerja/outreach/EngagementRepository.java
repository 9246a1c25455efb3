package org.kinerja.outreach;

import static org.jooq.impl.DSL.noCondition;
import static org.kinerja.outreach.db.Tables.ENGAGEMENT;
import static org.kinerja.outreach.db.Tables.ENGAGEMENT_REPRESENTATIVE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/** Engagements and their representatives, read and written with jOOQ. */
@Repository
class EngagementRepository {

    /** An engagement as stored: other modules' records by id. */
    record Row(long id, long forumId, LocalDate date, EngagementType type, String title, Integer audienceSize,
               String summary, String link, Long activityId, int version, OffsetDateTime updatedAt,
               List<Long> representativeIds) {
    }

    /** The fields written by insert and update. */
    record Values(long forumId, LocalDate date, EngagementType type, String title, Integer audienceSize,
                  String summary, String link, Long activityId, List<Long> representativeIds) {
    }

    private final DSLContext dsl;

    EngagementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    static Condition where(EngagementFilter f) {
        Condition c = noCondition();
        if (f.forumId() != null) {
            c = c.and(ENGAGEMENT.FORUM_ID.eq(f.forumId()));
        }
        if (f.type() != null) {
            c = c.and(ENGAGEMENT.TYPE.eq(f.type().name()));
        }
        if (f.year() != null) {
            c = c.and(ENGAGEMENT.ENGAGEMENT_DATE.between(LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
        }
        if (f.activityId() != null) {
            c = c.and(ENGAGEMENT.ACTIVITY_ID.eq(f.activityId()));
        }
        if (f.from() != null) {
            c = c.and(ENGAGEMENT.ENGAGEMENT_DATE.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(ENGAGEMENT.ENGAGEMENT_DATE.le(f.to()));
        }
        return c;
    }

    ListPage<Row> list(EngagementFilter filter, PageQuery page) {
        Condition where = where(filter);
        List<Row> rows = withRepresentatives(dsl.selectFrom(ENGAGEMENT).where(where)
                .orderBy(ENGAGEMENT.ENGAGEMENT_DATE.desc(), ENGAGEMENT.ID.desc())
                .limit(page.size()).offset(page.offset()).fetch());
        return new ListPage<>(rows, page.page(), page.size(), dsl.fetchCount(ENGAGEMENT, where));
    }

    int count(EngagementFilter filter) {
        return dsl.fetchCount(ENGAGEMENT, where(filter));
    }

    Optional<Row> find(long id) {
        return withRepresentatives(dsl.selectFrom(ENGAGEMENT).where(ENGAGEMENT.ID.eq(id)).fetch()).stream().findFirst();
    }

    private List<Row> withRepresentatives(List<? extends Record> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<Long> ids = records.stream().map(r -> r.get(ENGAGEMENT.ID)).toList();
        Map<Long, List<Long>> reps = new LinkedHashMap<>();
        dsl.select(ENGAGEMENT_REPRESENTATIVE.ENGAGEMENT_ID, ENGAGEMENT_REPRESENTATIVE.USER_ID)
                .from(ENGAGEMENT_REPRESENTATIVE).where(ENGAGEMENT_REPRESENTATIVE.ENGAGEMENT_ID.in(ids))
                .orderBy(ENGAGEMENT_REPRESENTATIVE.USER_ID)
                .forEach(r -> reps.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return records.stream().map(r -> new Row(r.get(ENGAGEMENT.ID), r.get(ENGAGEMENT.FORUM_ID),
                r.get(ENGAGEMENT.ENGAGEMENT_DATE), EngagementType.valueOf(r.get(ENGAGEMENT.TYPE)), r.get(ENGAGEMENT.TITLE),
                r.get(ENGAGEMENT.AUDIENCE_SIZE), r.get(ENGAGEMENT.SUMMARY), r.get(ENGAGEMENT.LINK),
                r.get(ENGAGEMENT.ACTIVITY_ID), r.get(ENGAGEMENT.VERSION), r.get(ENGAGEMENT.UPDATED_AT),
                reps.getOrDefault(r.get(ENGAGEMENT.ID), List.of()))).toList();
    }

    long insert(Values v) {
        long id = dsl.insertInto(ENGAGEMENT)
                .set(ENGAGEMENT.FORUM_ID, v.forumId()).set(ENGAGEMENT.ENGAGEMENT_DATE, v.date())
                .set(ENGAGEMENT.TYPE, v.type().name()).set(ENGAGEMENT.TITLE, v.title())
                .set(ENGAGEMENT.AUDIENCE_SIZE, v.audienceSize()).set(ENGAGEMENT.SUMMARY, v.summary())
                .set(ENGAGEMENT.LINK, v.link()).set(ENGAGEMENT.ACTIVITY_ID, v.activityId())
                .returningResult(ENGAGEMENT.ID).fetchOne(Record1::value1);
        representatives(id, v.representativeIds());
        return id;
    }

    boolean update(long id, int version, Values v) {
        boolean updated = dsl.update(ENGAGEMENT)
                .set(ENGAGEMENT.FORUM_ID, v.forumId()).set(ENGAGEMENT.ENGAGEMENT_DATE, v.date())
                .set(ENGAGEMENT.TYPE, v.type().name()).set(ENGAGEMENT.TITLE, v.title())
                .set(ENGAGEMENT.AUDIENCE_SIZE, v.audienceSize()).set(ENGAGEMENT.SUMMARY, v.summary())
                .set(ENGAGEMENT.LINK, v.link()).set(ENGAGEMENT.ACTIVITY_ID, v.activityId())
                .set(ENGAGEMENT.VERSION, ENGAGEMENT.VERSION.plus(1)).set(ENGAGEMENT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(ENGAGEMENT.ID.eq(id).and(ENGAGEMENT.VERSION.eq(version)))
                .execute() == 1;
        if (updated) {
            dsl.deleteFrom(ENGAGEMENT_REPRESENTATIVE).where(ENGAGEMENT_REPRESENTATIVE.ENGAGEMENT_ID.eq(id)).execute();
            representatives(id, v.representativeIds());
        }
        return updated;
    }

    private void representatives(long id, List<Long> userIds) {
        for (Long userId : userIds) {
            dsl.insertInto(ENGAGEMENT_REPRESENTATIVE).set(ENGAGEMENT_REPRESENTATIVE.ENGAGEMENT_ID, id)
                    .set(ENGAGEMENT_REPRESENTATIVE.USER_ID, userId).execute();
        }
    }

    boolean delete(long id, Integer version) {
        return dsl.deleteFrom(ENGAGEMENT)
                .where(ENGAGEMENT.ID.eq(id).and(version == null ? noCondition() : ENGAGEMENT.VERSION.eq(version)))
                .execute() == 1;
    }

    int countOfForum(long forumId) {
        return dsl.fetchCount(ENGAGEMENT, ENGAGEMENT.FORUM_ID.eq(forumId));
    }

    int countOfActivity(long activityId) {
        return dsl.fetchCount(ENGAGEMENT, ENGAGEMENT.ACTIVITY_ID.eq(activityId));
    }

    boolean any() {
        return dsl.fetchExists(ENGAGEMENT);
    }
}
