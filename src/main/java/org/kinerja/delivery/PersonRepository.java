package org.kinerja.delivery;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectCount;
import static org.kinerja.delivery.db.Tables.ATTENDANCE;
import static org.kinerja.delivery.db.Tables.PERSON;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.kinerja.delivery.db.tables.Person;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/** The participant registry ({@code delivery.person}) and attendances ({@code delivery.attendance}). */
@Repository
class PersonRepository {

    private static final Field<Integer> ATTENDANCES = field(selectCount().from(ATTENDANCE)
            .where(ATTENDANCE.PERSON_ID.eq(PERSON.ID))).as("attendances");

    private final DSLContext db;

    PersonRepository(DSLContext db) {
        this.db = db;
    }

    /** A valid, normalised person as the service stores it. */
    record Values(String givenName, String familyName, Sex sex, String memberCode, String agency,
                  AgencyType agencyType, String position, String email) {

        String emailKey() {
            return PersonKeys.email(email);
        }

        String nameKey() {
            return PersonKeys.name(givenName, familyName);
        }

        String agencyKey() {
            return PersonKeys.agency(agency);
        }
    }

    /** A valid attendance as the service stores it. */
    record AttendanceValues(AttendanceRole role, Integer daysAttended, Integer preTest, Integer postTest,
                            Integer satisfaction, String comment) {
    }

    long insert(Values v) {
        return db.insertInto(PERSON)
                .set(PERSON.GIVEN_NAME, v.givenName()).set(PERSON.FAMILY_NAME, v.familyName())
                .set(PERSON.SEX, v.sex().name()).set(PERSON.MEMBER_CODE, v.memberCode())
                .set(PERSON.AGENCY, v.agency()).set(PERSON.AGENCY_TYPE, v.agencyType() == null ? null : v.agencyType().name())
                .set(PERSON.POSITION, v.position()).set(PERSON.EMAIL, v.email())
                .set(PERSON.EMAIL_KEY, v.emailKey()).set(PERSON.NAME_KEY, v.nameKey()).set(PERSON.AGENCY_KEY, v.agencyKey())
                .returning(PERSON.ID).fetchOne(PERSON.ID);
    }

    /**
     * Inserts many people with one multi-row statement; answers their ids by
     * {@link PersonKeys#identity identity} (unique within one import file).
     */
    Map<String, Long> insertAll(List<Values> people) {
        Map<String, Long> ids = new HashMap<>();
        if (people.isEmpty()) {
            return ids;
        }
        var insert = db.insertInto(PERSON, PERSON.GIVEN_NAME, PERSON.FAMILY_NAME, PERSON.SEX, PERSON.MEMBER_CODE,
                PERSON.AGENCY, PERSON.AGENCY_TYPE, PERSON.POSITION, PERSON.EMAIL, PERSON.EMAIL_KEY, PERSON.NAME_KEY,
                PERSON.AGENCY_KEY);
        for (Values v : people) {
            insert = insert.values(v.givenName(), v.familyName(), v.sex().name(), v.memberCode(), v.agency(),
                    v.agencyType() == null ? null : v.agencyType().name(), v.position(), v.email(), v.emailKey(),
                    v.nameKey(), v.agencyKey());
        }
        insert.returning(PERSON.ID, PERSON.EMAIL_KEY, PERSON.NAME_KEY, PERSON.MEMBER_CODE, PERSON.AGENCY_KEY).fetch()
                .forEach(r -> ids.put(PersonKeys.identity(r.getEmailKey(), r.getNameKey(), r.getMemberCode(),
                        r.getAgencyKey()), r.getId()));
        return ids;
    }

    /** A person's attendance to write in bulk. */
    record AttendanceRow(long personId, AttendanceValues values) {
    }

    /**
     * Writes many attendances of one event with one multi-row statement; a person who already attends the
     * event gets the new values.
     */
    void upsertAttendances(long eventId, List<AttendanceRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var insert = db.insertInto(ATTENDANCE, ATTENDANCE.EVENT_ID, ATTENDANCE.PERSON_ID, ATTENDANCE.ROLE,
                ATTENDANCE.DAYS_ATTENDED, ATTENDANCE.PRE_TEST, ATTENDANCE.POST_TEST, ATTENDANCE.SATISFACTION,
                ATTENDANCE.COMMENT);
        for (AttendanceRow row : rows) {
            AttendanceValues v = row.values();
            insert = insert.values(eventId, row.personId(), v.role().name(), v.daysAttended(), v.preTest(), v.postTest(),
                    v.satisfaction(), v.comment());
        }
        insert.onConflict(ATTENDANCE.EVENT_ID, ATTENDANCE.PERSON_ID).doUpdate()
                .set(ATTENDANCE.ROLE, DSL.excluded(ATTENDANCE.ROLE))
                .set(ATTENDANCE.DAYS_ATTENDED, DSL.excluded(ATTENDANCE.DAYS_ATTENDED))
                .set(ATTENDANCE.PRE_TEST, DSL.excluded(ATTENDANCE.PRE_TEST))
                .set(ATTENDANCE.POST_TEST, DSL.excluded(ATTENDANCE.POST_TEST))
                .set(ATTENDANCE.SATISFACTION, DSL.excluded(ATTENDANCE.SATISFACTION))
                .set(ATTENDANCE.COMMENT, DSL.excluded(ATTENDANCE.COMMENT))
                .set(ATTENDANCE.VERSION, ATTENDANCE.VERSION.plus(1))
                .execute();
    }

    boolean update(long id, int version, Values v) {
        return db.update(PERSON)
                .set(PERSON.GIVEN_NAME, v.givenName()).set(PERSON.FAMILY_NAME, v.familyName())
                .set(PERSON.SEX, v.sex().name()).set(PERSON.MEMBER_CODE, v.memberCode())
                .set(PERSON.AGENCY, v.agency()).set(PERSON.AGENCY_TYPE, v.agencyType() == null ? null : v.agencyType().name())
                .set(PERSON.POSITION, v.position()).set(PERSON.EMAIL, v.email())
                .set(PERSON.EMAIL_KEY, v.emailKey()).set(PERSON.NAME_KEY, v.nameKey()).set(PERSON.AGENCY_KEY, v.agencyKey())
                .set(PERSON.VERSION, PERSON.VERSION.plus(1)).set(PERSON.UPDATED_AT, OffsetDateTime.now())
                .where(PERSON.ID.eq(id).and(PERSON.VERSION.eq(version))).execute() == 1;
    }

    Optional<org.kinerja.delivery.Person> find(long id) {
        return db.select(PERSON.asterisk(), ATTENDANCES).from(PERSON).where(PERSON.ID.eq(id))
                .fetchOptional(PersonRepository::person);
    }

    Optional<OffsetDateTime> updatedAt(long id) {
        return db.select(PERSON.UPDATED_AT).from(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PERSON.UPDATED_AT);
    }

    ListPage<org.kinerja.delivery.Person> list(PersonFilter filter, boolean personalData, PageQuery page) {
        Condition where = condition(filter, personalData);
        long total = db.fetchCount(PERSON, where);
        List<org.kinerja.delivery.Person> items = db.select(PERSON.asterisk(), ATTENDANCES).from(PERSON).where(where)
                .orderBy(PERSON.FAMILY_NAME, PERSON.GIVEN_NAME, PERSON.ID)
                .limit(page.size()).offset(page.offset()).fetch(PersonRepository::person);
        return new ListPage<>(items, page.page(), page.size(), total);
    }

    private static Condition condition(PersonFilter f, boolean personalData) {
        Condition c = noCondition();
        if (f.member() != null && !f.member().isBlank()) {
            c = c.and(PERSON.MEMBER_CODE.eq(f.member().strip().toUpperCase(Locale.ROOT)));
        }
        if (f.agencyType() != null) {
            c = c.and(PERSON.AGENCY_TYPE.eq(f.agencyType().name()));
        }
        if (f.sex() != null) {
            c = c.and(PERSON.SEX.eq(f.sex().name()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = "%" + f.q().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            Condition text = PERSON.AGENCY_KEY.like("%" + PersonKeys.normalise(f.q()) + "%");
            if (personalData) {
                text = text.or(PERSON.NAME_KEY.like("%" + PersonKeys.normalise(f.q()) + "%"))
                        .or(PERSON.EMAIL_KEY.like(like));
            }
            c = c.and(text);
        }
        return c;
    }

    /** Other people with the same e-mail key, or the same name key, member and agency key. */
    List<DuplicateMatch> duplicatesOf(long id) {
        Person other = PERSON.as("other");
        return db.select(other.ID, DSL.when(other.EMAIL_KEY.isNotNull().and(other.EMAIL_KEY.eq(PERSON.EMAIL_KEY)), "EMAIL")
                        .otherwise("NAME"))
                .from(PERSON).join(other).on(other.ID.ne(PERSON.ID).and(
                        other.EMAIL_KEY.eq(PERSON.EMAIL_KEY)
                                .or(other.NAME_KEY.eq(PERSON.NAME_KEY)
                                        .and(other.MEMBER_CODE.isNotDistinctFrom(PERSON.MEMBER_CODE))
                                        .and(other.AGENCY_KEY.eq(PERSON.AGENCY_KEY)))))
                .where(PERSON.ID.eq(id)).orderBy(other.ID).limit(100)
                .fetch(r -> new DuplicateMatch(r.value1(), r.value2()));
    }

    /** Pairs of likely duplicates over the whole registry (the lower id first), at most {@code limit}. */
    List<DuplicatePair> duplicatePairs(int limit) {
        Person other = PERSON.as("other");
        return db.select(PERSON.ID, other.ID, DSL.when(other.EMAIL_KEY.isNotNull().and(other.EMAIL_KEY.eq(PERSON.EMAIL_KEY)), "EMAIL")
                        .otherwise("NAME"))
                .from(PERSON).join(other).on(other.ID.gt(PERSON.ID).and(
                        other.EMAIL_KEY.eq(PERSON.EMAIL_KEY)
                                .or(other.NAME_KEY.eq(PERSON.NAME_KEY)
                                        .and(other.MEMBER_CODE.isNotDistinctFrom(PERSON.MEMBER_CODE))
                                        .and(other.AGENCY_KEY.eq(PERSON.AGENCY_KEY)))))
                .orderBy(PERSON.ID, other.ID).limit(limit)
                .fetch(r -> new DuplicatePair(r.value1(), r.value2(), r.value3()));
    }

    record DuplicateMatch(long id, String reason) {
    }

    record DuplicatePair(long first, long second, String reason) {
    }

    /**
     * Stored people by e-mail key and by name+member+agency identity, for a batch of imported rows, in one
     * query. The keys are joined as {@code unnest(?)} — one array parameter per key — to the indexed key
     * columns: with a list of 500 parameters (or {@code = any(?)}) PostgreSQL planned a sequential scan while
     * the import's own open transaction was filling the table, which made 100 k rows take minutes. Where
     * several people share a key, the oldest is answered.
     */
    Map<String, Long> idsByIdentity(Collection<String> emailKeys, Collection<String> nameKeys) {
        Map<String, Long> ids = new HashMap<>();
        if (emailKeys.isEmpty() && nameKeys.isEmpty()) {
            return ids;
        }
        db.fetch("""
                select p.id, p.email_key, null as name_key, null as member_code, null as agency_key
                  from unnest(?::varchar[]) as k(key) join delivery.person p on p.email_key = k.key
                union all
                select p.id, null, p.name_key, p.member_code, p.agency_key
                  from unnest(?::varchar[]) as k(key) join delivery.person p on p.name_key = k.key
                order by 1 desc""", emailKeys.toArray(String[]::new), nameKeys.toArray(String[]::new))
                .forEach(r -> {
                    String emailKey = r.get(1, String.class);
                    ids.put(emailKey != null ? "e:" + emailKey
                                    : PersonKeys.identity(null, r.get(2, String.class), r.get(3, String.class),
                                    r.get(4, String.class)),
                            r.get(0, Long.class));
                });
        return ids;
    }

    /** An imported row to write: the stored person it matched ({@code null}: a new person) and the attendance. */
    record ImportedRow(Long personId, Values person, AttendanceValues attendance) {
    }

    /**
     * Writes a batch of imported rows of one event with one set-based statement: the rows travel as one
     * array per column ({@code unnest}), new people get their ids from the person sequence and are inserted
     * with their attendances (a plain insert: a new person attends nothing yet), and a matched person's
     * attendance is inserted or, when the person already attends, updated. Answers how many people were added.
     */
    int writeImported(long eventId, List<ImportedRow> rows) {
        int n = rows.size();
        Long[] personIds = new Long[n];
        String[][] text = new String[12][n];
        Integer[][] numbers = new Integer[4][n];
        int fresh = 0;
        for (int i = 0; i < n; i++) {
            ImportedRow row = rows.get(i);
            Values v = row.person();
            AttendanceValues a = row.attendance();
            personIds[i] = row.personId();
            if (row.personId() == null) {
                fresh++;
            }
            text[0][i] = v.givenName();
            text[1][i] = v.familyName();
            text[2][i] = v.sex().name();
            text[3][i] = v.memberCode();
            text[4][i] = v.agency();
            text[5][i] = v.agencyType() == null ? null : v.agencyType().name();
            text[6][i] = v.position();
            text[7][i] = v.email();
            text[8][i] = v.emailKey();
            text[9][i] = v.nameKey();
            text[10][i] = v.agencyKey();
            text[11][i] = a.role().name();
            numbers[0][i] = a.daysAttended();
            numbers[1][i] = a.preTest();
            numbers[2][i] = a.postTest();
            numbers[3][i] = a.satisfaction();
        }
        String[] comments = new String[n];
        for (int i = 0; i < n; i++) {
            comments[i] = rows.get(i).attendance().comment();
        }
        db.execute("""
                with input as materialized (
                  select * from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                       ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                       ?::varchar[], ?::int[], ?::int[], ?::int[], ?::int[], ?::varchar[])
                    as t(person_id, given_name, family_name, sex, member_code, agency, agency_type, position, email,
                         email_key, name_key, agency_key, role, days_attended, pre_test, post_test, satisfaction, comment)
                ), numbered as materialized (
                  select coalesce(person_id, nextval('delivery.person_id_seq')) as id,
                         person_id is null as fresh, input.*
                    from input
                ), people as (
                  insert into delivery.person (id, given_name, family_name, sex, member_code, agency, agency_type,
                                               position, email, email_key, name_key, agency_key)
                  overriding system value
                  select id, given_name, family_name, sex, member_code, agency, agency_type, position, email,
                         email_key, name_key, agency_key
                    from numbered where fresh
                ), added as (
                  insert into delivery.attendance (event_id, person_id, role, days_attended, pre_test, post_test,
                                                   satisfaction, comment)
                  select ?, id, role, days_attended, pre_test, post_test, satisfaction, comment from numbered where fresh
                )
                insert into delivery.attendance (event_id, person_id, role, days_attended, pre_test, post_test,
                                                 satisfaction, comment)
                select ?, id, role, days_attended, pre_test, post_test, satisfaction, comment from numbered where not fresh
                on conflict (event_id, person_id) do update
                   set role = excluded.role, days_attended = excluded.days_attended, pre_test = excluded.pre_test,
                       post_test = excluded.post_test, satisfaction = excluded.satisfaction,
                       comment = excluded.comment, version = delivery.attendance.version + 1""",
                personIds, text[0], text[1], text[2], text[3], text[4], text[5], text[6], text[7], text[8], text[9],
                text[10], text[11], numbers[0], numbers[1], numbers[2], numbers[3], comments, eventId, eventId);
        return fresh;
    }

    // --- attendances ---

    Optional<Long> attendanceId(long eventId, long personId) {
        return db.select(ATTENDANCE.ID).from(ATTENDANCE)
                .where(ATTENDANCE.EVENT_ID.eq(eventId).and(ATTENDANCE.PERSON_ID.eq(personId)))
                .fetchOptional(ATTENDANCE.ID);
    }

    long insertAttendance(long eventId, long personId, AttendanceValues v) {
        return db.insertInto(ATTENDANCE)
                .set(ATTENDANCE.EVENT_ID, eventId).set(ATTENDANCE.PERSON_ID, personId)
                .set(ATTENDANCE.ROLE, v.role().name()).set(ATTENDANCE.DAYS_ATTENDED, v.daysAttended())
                .set(ATTENDANCE.PRE_TEST, v.preTest()).set(ATTENDANCE.POST_TEST, v.postTest())
                .set(ATTENDANCE.SATISFACTION, v.satisfaction()).set(ATTENDANCE.COMMENT, v.comment())
                .returning(ATTENDANCE.ID).fetchOne(ATTENDANCE.ID);
    }

    List<Attendance> attendances(long eventId, PageQuery page) {
        return db.select(ATTENDANCE.asterisk(), PERSON.asterisk()).from(ATTENDANCE).join(PERSON)
                .on(PERSON.ID.eq(ATTENDANCE.PERSON_ID)).where(ATTENDANCE.EVENT_ID.eq(eventId))
                .orderBy(PERSON.FAMILY_NAME, PERSON.GIVEN_NAME, ATTENDANCE.ID)
                .limit(page.size()).offset(page.offset()).fetch(PersonRepository::attendance);
    }

    List<Attendance> attendancesOfPerson(long personId) {
        return db.select(ATTENDANCE.asterisk(), PERSON.asterisk()).from(ATTENDANCE).join(PERSON)
                .on(PERSON.ID.eq(ATTENDANCE.PERSON_ID)).where(ATTENDANCE.PERSON_ID.eq(personId))
                .orderBy(ATTENDANCE.EVENT_ID.desc()).limit(500).fetch(PersonRepository::attendance);
    }

    Optional<Attendance> attendance(long eventId, long personId) {
        return db.select(ATTENDANCE.asterisk(), PERSON.asterisk()).from(ATTENDANCE).join(PERSON)
                .on(PERSON.ID.eq(ATTENDANCE.PERSON_ID))
                .where(ATTENDANCE.EVENT_ID.eq(eventId).and(ATTENDANCE.PERSON_ID.eq(personId)))
                .fetchOptional(PersonRepository::attendance);
    }

    /** One attendance of an event by its id, with the person. */
    Optional<Attendance> attendanceById(long eventId, long attendanceId) {
        return db.select(ATTENDANCE.asterisk(), PERSON.asterisk()).from(ATTENDANCE).join(PERSON)
                .on(PERSON.ID.eq(ATTENDANCE.PERSON_ID))
                .where(ATTENDANCE.ID.eq(attendanceId).and(ATTENDANCE.EVENT_ID.eq(eventId)))
                .fetchOptional(PersonRepository::attendance);
    }

    /** Changes an attendance if its version is still {@code version}; {@code false} when it is not. */
    boolean updateAttendance(long eventId, long attendanceId, int version, AttendanceValues v) {
        return db.update(ATTENDANCE)
                .set(ATTENDANCE.ROLE, v.role().name()).set(ATTENDANCE.DAYS_ATTENDED, v.daysAttended())
                .set(ATTENDANCE.PRE_TEST, v.preTest()).set(ATTENDANCE.POST_TEST, v.postTest())
                .set(ATTENDANCE.SATISFACTION, v.satisfaction()).set(ATTENDANCE.COMMENT, v.comment())
                .set(ATTENDANCE.VERSION, ATTENDANCE.VERSION.plus(1))
                .where(ATTENDANCE.ID.eq(attendanceId).and(ATTENDANCE.EVENT_ID.eq(eventId))
                        .and(ATTENDANCE.VERSION.eq(version))).execute() == 1;
    }

    /** Deletes an attendance if its version is still {@code version}; {@code false} when it is not. */
    boolean deleteAttendance(long eventId, long attendanceId, int version) {
        return db.deleteFrom(ATTENDANCE).where(ATTENDANCE.ID.eq(attendanceId).and(ATTENDANCE.EVENT_ID.eq(eventId))
                .and(ATTENDANCE.VERSION.eq(version))).execute() == 1;
    }

    long countAttendances(long eventId) {
        return db.fetchCount(ATTENDANCE, ATTENDANCE.EVENT_ID.eq(eventId));
    }

    int countByMember(String code) {
        return db.fetchCount(PERSON, PERSON.MEMBER_CODE.eq(code));
    }

    /** Events both people attended. */
    List<Long> sharedEvents(long keep, long remove) {
        var other = ATTENDANCE.as("other");
        return db.select(ATTENDANCE.EVENT_ID).from(ATTENDANCE).join(other)
                .on(other.EVENT_ID.eq(ATTENDANCE.EVENT_ID).and(other.PERSON_ID.eq(remove)))
                .where(ATTENDANCE.PERSON_ID.eq(keep)).orderBy(ATTENDANCE.EVENT_ID).fetch(ATTENDANCE.EVENT_ID);
    }

    int deleteAttendances(long personId, Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return 0;
        }
        return db.deleteFrom(ATTENDANCE).where(ATTENDANCE.PERSON_ID.eq(personId).and(ATTENDANCE.EVENT_ID.in(eventIds)))
                .execute();
    }

    int moveAttendances(long from, long to) {
        return db.update(ATTENDANCE).set(ATTENDANCE.PERSON_ID, to).set(ATTENDANCE.VERSION, ATTENDANCE.VERSION.plus(1))
                .where(ATTENDANCE.PERSON_ID.eq(from)).execute();
    }

    boolean delete(long id) {
        return db.deleteFrom(PERSON).where(PERSON.ID.eq(id)).execute() == 1;
    }

    /** Locks both people until the transaction ends, in id order so that two merges cannot deadlock. */
    int lock(long a, long b) {
        return db.select(PERSON.ID).from(PERSON).where(PERSON.ID.in(a, b)).orderBy(PERSON.ID).forUpdate().fetch().size();
    }

    static org.kinerja.delivery.Person person(Record r) {
        return new org.kinerja.delivery.Person(r.get(PERSON.ID), r.get(PERSON.GIVEN_NAME), r.get(PERSON.FAMILY_NAME),
                Sex.valueOf(r.get(PERSON.SEX)), r.get(PERSON.MEMBER_CODE), r.get(PERSON.AGENCY),
                r.get(PERSON.AGENCY_TYPE) == null ? null : AgencyType.valueOf(r.get(PERSON.AGENCY_TYPE)),
                r.get(PERSON.POSITION), r.get(PERSON.EMAIL), r.get(ATTENDANCES), r.get(PERSON.VERSION), true);
    }

    private static Attendance attendance(Record r) {
        return new Attendance(r.get(ATTENDANCE.ID), r.get(ATTENDANCE.EVENT_ID), r.get(ATTENDANCE.PERSON_ID),
                r.get(PERSON.GIVEN_NAME), r.get(PERSON.FAMILY_NAME), Sex.valueOf(r.get(PERSON.SEX)),
                r.get(PERSON.MEMBER_CODE), r.get(PERSON.AGENCY),
                r.get(PERSON.AGENCY_TYPE) == null ? null : AgencyType.valueOf(r.get(PERSON.AGENCY_TYPE)),
                r.get(PERSON.POSITION), r.get(PERSON.EMAIL), AttendanceRole.valueOf(r.get(ATTENDANCE.ROLE)),
                r.get(ATTENDANCE.DAYS_ATTENDED), r.get(ATTENDANCE.PRE_TEST), r.get(ATTENDANCE.POST_TEST),
                r.get(ATTENDANCE.SATISFACTION), r.get(ATTENDANCE.COMMENT), r.get(ATTENDANCE.VERSION));
    }
}
