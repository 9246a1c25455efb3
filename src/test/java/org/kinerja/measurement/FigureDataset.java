package org.kinerja.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

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
import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.ForumInput;
import org.kinerja.directory.ForumKind;
import org.kinerja.directory.ForumService;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
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
import org.kinerja.request.StatusChange;
import org.kinerja.testsupport.Users;
import org.kinerja.workplan.ActivityInput;
import org.kinerja.workplan.ActivityService;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.WorkPlanService;
import org.springframework.context.ApplicationContext;

/**
 * A small dataset with known answers for every computed source, built once per test JVM through the modules'
 * services in 2009 (a year no other test and no shipped record uses: products, engagements and requests may not
 * be dated in the future, so a past year it is), for a plan of its own. The expected figures are worked out by
 * hand in the comments and asserted in {@link FigureServiceTests} and {@link FigureWebTests}.
 */
final class FigureDataset {

    static final int YEAR = 2009;

    private static FigureDataset instance;

    final String planCode;
    final String currency;
    final String otherCurrency;
    long a1;
    long a2;
    long a3;
    long a4;
    long a5;
    long e1;
    long e2;
    long e3;
    long e4;
    long e5;
    long p1;
    long p2;
    long p3;
    long p4;
    long p5;
    long p6;
    long p7;
    final String p2Family;
    long k1;
    long k2;
    long k3;
    long k4;
    long forum1;
    long forum2;
    long r1;
    long r2;
    long r3;
    long r5;
    long r6;
    long r7;
    long ahg;

    /** The dataset, built on first use. */
    static synchronized FigureDataset get(ApplicationContext context) {
        if (instance == null) {
            instance = new FigureDataset(context);
        }
        return instance;
    }

    private FigureDataset(ApplicationContext c) {
        String u = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        planCode = "FIG-" + u;
        c.getBean(PlanService.class).create(new NewPlan(planCode, "Figures test plan " + u, YEAR, YEAR + 1, "SP-2021-22"));
        long workPlan = c.getBean(WorkPlanService.class).create(planCode, YEAR).id();
        ActivityService activities = c.getBean(ActivityService.class);
        currency = activities.defaultCurrency();
        otherCurrency = "USD".equals(currency) ? "EUR" : "USD";

        // Activities planned in 2009: 5 (P1 1, P2 2, P3 1, P4 1); H1 a1, a4; H2 a2, a3, a5; Q3 a2.
        // Completed: a1 (actual end 20 Mar, Q1) and a4 (no actual end: planned end May, Q2).
        // Budget in the reporting currency: a1 1000/800, a2 2000/500, a3 cancelled (counts 100/100) → 1400/3100 =
        // 45.16 %; a4 in another currency → not recorded 1; a5 no budget.
        // Gender marker: a1 2, a2 1, a3 0; a4 and a5 not screened (NOT_RATED).
        a1 = activity(activities, workPlan, "Figures training course", 2, ActivityType.TRAINING, YearMonth.of(YEAR, 1),
                YearMonth.of(YEAR, 3), ActivityStatus.COMPLETED, null, LocalDate.of(YEAR, 3, 20), "1000", currency, "800", 2);
        a2 = activity(activities, workPlan, "Figures regional workshop", 2, ActivityType.WORKSHOP, YearMonth.of(YEAR, 6),
                YearMonth.of(YEAR, 8), ActivityStatus.IN_PROGRESS, null, null, "2000", currency, "500", 1);
        a3 = activity(activities, workPlan, "Figures technical assistance", 1, ActivityType.TECHNICAL_ASSISTANCE, null,
                null, ActivityStatus.CANCELLED, "The member withdrew its request", null, "500", currency, "100", 0);
        a4 = activity(activities, workPlan, "Figures research", 3, ActivityType.RESEARCH, YearMonth.of(YEAR, 2),
                YearMonth.of(YEAR, 5), ActivityStatus.COMPLETED, null, null, "300", otherCurrency, "300", null);
        a5 = activity(activities, workPlan, "Figures outreach", 4, ActivityType.OUTREACH, YearMonth.of(YEAR, 9),
                YearMonth.of(YEAR + 1, 2), ActivityStatus.PLANNED, null, null, null, null, null, null);

        EventService events = c.getBean(EventService.class);
        // Held capacity-building events: e1 (Q1, P2, 3 days), e2 (Q3, P2, 2 days), e5 (Q2, P3, 2 days);
        // e3 is cancelled and e4 is a conference: neither counts.
        e1 = event(events, a1, EventKind.TRAINING, "Figures training " + u, LocalDate.of(YEAR, 3, 2),
                LocalDate.of(YEAR, 3, 4), EventStatus.HELD);
        e2 = event(events, a2, EventKind.WORKSHOP, "Figures workshop " + u, LocalDate.of(YEAR, 8, 10),
                LocalDate.of(YEAR, 8, 11), EventStatus.HELD);
        e3 = event(events, a3, EventKind.TRAINING, "Figures cancelled training " + u, LocalDate.of(YEAR, 10, 5),
                LocalDate.of(YEAR, 10, 5), EventStatus.CANCELLED);
        e4 = event(events, a2, EventKind.CONFERENCE, "Figures conference " + u, LocalDate.of(YEAR, 9, 1),
                LocalDate.of(YEAR, 9, 2), EventStatus.HELD);
        e5 = event(events, a4, EventKind.TRAINING, "Figures research training " + u, LocalDate.of(YEAR, 5, 12),
                LocalDate.of(YEAR, 5, 13), EventStatus.HELD);

        PersonService people = c.getBean(PersonService.class);
        p2Family = "Figuresantoso" + u.toLowerCase();
        p1 = person(people, "Alice", "Figurewoman" + u, Sex.FEMALE, "AUS", AgencyType.POLICE_LAW_ENFORCEMENT);
        p2 = person(people, "Budi", p2Family, Sex.MALE, "IDN", AgencyType.IMMIGRATION_BORDER);
        p3 = person(people, "Chai", "Figurenotrecorded" + u, Sex.NOT_RECORDED, "THA", null);
        p4 = person(people, "Dana", "Figureacademic" + u, Sex.FEMALE, null, AgencyType.ACADEMIA);
        p5 = person(people, "Ed", "Figurespeaker" + u, Sex.MALE, "AUS", AgencyType.POLICE_LAW_ENFORCEMENT);
        p6 = person(people, "Fe", "Figureuncounted" + u, Sex.FEMALE, "PHL", AgencyType.FOREIGN_AFFAIRS);
        p7 = person(people, "Gus", "Figureother" + u, Sex.OTHER, "IDN", AgencyType.CIVIL_SOCIETY);
        // People trained in 2009: p1, p2, p3, p4, p7 = 5 (p1 at two events counts once; p5 only spoke; p6 only at
        // the cancelled training and the conference). By sex F 2, M 1, O 1, NR 1 → women 2 / 4 = 50.00 %, NR 1.
        // Participant days: e1 3 + 3 (no days: the event's 3) + 2, e2 2 + 2, e5 1 → 13.
        // Knowledge gain: +30, +10 (e1), +30 (e2), 0 (e5) → 70 / 4 = 17.50.
        // Satisfied: ratings 5, 3, 4 (e1), 4 (e2), 2 (e5) → 3 / 5 = 60.00 %; H1 2 / 4 = 50.00, H2 1 / 1 = 100.00.
        attend(events, e1, p1, AttendanceRole.PARTICIPANT, 3, 40, 70, 5);
        attend(events, e1, p2, AttendanceRole.PARTICIPANT, null, 50, 60, 3);
        attend(events, e1, p3, AttendanceRole.PARTICIPANT, 2, null, 80, 4);
        attend(events, e1, p5, AttendanceRole.SPEAKER, 3, 10, 90, 5);
        attend(events, e2, p1, AttendanceRole.PARTICIPANT, 2, 60, 90, 4);
        attend(events, e2, p4, AttendanceRole.PARTICIPANT, 2, null, null, null);
        attend(events, e2, p2, AttendanceRole.OBSERVER, 2, null, null, 5);
        attend(events, e3, p6, AttendanceRole.PARTICIPANT, 1, 0, 100, 5);
        attend(events, e4, p6, AttendanceRole.PARTICIPANT, 2, 0, 100, 1);
        attend(events, e5, p7, AttendanceRole.PARTICIPANT, 1, 20, 20, 2);

        // Products published in 2009: k1, k2 (practitioner guides), k3 (toolkit) = 3; k4 withdrawn, k5 drafting.
        KnowledgeService knowledge = c.getBean(KnowledgeService.class);
        k1 = product(knowledge, KnowledgeProductType.PRACTITIONER_GUIDE, "Figures guide one " + u, LocalDate.of(YEAR, 4, 10));
        k2 = product(knowledge, KnowledgeProductType.PRACTITIONER_GUIDE, "Figures guide two " + u, LocalDate.of(YEAR, 11, 20));
        k3 = product(knowledge, KnowledgeProductType.TOOLKIT, "Figures toolkit " + u, LocalDate.of(YEAR, 7, 1));
        k4 = product(knowledge, KnowledgeProductType.RESEARCH_REPORT, "Figures withdrawn report " + u, LocalDate.of(YEAR, 6, 1));
        knowledge.changeStage(k4, new StageChange(KnowledgeStage.WITHDRAWN, LocalDate.of(YEAR, 6, 15), "Superseded", null));
        long k5 = knowledge.create(new KnowledgeProductInput(KnowledgeProductType.TOOLKIT, "Figures draft " + u, "", null,
                List.of(), List.of("en"), null, LocalDate.of(YEAR, 1, 5), null)).id();
        knowledge.changeStage(k5, new StageChange(KnowledgeStage.DRAFTING, LocalDate.of(YEAR, 2, 1), null, null));

        // Engagements in 2009: forum 1 twice (Feb presentation, May panel), forum 2 once (Sep presentation).
        ForumService forums = c.getBean(ForumService.class);
        forum1 = forums.create(new ForumInput("Figures dialogue one " + u, null, ForumKind.DIALOGUE, null, "", null)).id();
        forum2 = forums.create(new ForumInput("Figures dialogue two " + u, null, ForumKind.DIALOGUE, null, "", null)).id();
        long officer = Users.aUser(c.getBean(UserService.class)).withRole(Role.PROGRAMME_OFFICER).create().id();
        EngagementService engagements = c.getBean(EngagementService.class);
        engagement(engagements, forum1, LocalDate.of(YEAR, 2, 10), EngagementType.PRESENTATION, "Figures talk " + u, officer);
        engagement(engagements, forum1, LocalDate.of(YEAR, 5, 5), EngagementType.PANEL, "Figures panel " + u, officer);
        engagement(engagements, forum2, LocalDate.of(YEAR, 9, 9), EngagementType.PRESENTATION, "Figures side talk " + u, officer);

        // Requests received in 2009: r1, r2, r3, r7, r5 = 5 (r6 came in 2008). Delivered in 2009: r1 5 days, r2 20
        // days (late), r3 10 days, r6 13 days → 4, on time 3 / 4 = 75.00 %, median (10 + 13) / 2 = 11.50 days.
        // Received by type: TECHNICAL_ASSISTANCE 3 (r1, r3, r7), RESEARCH 1 (r2), INFORMATION 1 (r5); by requester:
        // AUS 2 (r1, r7), the Ad Hoc Group 1 (r2), the Co-Chairs 1 (r3), PHL 1 (r5).
        MemberRequestService requests = c.getBean(MemberRequestService.class);
        ahg = c.getBean(DirectoryService.class).findBodyByShortName("AHG").orElseThrow().id();
        r1 = request(requests, "AUS", null, MemberRequestType.TECHNICAL_ASSISTANCE, "Figures request one " + u,
                LocalDate.of(YEAR, 1, 10), LocalDate.of(YEAR, 1, 20), LocalDate.of(YEAR, 1, 15));
        r2 = request(requests, null, ahg, MemberRequestType.RESEARCH, "Figures request two " + u, LocalDate.of(YEAR, 2, 1),
                LocalDate.of(YEAR, 2, 11), LocalDate.of(YEAR, 2, 21));
        r3 = request(requests, null, null, MemberRequestType.TECHNICAL_ASSISTANCE, "Figures request three " + u,
                LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 31), LocalDate.of(YEAR, 3, 11));
        r7 = request(requests, "AUS", null, MemberRequestType.TECHNICAL_ASSISTANCE, "Figures request seven " + u,
                LocalDate.of(YEAR, 8, 15), LocalDate.of(YEAR, 9, 15), null);
        r5 = request(requests, "PHL", null, MemberRequestType.INFORMATION, "Figures request five " + u,
                LocalDate.of(YEAR, 12, 1), LocalDate.of(YEAR, 12, 31), null);
        r6 = request(requests, "AUS", null, MemberRequestType.INFORMATION, "Figures request six " + u,
                LocalDate.of(YEAR - 1, 12, 20), LocalDate.of(YEAR, 1, 5), LocalDate.of(YEAR, 1, 2));
        // Members engaged in 2009: AUS, IDN, THA (people trained) and PHL (request r5) = 4.
    }

    private static long activity(ActivityService activities, long workPlan, String title, int purpose, ActivityType type,
                                 YearMonth plannedStart, YearMonth plannedEnd, ActivityStatus status, String reason,
                                 LocalDate actualEnd, String budget, String currency, String expenditure,
                                 Integer genderMarker) {
        LocalDate actualStart = actualEnd == null ? null : actualEnd.minusDays(30);
        return activities.create(new ActivityInput(workPlan, title, purpose, null, type, status, reason, null, null, null,
                null, null, null, null, null, plannedStart, plannedEnd, actualStart, actualEnd,
                budget == null ? null : new ActivityInput.Budget(new BigDecimal(budget), currency),
                expenditure == null ? null : new BigDecimal(expenditure), genderMarker,
                genderMarker == null || genderMarker == 0 ? null : "Figures gender analysis", null, null)).id();
    }

    private static long event(EventService events, long activity, EventKind kind, String title, LocalDate start,
                              LocalDate end, EventStatus status) {
        return events.create(new EventInput(activity, kind, title, start, end, "Bali", "IDN", false, status, List.of("en"),
                List.of(), "", null)).id();
    }

    private static long person(PersonService people, String given, String family, Sex sex, String member,
                               AgencyType agencyType) {
        return people.create(new PersonInput(given, family, sex, member, "Agency", agencyType, "",
                family.toLowerCase() + "@example.org", null)).id();
    }

    private static void attend(EventService events, long event, long person, AttendanceRole role, Integer days,
                               Integer pre, Integer post, Integer satisfaction) {
        events.addAttendance(event, new AttendanceInput(person, role, days, pre, post, satisfaction, ""));
    }

    private static long product(KnowledgeService knowledge, KnowledgeProductType type, String title, LocalDate published) {
        long id = knowledge.create(new KnowledgeProductInput(type, title, "", null, List.of(), List.of("en"), null,
                LocalDate.of(YEAR, 1, 5), null)).id();
        knowledge.changeStage(id, new StageChange(KnowledgeStage.PUBLISHED, published, null, null));
        return id;
    }

    private static void engagement(EngagementService engagements, long forum, LocalDate date, EngagementType type,
                                   String title, long officer) {
        engagements.create(new EngagementInput(forum, date, type, title, List.of(officer), null, "", null, null, null));
    }

    /** A request of the member, else of the body, else of the Co-Chairs. */
    private static long request(MemberRequestService requests, String member, Long body, MemberRequestType type,
                                String subject, LocalDate received, LocalDate due, LocalDate delivered) {
        long id = requests.create(new MemberRequestInput(member, body, member == null && body == null ? Boolean.TRUE : null,
                null, received, RequestChannel.EMAIL, subject, "", type, null, due, null, List.of(), null), null).id();
        if (delivered != null) {
            requests.changeStatus(id, new StatusChange(MemberRequestStatus.DELIVERED, delivered, null), null, null);
        }
        return id;
    }
}
