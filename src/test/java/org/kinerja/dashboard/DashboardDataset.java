package org.kinerja.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kinerja.delivery.AgencyType;
import org.kinerja.delivery.AttendanceInput;
import org.kinerja.delivery.AttendanceRole;
import org.kinerja.delivery.EventInput;
import org.kinerja.delivery.EventKind;
import org.kinerja.delivery.EventService;
import org.kinerja.delivery.EventStatus;
import org.kinerja.delivery.PersonInput;
import org.kinerja.delivery.PersonService;
import org.kinerja.delivery.Sex;
import org.kinerja.directory.ForumInput;
import org.kinerja.directory.ForumKind;
import org.kinerja.directory.ForumService;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.indicator.Indicators;
import org.kinerja.knowledge.KnowledgeProduct;
import org.kinerja.knowledge.KnowledgeProductInput;
import org.kinerja.knowledge.KnowledgeProductType;
import org.kinerja.knowledge.KnowledgeService;
import org.kinerja.knowledge.KnowledgeStage;
import org.kinerja.knowledge.StageChange;
import org.kinerja.outreach.EngagementInput;
import org.kinerja.outreach.EngagementService;
import org.kinerja.outreach.EngagementType;
import org.kinerja.plan.NewPlan;
import org.kinerja.plan.PlanService;
import org.kinerja.request.MemberRequestInput;
import org.kinerja.request.MemberRequestService;
import org.kinerja.request.MemberRequestStatus;
import org.kinerja.request.MemberRequestType;
import org.kinerja.request.RequestChannel;
import org.kinerja.request.RequestViewer;
import org.kinerja.request.StatusChange;
import org.kinerja.workplan.ActivityInput;
import org.kinerja.workplan.ActivityService;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.WorkPlanService;

/**
 * A small dataset with known answers, built through the modules' services in 2006–2007 (years no shipped record
 * and no other test uses): a plan of its own copied from SP-2021-22 with its results framework, its 2006 work plan with activities in three
 * purposes, events of every kind and status around the year's end, people of every sex, attendances in several
 * roles, products and engagements with and without an activity, and requests from Fiji received in 2006 at every open status, overdue or not, and delivered.
 */
final class DashboardDataset {

    static final int YEAR = 2006;
    static final int NEXT_YEAR = 2007;

    final String planCode;
    final long workPlanId;
    final long trainingP2;
    final long crossingYear;
    final long otherPerson;
    final long secondPerson;

    DashboardDataset(PlanService plans, WorkPlanService workPlans, ActivityService activities, EventService events,
                     PersonService people, MemberRequestService requests, KnowledgeService knowledge,
                     ForumService forums, EngagementService engagements, IndicatorService indicators,
                     long officerId) {
        String u = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        planCode = "DB-" + u;
        plans.create(new NewPlan(planCode, "Dashboard test plan " + u, YEAR, NEXT_YEAR, "SP-2021-22"));
        // indicators: people trained in P2 (target 3 in 2006), capacity-building events held in P2 (target 10), and
        // a manual one in P1 with no value
        indicators.createIndicator(planCode, Indicators.anIndicator().inPurpose(2).withCode("P2.1").fromSource("PEOPLE_TRAINED")
                .forYears(YEAR, NEXT_YEAR).withTargets(Indicators.target(YEAR, "3"), Indicators.target(NEXT_YEAR, "3"))
                .build());
        indicators.createIndicator(planCode, Indicators.anIndicator().inPurpose(2).withCode("P2.2").fromSource("CAPACITY_EVENTS_HELD")
                .named("Capacity-building events held").forYears(YEAR, NEXT_YEAR)
                .withTargets(Indicators.target(YEAR, "10"), Indicators.target(NEXT_YEAR, "10")).build());
        indicators.createIndicator(planCode, Indicators.anIndicator().inPurpose(1).withCode("P1.1").named("Requests answered well")
                .forYears(YEAR, NEXT_YEAR).build());
        workPlanId = workPlans.create(planCode, YEAR).id();
        // activities: P1 two (one completed), P2 three (one cancelled), P3 one
        long p1Workshop = activity(activities, "Workshop " + u, 1, ActivityType.WORKSHOP);
        long p1Completed = activity(activities, "Briefing " + u, 1, ActivityType.TECHNICAL_ASSISTANCE);
        activities.changeStatus(p1Completed, ActivityStatus.COMPLETED, null, activities.get(p1Completed).version());
        long p2Training = activity(activities, "Training " + u, 2, ActivityType.TRAINING);
        activity(activities, "Exercise " + u, 2, ActivityType.TABLETOP_EXERCISE);
        long p2Cancelled = activity(activities, "Conference " + u, 2, ActivityType.CONFERENCE);
        activities.changeStatus(p2Cancelled, ActivityStatus.CANCELLED, "Postponed by the hosts",
                activities.get(p2Cancelled).version());
        long p3Guide = activity(activities, "Guide " + u, 3, ActivityType.PRACTITIONER_GUIDE);

        // products published in 2006: one of the P3 guide, one of no activity; a concept and one published in 2007
        // do not count
        product(knowledge, p3Guide, "2006-06-01", u);
        product(knowledge, null, "2006-08-01", u);
        product(knowledge, p3Guide, null, u);
        product(knowledge, null, "2007-02-01", u);
        // engagements of 2006: one for the P1 workshop, one of no activity; one on the last day of 2005
        long forum = forums.create(new ForumInput("Dashboard dialogue " + u, null, ForumKind.DIALOGUE, null, "", null)).id();
        engagement(engagements, forum, p1Workshop, "2006-04-04", officerId, u);
        engagement(engagements, forum, null, "2006-10-10", officerId, u);
        engagement(engagements, forum, p1Workshop, "2005-12-31", officerId, u);

        // events: two capacity-building events held in 2006 (P2 training, P1 workshop); a conference held, a training
        // planned and one cancelled in 2006 do not count; a training ending on 2 January 2007 counts in 2007
        trainingP2 = event(events, p2Training, EventKind.TRAINING, EventStatus.HELD, "2006-03-06", "2006-03-10", u);
        long workshopP1 = event(events, p1Workshop, EventKind.WORKSHOP, EventStatus.HELD, "2006-12-30", "2006-12-31", u);
        long conference = event(events, p2Cancelled, EventKind.CONFERENCE, EventStatus.HELD, "2006-05-02", "2006-05-03", u);
        long planned = event(events, p2Training, EventKind.TRAINING, EventStatus.PLANNED, "2006-11-01", "2006-11-02", u);
        long cancelled = event(events, p2Training, EventKind.TRAINING, EventStatus.CANCELLED, "2006-09-01", "2006-09-02", u);
        crossingYear = event(events, p2Training, EventKind.TRAINING, EventStatus.HELD, "2006-12-30", "2007-01-02", u);

        long ana = person(people, "Ana", u, Sex.FEMALE);
        long bea = person(people, "Bea", u, Sex.FEMALE);
        long cal = person(people, "Cal", u, Sex.MALE);
        long dee = person(people, "Dee", u, Sex.NOT_RECORDED);
        otherPerson = person(people, "Eli", u, Sex.OTHER);
        secondPerson = person(people, "Fay", u, Sex.FEMALE);
        // 2006, P2 training: Ana, Bea, Dee participants; Cal speaks (not trained)
        attend(events, trainingP2, ana, AttendanceRole.PARTICIPANT);
        attend(events, trainingP2, bea, AttendanceRole.PARTICIPANT);
        attend(events, trainingP2, dee, AttendanceRole.PARTICIPANT);
        attend(events, trainingP2, cal, AttendanceRole.SPEAKER);
        // 2006, P1 workshop: Ana again (one person in the year), Cal participates
        attend(events, workshopP1, ana, AttendanceRole.PARTICIPANT);
        attend(events, workshopP1, cal, AttendanceRole.PARTICIPANT);
        // not capacity building, not held: Eli is not trained in 2006
        attend(events, conference, otherPerson, AttendanceRole.PARTICIPANT);
        attend(events, planned, otherPerson, AttendanceRole.PARTICIPANT);
        attend(events, cancelled, otherPerson, AttendanceRole.PARTICIPANT);
        // 2007: Bea
        attend(events, crossingYear, bea, AttendanceRole.PARTICIPANT);

        // requests from Fiji received in 2006: still received (overdue), accepted (overdue), in progress with a
        // due date far ahead (not overdue), delivered
        RequestViewer staff = new RequestViewer(0, null);
        request(requests, staff, "2006-02-01", null, u);
        long accepted = request(requests, staff, "2006-03-01", null, u);
        requests.changeStatus(accepted, new StatusChange(MemberRequestStatus.ACCEPTED, LocalDate.parse("2006-03-02"), null),
                null, staff);
        long inProgress = request(requests, staff, "2006-04-01", "2099-12-31", u);
        requests.changeStatus(inProgress, new StatusChange(MemberRequestStatus.IN_PROGRESS, LocalDate.parse("2006-04-02"), null),
                null, staff);
        long delivered = request(requests, staff, "2006-05-01", null, u);
        requests.changeStatus(delivered, new StatusChange(MemberRequestStatus.DELIVERED, LocalDate.parse("2006-05-20"), null),
                null, staff);
    }

    private static void product(KnowledgeService knowledge, Long activity, String published, String u) {
        KnowledgeProduct p = knowledge.create(new KnowledgeProductInput(KnowledgeProductType.PRACTITIONER_GUIDE,
                "Dashboard guide " + published + " " + u, "", activity, List.of(), List.of("en"), null,
                LocalDate.parse("2005-11-01"), null));
        if (published != null) {
            knowledge.changeStage(p.id(), new StageChange(KnowledgeStage.PUBLISHED, LocalDate.parse(published), null,
                    p.version()));
        }
    }

    private static void engagement(EngagementService engagements, long forum, Long activity, String date, long officer,
                                   String u) {
        engagements.create(new EngagementInput(forum, LocalDate.parse(date), EngagementType.PRESENTATION,
                "Dashboard engagement " + date + " " + u, List.of(officer), null, "", null, activity, null));
    }

    private long activity(ActivityService activities, String title, int purpose, ActivityType type) {
        return activities.create(ActivityInput.minimal(workPlanId, title, purpose, type)).id();
    }

    private static long event(EventService events, long activity, EventKind kind, EventStatus status, String start,
                              String end, String u) {
        return events.create(new EventInput(activity, kind, kind + " " + start + " " + u, LocalDate.parse(start),
                LocalDate.parse(end), "Suva", "FJI", false, status, List.of("en"), List.of(), "", null)).id();
    }

    private static long person(PersonService people, String given, String u, Sex sex) {
        return people.create(new PersonInput(given, "Dashboard" + u, sex, "FJI", "Agency " + u,
                AgencyType.IMMIGRATION_BORDER, "Officer", given.toLowerCase() + "." + u.toLowerCase() + "@example.org",
                null)).id();
    }

    static void attend(EventService events, long event, long person, AttendanceRole role) {
        events.addAttendance(event, new AttendanceInput(person, role, 2, null, null, null, ""));
    }

    private static long request(MemberRequestService requests, RequestViewer staff, String received, String due,
                                String u) {
        return requests.create(new MemberRequestInput("FJI", null, null, null, LocalDate.parse(received),
                RequestChannel.EMAIL, "Dashboard request " + received + " " + u, "", MemberRequestType.TRAINING, null,
                due == null ? null : LocalDate.parse(due), "", List.of(), null), staff).id();
    }

    /** Waits (at most a minute) until the rollups of {@code year} were rebuilt from {@code since} on and none waits. */
    static Dashboard await(DashboardService dashboards, DSLContext db, int year, OffsetDateTime since)
            throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Dashboard d = dashboards.figures(year);
            if (!dashboards.updating() && d.asOf() != null && !d.asOf().isBefore(since)) {
                return d;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rollups of " + year + " were not rebuilt within a minute");
    }

    static OffsetDateTime now(DSLContext db) {
        return db.fetchOne("select clock_timestamp()").get(0, OffsetDateTime.class);
    }
}
