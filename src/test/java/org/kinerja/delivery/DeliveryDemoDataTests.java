package org.kinerja.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.delivery.db.Tables.ATTENDANCE;
import static org.kinerja.delivery.db.Tables.EVENT;
import static org.kinerja.delivery.db.Tables.PERSON;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kinerja.workplan.ActivityLookup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo events: created for the training-type activities of the 2021-22 plan's work plans only, about
 * 2,000 attendances with every sex and several members and agency types, and added once.
 */
@SpringBootTest
class DeliveryDemoDataTests {

    @Autowired
    ActivityLookup activities;
    @Autowired
    EventService events;
    @Autowired
    EventRepository eventRows;
    @Autowired
    PersonRepository people;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void demoEventsAreAddedOnceForTrainingTypeActivitiesWithAboutTwoThousandAttendances() {
        DeliveryDemoData demo = new DeliveryDemoData(activities, events, eventRows, people, db, transactions);
        long plan2021 = DeliveryFixtures.workPlan(db, DeliveryDemoData.PLAN, 2021);
        long plan2022 = DeliveryFixtures.workPlan(db, DeliveryDemoData.PLAN, 2022);
        long training = DeliveryFixtures.activity(db, plan2021, 2021, 2, 91, "TRAINING", "Demo test training");
        long conference = DeliveryFixtures.activity(db, plan2021, 2021, 4, 92, "CONFERENCE", "Demo test conference");
        long toolkit = DeliveryFixtures.activity(db, plan2021, 2021, 3, 93, "TOOLKIT", "Demo test toolkit");
        long webinar = DeliveryFixtures.activity(db, plan2022, 2022, 3, 94, "WEBINAR", "Demo test webinar");
        List<Long> ours = List.of(training, conference, toolkit, webinar);

        long before = db.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(EVENT.ID), 0L)).from(EVENT).fetchOne().value1();
        demo.run(null);

        Map<Long, Integer> perActivity = db.select(EVENT.ACTIVITY_ID, org.jooq.impl.DSL.count()).from(EVENT)
                .where(EVENT.ACTIVITY_ID.in(ours)).groupBy(EVENT.ACTIVITY_ID).fetchMap(r -> r.value1(), r -> r.value2());
        assertThat(perActivity).containsOnlyKeys(training, conference, webinar);
        assertThat(perActivity.get(training)).isEqualTo(2);
        assertThat(perActivity.get(conference)).isEqualTo(1);
        assertThat(perActivity.get(webinar)).isEqualTo(2);

        // the demo spreads its ~2,000 attendances over every training-type activity of the plan's two work plans
        // (the shipped 2021 ones too), so count every event this run added
        var ofDemo = ATTENDANCE.EVENT_ID.in(org.jooq.impl.DSL.select(EVENT.ID).from(EVENT).where(EVENT.ID.gt(before)));
        assertThat(db.fetchCount(ATTENDANCE, ofDemo)).isBetween(1950, 2050);
        var ofOurs = ATTENDANCE.EVENT_ID.in(org.jooq.impl.DSL.select(EVENT.ID).from(EVENT).where(EVENT.ACTIVITY_ID.in(ours)));
        int attendances = db.fetchCount(ATTENDANCE, ofOurs);
        assertThat(attendances).isPositive();
        List<String> sexes = db.selectDistinct(PERSON.SEX).from(ATTENDANCE).join(PERSON).on(PERSON.ID.eq(ATTENDANCE.PERSON_ID))
                .where(ofOurs).fetch(PERSON.SEX);
        assertThat(sexes).containsExactlyInAnyOrder("FEMALE", "MALE", "OTHER", "NOT_RECORDED");
        assertThat(db.fetchCount(db.selectDistinct(PERSON.MEMBER_CODE).from(ATTENDANCE).join(PERSON)
                .on(PERSON.ID.eq(ATTENDANCE.PERSON_ID)).where(ofOurs))).isGreaterThan(15);
        assertThat(db.fetchCount(db.selectDistinct(PERSON.AGENCY_TYPE).from(ATTENDANCE).join(PERSON)
                .on(PERSON.ID.eq(ATTENDANCE.PERSON_ID)).where(ofOurs))).isGreaterThan(8);
        long trainingEvent = db.select(EVENT.ID).from(EVENT).where(EVENT.ACTIVITY_ID.eq(training)).limit(1).fetchOne(EVENT.ID);
        EventBreakdown b = events.breakdown(trainingEvent);
        assertThat(b.knowledgeGain()).isBetween(new java.math.BigDecimal("10"), new java.math.BigDecimal("30"));
        assertThat(b.satisfiedPercent()).isBetween(60, 95);
        assertThat(db.fetchCount(db.select(PERSON.ID).from(ATTENDANCE).join(PERSON).on(PERSON.ID.eq(ATTENDANCE.PERSON_ID))
                .where(ofOurs).and(PERSON.EMAIL.isNotNull()).and(PERSON.EMAIL.notLike("%@example.org")))).isZero();

        demo.run(null);
        assertThat(db.fetchCount(ATTENDANCE, ofOurs)).isEqualTo(attendances);
        assertThat(db.fetchCount(EVENT, EVENT.ACTIVITY_ID.in(ours))).isEqualTo(5);
    }
}
