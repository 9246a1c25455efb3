package org.kinerja.request;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;
import static org.kinerja.request.db.Tables.MEMBER_REQUEST;
import static org.kinerja.request.db.Tables.MEMBER_REQUEST_ACTIVITY;
import static org.kinerja.request.db.Tables.STATUS_CHANGE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.kinerja.request.db.tables.records.MemberRequestRecord;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/**
 * Member requests, read and written with jOOQ. Days open and overdue flags are computed in SQL for the day
 * given, so lists can be filtered by them.
 */
@Repository
class MemberRequestRepository {

    /** A request as stored, with what SQL computed for the day it was read. */
    record Row(MemberRequestRecord request, int daysOpen, boolean acknowledgementOverdue, boolean deliveryOverdue,
               int daysOverdue, List<Long> activityIds) {
    }

    /** One entry of a request's status history. */
    record History(MemberRequestStatus from, MemberRequestStatus to, LocalDate date, String reason, Long changedBy,
                   OffsetDateTime changedAt) {
    }

    private static final List<String> OPEN = List.of(MemberRequestStatus.RECEIVED.name(),
            MemberRequestStatus.ACCEPTED.name(), MemberRequestStatus.IN_PROGRESS.name());

    private final DSLContext dsl;

    MemberRequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Received and not acknowledged for more than {@code acknowledgeDays} before {@code today}. */
    static Condition acknowledgementOverdue(LocalDate today, int acknowledgeDays) {
        return MEMBER_REQUEST.STATUS.eq(MemberRequestStatus.RECEIVED.name())
                .and(val(today).gt(DSL.localDateAdd(MEMBER_REQUEST.RECEIVED_DATE, acknowledgeDays)));
    }

    /** Still open after its due date. */
    static Condition deliveryOverdue(LocalDate today) {
        return MEMBER_REQUEST.STATUS.in(OPEN).and(val(today).gt(MEMBER_REQUEST.DUE_DATE));
    }

    static Condition where(MemberRequestFilter f, LocalDate today, int acknowledgeDays) {
        Condition c = noCondition();
        if (f.status() != null) {
            c = c.and(MEMBER_REQUEST.STATUS.eq(f.status().name()));
        }
        if (f.type() != null) {
            c = c.and(MEMBER_REQUEST.TYPE.eq(f.type().name()));
        }
        if (f.requesterKind() != null) {
            c = c.and(MEMBER_REQUEST.REQUESTER_KIND.eq(f.requesterKind().name()));
        }
        if (f.memberCode() != null) {
            c = c.and(MEMBER_REQUEST.REQUESTER_MEMBER_CODE.eq(f.memberCode()));
        }
        if (f.bodyId() != null) {
            c = c.and(MEMBER_REQUEST.REQUESTER_BODY_ID.eq(f.bodyId()));
        }
        if (f.officerId() != null) {
            c = c.and(MEMBER_REQUEST.ASSIGNED_OFFICER_ID.eq(f.officerId()));
        }
        if (f.overdue() != null) {
            Condition overdue = acknowledgementOverdue(today, acknowledgeDays).or(deliveryOverdue(today));
            c = c.and(f.overdue() ? overdue : DSL.not(overdue));
        }
        if (f.receivedFrom() != null) {
            c = c.and(MEMBER_REQUEST.RECEIVED_DATE.ge(f.receivedFrom()));
        }
        if (f.receivedTo() != null) {
            c = c.and(MEMBER_REQUEST.RECEIVED_DATE.le(f.receivedTo()));
        }
        if (f.openOn() != null) {
            // least() of two dates is null only when both are
            var ended = DSL.least(MEMBER_REQUEST.DELIVERED_DATE, MEMBER_REQUEST.CLOSED_DATE);
            c = c.and(MEMBER_REQUEST.RECEIVED_DATE.le(f.openOn())).and(ended.isNull().or(ended.gt(f.openOn())));
        }
        if (f.dueBefore() != null) {
            c = c.and(MEMBER_REQUEST.DUE_DATE.lt(f.dueBefore()));
        }
        return c;
    }

    ListPage<Row> list(MemberRequestFilter filter, PageQuery page, LocalDate today, int acknowledgeDays) {
        Condition where = where(filter, today, acknowledgeDays);
        List<Row> rows = rows(select(today, acknowledgeDays).where(where)
                .orderBy(MEMBER_REQUEST.RECEIVED_DATE.desc(), MEMBER_REQUEST.ID.desc())
                .limit(page.size()).offset(page.offset()).fetch());
        return new ListPage<>(rows, page.page(), page.size(), dsl.fetchCount(MEMBER_REQUEST, where));
    }

    int count(MemberRequestFilter filter, LocalDate today, int acknowledgeDays) {
        return dsl.fetchCount(MEMBER_REQUEST, where(filter, today, acknowledgeDays));
    }

    Optional<Row> find(long id, LocalDate today, int acknowledgeDays) {
        return rows(select(today, acknowledgeDays).where(MEMBER_REQUEST.ID.eq(id)).fetch()).stream().findFirst();
    }

    private org.jooq.SelectJoinStep<Record> select(LocalDate today, int acknowledgeDays) {
        Field<LocalDate> end = DSL.coalesce(MEMBER_REQUEST.DELIVERED_DATE, MEMBER_REQUEST.CLOSED_DATE, val(today));
        Condition delivery = deliveryOverdue(today);
        return dsl.select(MEMBER_REQUEST.fields())
                .select(DSL.localDateDiff(end, MEMBER_REQUEST.RECEIVED_DATE).as("days_open"),
                        DSL.field(acknowledgementOverdue(today, acknowledgeDays)).as("ack_overdue"),
                        DSL.field(delivery).as("delivery_overdue"),
                        DSL.when(delivery, DSL.localDateDiff(val(today), MEMBER_REQUEST.DUE_DATE)).else_(0).as("days_overdue"))
                .from(MEMBER_REQUEST);
    }

    private List<Row> rows(List<Record> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<Long> ids = records.stream().map(r -> r.get(MEMBER_REQUEST.ID)).toList();
        Map<Long, List<Long>> acts = new LinkedHashMap<>();
        dsl.select(MEMBER_REQUEST_ACTIVITY.REQUEST_ID, MEMBER_REQUEST_ACTIVITY.ACTIVITY_ID).from(MEMBER_REQUEST_ACTIVITY)
                .where(MEMBER_REQUEST_ACTIVITY.REQUEST_ID.in(ids)).orderBy(MEMBER_REQUEST_ACTIVITY.ACTIVITY_ID)
                .forEach(r -> acts.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return records.stream().map(r -> new Row(r.into(MEMBER_REQUEST), r.get("days_open", Integer.class),
                r.get("ack_overdue", Boolean.class), r.get("delivery_overdue", Boolean.class),
                r.get("days_overdue", Integer.class), acts.getOrDefault(r.get(MEMBER_REQUEST.ID), List.of()))).toList();
    }

    long insert(MemberRequestRecord values, List<Long> activityIds) {
        MemberRequestRecord r = dsl.newRecord(MEMBER_REQUEST, values);
        r.changed(MEMBER_REQUEST.ID, false);
        r.changed(MEMBER_REQUEST.VERSION, false);
        r.changed(MEMBER_REQUEST.CREATED_AT, false);
        r.changed(MEMBER_REQUEST.UPDATED_AT, false);
        r.store();
        long id = r.getId();
        activities(id, activityIds);
        return id;
    }

    /** Writes the fields of a request that an edit changes; false when the version is stale. */
    boolean update(long id, int version, MemberRequestRecord v, List<Long> activityIds) {
        boolean updated = dsl.update(MEMBER_REQUEST)
                .set(MEMBER_REQUEST.REQUESTER_KIND, v.getRequesterKind())
                .set(MEMBER_REQUEST.REQUESTER_MEMBER_CODE, v.getRequesterMemberCode())
                .set(MEMBER_REQUEST.REQUESTER_BODY_ID, v.getRequesterBodyId())
                .set(MEMBER_REQUEST.REQUESTER_CONTACT_ID, v.getRequesterContactId())
                .set(MEMBER_REQUEST.RECEIVED_DATE, v.getReceivedDate())
                .set(MEMBER_REQUEST.CHANNEL, v.getChannel())
                .set(MEMBER_REQUEST.SUBJECT, v.getSubject())
                .set(MEMBER_REQUEST.DESCRIPTION, v.getDescription())
                .set(MEMBER_REQUEST.TYPE, v.getType())
                .set(MEMBER_REQUEST.ASSIGNED_OFFICER_ID, v.getAssignedOfficerId())
                .set(MEMBER_REQUEST.DUE_DATE, v.getDueDate())
                .set(MEMBER_REQUEST.RESPONSE_SUMMARY, v.getResponseSummary())
                .set(MEMBER_REQUEST.VERSION, MEMBER_REQUEST.VERSION.plus(1))
                .set(MEMBER_REQUEST.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(MEMBER_REQUEST.ID.eq(id).and(MEMBER_REQUEST.VERSION.eq(version)))
                .execute() == 1;
        if (updated) {
            dsl.deleteFrom(MEMBER_REQUEST_ACTIVITY).where(MEMBER_REQUEST_ACTIVITY.REQUEST_ID.eq(id)).execute();
            activities(id, activityIds);
        }
        return updated;
    }

    /** Moves a request to another status with its dates; false when the version is stale. */
    boolean changeStatus(long id, int version, MemberRequestStatus to, LocalDate acknowledged, LocalDate delivered,
                         LocalDate closed, String reason) {
        return dsl.update(MEMBER_REQUEST)
                .set(MEMBER_REQUEST.STATUS, to.name())
                .set(MEMBER_REQUEST.ACKNOWLEDGED_DATE, acknowledged)
                .set(MEMBER_REQUEST.DELIVERED_DATE, delivered)
                .set(MEMBER_REQUEST.CLOSED_DATE, closed)
                .set(MEMBER_REQUEST.STATUS_REASON, reason)
                .set(MEMBER_REQUEST.VERSION, MEMBER_REQUEST.VERSION.plus(1))
                .set(MEMBER_REQUEST.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(MEMBER_REQUEST.ID.eq(id).and(MEMBER_REQUEST.VERSION.eq(version)))
                .execute() == 1;
    }

    void history(long id, MemberRequestStatus from, MemberRequestStatus to, LocalDate date, String reason, Long userId) {
        dsl.insertInto(STATUS_CHANGE).set(STATUS_CHANGE.REQUEST_ID, id)
                .set(STATUS_CHANGE.FROM_STATUS, from == null ? null : from.name()).set(STATUS_CHANGE.TO_STATUS, to.name())
                .set(STATUS_CHANGE.CHANGE_DATE, date).set(STATUS_CHANGE.REASON, reason)
                .set(STATUS_CHANGE.CHANGED_BY, userId).execute();
    }

    List<History> history(long id) {
        return dsl.selectFrom(STATUS_CHANGE).where(STATUS_CHANGE.REQUEST_ID.eq(id)).orderBy(STATUS_CHANGE.ID)
                .fetch(r -> new History(r.getFromStatus() == null ? null : MemberRequestStatus.valueOf(r.getFromStatus()),
                        MemberRequestStatus.valueOf(r.getToStatus()), r.getChangeDate(), r.getReason(),
                        r.getChangedBy(), r.getChangedAt()));
    }

    private void activities(long id, List<Long> activityIds) {
        for (Long a : activityIds) {
            dsl.insertInto(MEMBER_REQUEST_ACTIVITY).set(MEMBER_REQUEST_ACTIVITY.REQUEST_ID, id)
                    .set(MEMBER_REQUEST_ACTIVITY.ACTIVITY_ID, a).execute();
        }
    }

    int countOfMember(String code) {
        return dsl.fetchCount(MEMBER_REQUEST, MEMBER_REQUEST.REQUESTER_MEMBER_CODE.eq(code));
    }

    int countOfBody(long bodyId) {
        return dsl.fetchCount(MEMBER_REQUEST, MEMBER_REQUEST.REQUESTER_BODY_ID.eq(bodyId));
    }

    int countOfActivity(long activityId) {
        return dsl.fetchCount(MEMBER_REQUEST_ACTIVITY, MEMBER_REQUEST_ACTIVITY.ACTIVITY_ID.eq(activityId));
    }

    boolean any() {
        return dsl.fetchExists(MEMBER_REQUEST);
    }

    Optional<Long> idOfSubject(String subject) {
        return dsl.select(MEMBER_REQUEST.ID).from(MEMBER_REQUEST).where(MEMBER_REQUEST.SUBJECT.eq(subject))
                .limit(1).fetchOptional(Record1::value1);
    }
}
