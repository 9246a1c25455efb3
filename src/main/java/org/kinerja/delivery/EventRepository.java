package org.kinerja.delivery;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.rollup;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.when;
import static org.kinerja.delivery.db.Tables.ATTENDANCE;
import static org.kinerja.delivery.db.Tables.EVENT;
import static org.kinerja.delivery.db.Tables.EVENT_PARTNER;
import static org.kinerja.delivery.db.Tables.PERSON;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.kinerja.delivery.db.tables.records.EventRecord;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/** Events and their organising partners in {@code delivery.event} and {@code delivery.event_partner}. */
@Repository
class EventRepository {

    private static final Field<Integer> ATTENDANCES = field(selectCount().from(ATTENDANCE)
            .where(ATTENDANCE.EVENT_ID.eq(EVENT.ID))).as("attendances");

    private final DSLContext db;

    EventRepository(DSLContext db) {
        this.db = db;
    }

    /** A valid, normalised event as the service stores it. */
    record Values(long activityId, EventKind kind, String title, java.time.LocalDate startDate,
                  java.time.LocalDate endDate, String city, String countryCode, boolean virtual, List<String> languages,
                  EventStatus status, String notes, List<Long> partnerIds) {
    }

    long insert(Values v) {
        long id = db.insertInto(EVENT)
                .set(EVENT.ACTIVITY_ID, v.activityId())
                .set(EVENT.KIND, v.kind().name())
                .set(EVENT.TITLE, v.title())
                .set(EVENT.START_DATE, v.startDate())
                .set(EVENT.END_DATE, v.endDate())
                .set(EVENT.CITY, v.city())
                .set(EVENT.COUNTRY_CODE, v.countryCode())
                .set(EVENT.VIRTUAL, v.virtual())
                .set(EVENT.LANGUAGES, String.join(",", v.languages()))
                .set(EVENT.STATUS, v.status().name())
                .set(EVENT.NOTES, v.notes())
                .returning(EVENT.ID).fetchOne(EVENT.ID);
        partners(id, v.partnerIds());
        return id;
    }

    boolean update(long id, int version, Values v) {
        int n = db.update(EVENT)
                .set(EVENT.ACTIVITY_ID, v.activityId())
                .set(EVENT.KIND, v.kind().name())
                .set(EVENT.TITLE, v.title())
                .set(EVENT.START_DATE, v.startDate())
                .set(EVENT.END_DATE, v.endDate())
                .set(EVENT.CITY, v.city())
                .set(EVENT.COUNTRY_CODE, v.countryCode())
                .set(EVENT.VIRTUAL, v.virtual())
                .set(EVENT.LANGUAGES, String.join(",", v.languages()))
                .set(EVENT.STATUS, v.status().name())
                .set(EVENT.NOTES, v.notes())
                .set(EVENT.VERSION, EVENT.VERSION.plus(1))
                .set(EVENT.UPDATED_AT, OffsetDateTime.now())
                .where(EVENT.ID.eq(id).and(EVENT.VERSION.eq(version)))
                .execute();
        if (n == 1) {
            db.deleteFrom(EVENT_PARTNER).where(EVENT_PARTNER.EVENT_ID.eq(id)).execute();
            partners(id, v.partnerIds());
        }
        return n == 1;
    }

    private void partners(long id, List<Long> partnerIds) {
        for (Long partnerId : partnerIds) {
            db.insertInto(EVENT_PARTNER).set(EVENT_PARTNER.EVENT_ID, id).set(EVENT_PARTNER.PARTNER_ID, partnerId)
                    .onConflictDoNothing().execute();
        }
    }

    boolean delete(long id, Integer version) {
        return db.deleteFrom(EVENT)
                .where(EVENT.ID.eq(id).and(version == null ? noCondition() : EVENT.VERSION.eq(version)))
                .execute() == 1;
    }

    Optional<Event> find(long id) {
        return db.select(EVENT.asterisk(), ATTENDANCES).from(EVENT).where(EVENT.ID.eq(id))
                .fetchOptional(r -> event(r, partnerIds(id)));
    }

    Optional<OffsetDateTime> updatedAt(long id) {
        return db.select(EVENT.UPDATED_AT).from(EVENT).where(EVENT.ID.eq(id)).fetchOptional(EVENT.UPDATED_AT);
    }

    boolean exists(long id) {
        return db.fetchExists(EVENT, EVENT.ID.eq(id));
    }

    ListPage<Event> list(EventFilter filter, PageQuery page) {
        Condition where = condition(filter);
        long total = db.fetchCount(EVENT, where);
        List<Event> items = db.select(EVENT.asterisk(), ATTENDANCES).from(EVENT).where(where)
                .orderBy(EVENT.START_DATE.desc(), EVENT.ID.desc())
                .limit(page.size()).offset(page.offset())
                .fetch(r -> event(r, List.of()));
        return new ListPage<>(withPartners(items), page.page(), page.size(), total);
    }

    private List<Event> withPartners(List<Event> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, List<Long>> partners = db.select(EVENT_PARTNER.EVENT_ID, EVENT_PARTNER.PARTNER_ID).from(EVENT_PARTNER)
                .where(EVENT_PARTNER.EVENT_ID.in(items.stream().map(Event::id).toList()))
                .orderBy(EVENT_PARTNER.PARTNER_ID)
                .fetchGroups(EVENT_PARTNER.EVENT_ID, EVENT_PARTNER.PARTNER_ID);
        return items.stream().map(e -> new Event(e.id(), e.activityId(), e.activityCode(), e.activityTitle(), e.kind(),
                e.title(), e.startDate(), e.endDate(), e.city(), e.countryCode(), e.virtual(), e.languages(), e.status(),
                e.notes(), partners.getOrDefault(e.id(), List.of()), e.attendances(), e.version())).toList();
    }

    private static Condition condition(EventFilter f) {
        Condition c = noCondition();
        if (f.activityId() != null) {
            c = c.and(EVENT.ACTIVITY_ID.eq(f.activityId()));
        }
        if (f.kind() != null) {
            c = c.and(EVENT.KIND.eq(f.kind().name()));
        }
        if (f.from() != null) {
            c = c.and(EVENT.END_DATE.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(EVENT.START_DATE.le(f.to()));
        }
        if (f.country() != null && !f.country().isBlank()) {
            c = c.and(EVENT.COUNTRY_CODE.eq(f.country().strip().toUpperCase(java.util.Locale.ROOT)));
        }
        return c;
    }

    List<Long> partnerIds(long eventId) {
        return db.select(EVENT_PARTNER.PARTNER_ID).from(EVENT_PARTNER).where(EVENT_PARTNER.EVENT_ID.eq(eventId))
                .orderBy(EVENT_PARTNER.PARTNER_ID).fetch(EVENT_PARTNER.PARTNER_ID);
    }

    int countByActivity(long activityId) {
        return db.fetchCount(EVENT, EVENT.ACTIVITY_ID.eq(activityId));
    }

    int countByCountry(String alpha3) {
        return db.fetchCount(EVENT, EVENT.COUNTRY_CODE.eq(alpha3));
    }

    int countByPartner(long partnerId) {
        return db.fetchCount(EVENT_PARTNER, EVENT_PARTNER.PARTNER_ID.eq(partnerId));
    }

    /** The breakdown of one event's attendances, computed by PostgreSQL. */
    EventBreakdown breakdown(long eventId) {
        Condition ofEvent = ATTENDANCE.EVENT_ID.eq(eventId);
        Map<String, Long> sexes = db.select(PERSON.SEX, count()).from(ATTENDANCE).join(PERSON)
                .on(PERSON.ID.eq(ATTENDANCE.PERSON_ID)).where(ofEvent).groupBy(PERSON.SEX)
                .fetchMap(PERSON.SEX, r -> r.value2().longValue());
        List<EventBreakdown.Count> bySex = new ArrayList<>();
        for (Sex sex : Sex.values()) {
            bySex.add(new EventBreakdown.Count(sex.name(), sexes.getOrDefault(sex.name(), 0L)));
        }
        List<EventBreakdown.Count> byMember = groups(PERSON.MEMBER_CODE, ofEvent);
        List<EventBreakdown.Count> byAgency = groups(PERSON.AGENCY_TYPE, ofEvent);
        Field<BigDecimal> gain = field("avg({0} - {1})", BigDecimal.class, ATTENDANCE.POST_TEST, ATTENDANCE.PRE_TEST);
        Field<Integer> tested = count().filterWhere(ATTENDANCE.PRE_TEST.isNotNull().and(ATTENDANCE.POST_TEST.isNotNull()));
        Field<Integer> answered = count(ATTENDANCE.SATISFACTION);
        Field<Integer> satisfied = count().filterWhere(ATTENDANCE.SATISFACTION.ge(4));
        Field<Integer> all = count();
        Record r = db.select(all, tested, answered, satisfied,
                        field(select(gain).from(ATTENDANCE).where(ofEvent.and(ATTENDANCE.PRE_TEST.isNotNull())
                                .and(ATTENDANCE.POST_TEST.isNotNull()))).as("gain"))
                .from(ATTENDANCE).where(ofEvent).fetchOne();
        long answers = r.get(answered);
        BigDecimal mean = r.get("gain", BigDecimal.class);
        return new EventBreakdown(r.get(all), bySex, byMember, byAgency,
                mean == null ? null : mean.setScale(1, RoundingMode.HALF_UP), r.get(tested),
                answers == 0 ? null : BigDecimal.valueOf(r.get(satisfied)).divide(BigDecimal.valueOf(answers), 3,
                        RoundingMode.HALF_UP),
                answers);
    }

    /**
     * The attendances of people of one member, counted by PostgreSQL with {@code GROUP BY ROLLUP(year, event)}:
     * one row per event, one per year (event {@code null}) and the grand total (year {@code null}).
     */
    List<ParticipationRow> participation(String memberCode) {
        Field<Integer> year = field("extract(year from {0})::int", Integer.class, EVENT.START_DATE).as("year");
        Field<Integer> yearKey = field("extract(year from {0})::int", Integer.class, EVENT.START_DATE);
        Field<Integer> all = count();
        Field<Integer> people = countDistinct(ATTENDANCE.PERSON_ID);
        Field<Integer> participants = count().filterWhere(ATTENDANCE.ROLE.eq(AttendanceRole.PARTICIPANT.name()));
        Field<Integer> others = count().filterWhere(ATTENDANCE.ROLE.ne(AttendanceRole.PARTICIPANT.name()));
        Field<Integer> female = count().filterWhere(PERSON.SEX.eq(Sex.FEMALE.name()));
        Field<Integer> male = count().filterWhere(PERSON.SEX.eq(Sex.MALE.name()));
        Field<Integer> other = count().filterWhere(PERSON.SEX.eq(Sex.OTHER.name()));
        Field<Integer> notRecorded = count().filterWhere(PERSON.SEX.eq(Sex.NOT_RECORDED.name()));
        Field<String> title = min(EVENT.TITLE);
        Field<java.time.LocalDate> start = min(EVENT.START_DATE);
        Field<java.time.LocalDate> end = min(EVENT.END_DATE);
        Field<String> kind = min(EVENT.KIND);
        Field<Long> activity = min(EVENT.ACTIVITY_ID);
        return db.select(year, EVENT.ID, title, start, end, kind, activity, all, people, participants, others, female,
                        male, other, notRecorded)
                .from(ATTENDANCE).join(PERSON).on(PERSON.ID.eq(ATTENDANCE.PERSON_ID))
                .join(EVENT).on(EVENT.ID.eq(ATTENDANCE.EVENT_ID))
                .where(PERSON.MEMBER_CODE.eq(memberCode))
                .groupBy(rollup(yearKey, EVENT.ID))
                .orderBy(yearKey.desc().nullsLast(), EVENT.ID.isNull().desc(), start.asc(), EVENT.ID.asc())
                .fetch(r -> new ParticipationRow(r.get(year), r.get(EVENT.ID), r.get(title), r.get(start), r.get(end),
                        r.get(kind) == null ? null : EventKind.valueOf(r.get(kind)), r.get(activity),
                        new MemberParticipation.Counts(r.get(all), r.get(people), r.get(participants), r.get(others),
                                r.get(female), r.get(male), r.get(other), r.get(notRecorded))));
    }

    /** One row of {@link #participation(String)}: an event, a year's subtotal (no event) or the total (no year). */
    record ParticipationRow(Integer year, Long eventId, String title, java.time.LocalDate startDate,
                            java.time.LocalDate endDate, EventKind kind, Long activityId, MemberParticipation.Counts counts) {
    }

    private List<EventBreakdown.Count> groups(Field<String> key, Condition ofEvent) {
        Field<Integer> n = count();
        return db.select(key, n).from(ATTENDANCE).join(PERSON).on(PERSON.ID.eq(ATTENDANCE.PERSON_ID)).where(ofEvent)
                .groupBy(key).orderBy(n.desc(), key.asc().nullsLast())
                .fetch(r -> new EventBreakdown.Count(r.value1(), r.value2()));
    }

    private static Event event(Record r, List<Long> partnerIds) {
        String languages = r.get(EVENT.LANGUAGES);
        return new Event(r.get(EVENT.ID), r.get(EVENT.ACTIVITY_ID), null, null, EventKind.valueOf(r.get(EVENT.KIND)),
                r.get(EVENT.TITLE), r.get(EVENT.START_DATE), r.get(EVENT.END_DATE), r.get(EVENT.CITY),
                r.get(EVENT.COUNTRY_CODE), r.get(EVENT.VIRTUAL),
                languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")),
                EventStatus.valueOf(r.get(EVENT.STATUS)), r.get(EVENT.NOTES), partnerIds,
                r.get(ATTENDANCES), r.get(EVENT.VERSION));
    }
}
