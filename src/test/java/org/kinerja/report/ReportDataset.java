package org.kinerja.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.kinerja.delivery.AgencyType;
import org.kinerja.delivery.Attendance;
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
import org.kinerja.directory.Forum;
import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerInput;
import org.kinerja.directory.PartnerService;
import org.kinerja.directory.PartnerType;
import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.Baseline;
import org.kinerja.indicator.Direction;
import org.kinerja.indicator.Frequency;
import org.kinerja.indicator.IndicatorInput;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.indicator.Measure;
import org.kinerja.indicator.Target;
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
import org.kinerja.workplan.Activity;
import org.kinerja.workplan.ActivityInput;
import org.kinerja.workplan.ActivityService;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.PartnerRole;
import org.kinerja.workplan.PrincipleRating;
import org.kinerja.workplan.WorkPlanService;
import org.springframework.context.ApplicationContext;

/**
 * A small year of RSO work with known answers, built through the services as the pages and API would: plan
 * {@code code} (a copy of SP-2021-22's purposes and principles, 2003–2004) and its 2003 work plan.
 * <ul>
 *   <li>Activities: P2 training COMPLETED (AUD 10,000, spent 8,000, marker 2, partner, principle 1 evidence), P2
 *   workshop IN_PROGRESS (AUD 5,000, spent 1,000, marker 1), P1 technical assistance PLANNED, P3 research
 *   POSTPONED (USD 2,000), P4 outreach CANCELLED.</li>
 *   <li>Events: training held 10–12 March (3 days) with participants Ani (female, IDN; 40→70, satisfaction 5),
 *   Ben (male, AUS; 50→60, 3), Chris (sex not recorded, IDN; post only 80, 4) and Dewi as speaker; workshop
 *   held 5–6 May (2 days) with Ani again (60→80, 4) and Dewi (female, no member; 30→40, 2); a cancelled
 *   training and a held conference (not capacity building), each with Eko (male, IDN).</li>
 *   <li>So: 2 capacity-building events held, 4 people trained (female 2, male 1, other 0, not recorded 1),
 *   women's share 66.67, participant days 13, knowledge gain 17.50, satisfied share 60.00, members IDN 2 and
 *   AUS 1.</li>
 *   <li>Knowledge products: 2 published in 2003, one still drafting, one published in 2004.</li>
 *   <li>Engagements: 3 in 2003 at 2 forums (2 presentations, 1 panel), one in 2004.</li>
 *   <li>Requests: received 4 (IDN 2, AUS 1, the Ad Hoc Group 1; technical assistance 3, research 1); delivered 2 — one on time after 41 days, one late after 89 (on time
 *   50.00, median 65); at the end of 2003, 2 open, 1 of them overdue.</li>
 *   <li>Indicator P2.9 (people trained, computed) with baseline 1 and target 8 for 2003.</li>
 * </ul>
 */
final class ReportDataset {

    static final int YEAR = 2003;

    final String code;
    final long trainingEvent;
    final long workshopEvent;
    final long trainingActivity;
    final long workshopActivity;
    final long adHocGroup;

    ReportDataset(PlanService plans, WorkPlanService workPlans, ActivityService activities, EventService events,
                  PersonService people, KnowledgeService knowledge, EngagementService engagements,
                  MemberRequestService requests, DirectoryService directory, PartnerService partners,
                  IndicatorService indicators, long officerId) {
        code = "RPT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        plans.create(new NewPlan(code, "Report test plan " + code, YEAR, YEAR + 1, "SP-2021-22"));
        long workPlan = workPlans.create(code, YEAR).id();

        Partner partner = partners.create(new PartnerInput("Report test partner " + code, null,
                PartnerType.TRAINING_INSTITUTION, null, null, null, null, null, null, null));
        Activity training = activities.create(new ActivityInput(workPlan, "Regional training on investigations", 2,
                null, ActivityType.TRAINING, null, null, null, null, null,
                List.of(new ActivityInput.PartnerShare(partner.id(), PartnerRole.LEAD, null)), null, null, null, null,
                YearMonth.of(YEAR, 3), YearMonth.of(YEAR, 3), null, null,
                new ActivityInput.Budget(new BigDecimal("10000"), "AUD"), new BigDecimal("8000"), 2,
                "Half the trainers and participants are women.",
                List.of(new ActivityInput.PrincipleMarker(1, PrincipleRating.APPLIED, "Designed with member agencies.")),
                null));
        trainingActivity = training.id();
        activities.changeStatus(training.id(), ActivityStatus.COMPLETED, null, null);
        Activity workshop = activities.create(new ActivityInput(workPlan, "Workshop on victim identification", 2,
                null, ActivityType.WORKSHOP, null, null, null, null, null, null, null, null, null, null,
                YearMonth.of(YEAR, 5), YearMonth.of(YEAR, 6), null, null,
                new ActivityInput.Budget(new BigDecimal("5000"), "AUD"), new BigDecimal("1000"), 1,
                "Women officers invited.", null, null));
        workshopActivity = workshop.id();
        activities.changeStatus(workshop.id(), ActivityStatus.IN_PROGRESS, null, null);
        activities.create(ActivityInput.minimal(workPlan, "Technical assistance on legislation", 1,
                ActivityType.TECHNICAL_ASSISTANCE));
        Activity research = activities.create(new ActivityInput(workPlan, "Research on labour migration", 3, null,
                ActivityType.RESEARCH, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, new ActivityInput.Budget(new BigDecimal("2000"), "USD"), null, null, null, null, null));
        activities.changeStatus(research.id(), ActivityStatus.POSTPONED, "Waiting for the member survey.", null);
        Activity outreach = activities.create(ActivityInput.minimal(workPlan, "Outreach at a regional forum", 4,
                ActivityType.OUTREACH));
        activities.changeStatus(outreach.id(), ActivityStatus.CANCELLED, "The forum did not meet.", null);

        long ani = person(people, "Ani", Sex.FEMALE, "IDN", AgencyType.IMMIGRATION_BORDER);
        long ben = person(people, "Ben", Sex.MALE, "AUS", AgencyType.POLICE_LAW_ENFORCEMENT);
        long chris = person(people, "Chris", Sex.NOT_RECORDED, "IDN", AgencyType.IMMIGRATION_BORDER);
        long dewi = person(people, "Dewi", Sex.FEMALE, null, AgencyType.CIVIL_SOCIETY);
        long eko = person(people, "Eko", Sex.MALE, "IDN", AgencyType.LABOUR);

        trainingEvent = event(events, training.id(), EventKind.TRAINING, "Investigations training",
                LocalDate.of(YEAR, 3, 10), LocalDate.of(YEAR, 3, 12), EventStatus.HELD);
        attend(events, trainingEvent, ani, AttendanceRole.PARTICIPANT, 3, 40, 70, 5);
        attend(events, trainingEvent, ben, AttendanceRole.PARTICIPANT, 3, 50, 60, 3);
        attend(events, trainingEvent, chris, AttendanceRole.PARTICIPANT, 3, null, 80, 4);
        attend(events, trainingEvent, dewi, AttendanceRole.SPEAKER, 3, null, null, null);
        workshopEvent = event(events, workshop.id(), EventKind.WORKSHOP, "Victim identification workshop",
                LocalDate.of(YEAR, 5, 5), LocalDate.of(YEAR, 5, 6), EventStatus.HELD);
        attend(events, workshopEvent, ani, AttendanceRole.PARTICIPANT, 2, 60, 80, 4);
        attend(events, workshopEvent, dewi, AttendanceRole.PARTICIPANT, 2, 30, 40, 2);
        long cancelled = event(events, training.id(), EventKind.TRAINING, "Follow-up training",
                LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR, 9, 2), EventStatus.CANCELLED);
        attend(events, cancelled, eko, AttendanceRole.PARTICIPANT, 2, 10, 90, 5);
        long conference = event(events, workshop.id(), EventKind.CONFERENCE, "Regional conference",
                LocalDate.of(YEAR, 6, 2), LocalDate.of(YEAR, 6, 2), EventStatus.HELD);
        attend(events, conference, eko, AttendanceRole.PARTICIPANT, 1, 20, 90, 5);

        product(knowledge, KnowledgeProductType.TOOLKIT, "Investigations toolkit", LocalDate.of(YEAR, 1, 10),
                LocalDate.of(YEAR, 4, 1));
        product(knowledge, KnowledgeProductType.POLICY_GUIDE, "Policy guide on victim support",
                LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR, 11, 15));
        product(knowledge, KnowledgeProductType.RESEARCH_REPORT, "Labour migration study", LocalDate.of(YEAR, 2, 1),
                null);
        product(knowledge, KnowledgeProductType.PRACTITIONER_GUIDE, "Guide published the year after",
                LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR + 1, 1, 10));

        List<Forum> forums = directory.forums().stream().sorted(java.util.Comparator.comparing(Forum::name)).toList();
        Forum first = forums.get(0);
        Forum second = forums.get(1);
        engagement(engagements, first, LocalDate.of(YEAR, 2, 10), EngagementType.PRESENTATION, officerId);
        engagement(engagements, first, LocalDate.of(YEAR, 7, 1), EngagementType.PANEL, officerId);
        engagement(engagements, second, LocalDate.of(YEAR, 8, 15), EngagementType.PRESENTATION, officerId);
        engagement(engagements, second, LocalDate.of(YEAR + 1, 2, 1), EngagementType.PRESENTATION, officerId);

        RequestViewer staff = new RequestViewer(officerId, null);
        request(requests, staff, "IDN", LocalDate.of(YEAR, 1, 10), LocalDate.of(YEAR, 3, 10), LocalDate.of(YEAR, 2, 20));
        request(requests, staff, "AUS", LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 5, 1));
        request(requests, staff, "IDN", LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 8, 1), null);
        adHocGroup = directory.findBodyByShortName("AHG").orElseThrow().id();
        requests.create(new MemberRequestInput(null, adHocGroup, false, null, LocalDate.of(YEAR, 11, 20),
                RequestChannel.LETTER, "Request of the Ad Hoc Group", "", MemberRequestType.RESEARCH, null,
                LocalDate.of(YEAR + 1, 1, 19), "", List.of(), null), staff);

        indicators.createIndicator(code, new IndicatorInput("P2.9", "People trained in the year",
                "Distinct people trained.", 2, null, "people", Measure.NUMBER, Direction.INCREASE, Aggregation.SUM,
                List.of(), new Baseline(BigDecimal.ONE, YEAR - 1, null), List.of(new Target(YEAR, new BigDecimal("8"), null), new Target(YEAR + 1, new BigDecimal("10"), null)),
                "PEOPLE_TRAINED", Frequency.ANNUAL, null, "Attendance lists.", false, null));
    }

    /** The dataset made through the services of {@code context}. */
    static ReportDataset in(ApplicationContext context, long officerId) {
        return new ReportDataset(context.getBean(PlanService.class), context.getBean(WorkPlanService.class),
                context.getBean(ActivityService.class), context.getBean(EventService.class),
                context.getBean(PersonService.class), context.getBean(KnowledgeService.class),
                context.getBean(EngagementService.class), context.getBean(MemberRequestService.class),
                context.getBean(DirectoryService.class), context.getBean(PartnerService.class),
                context.getBean(IndicatorService.class), officerId);
    }

    private static long person(PersonService people, String name, Sex sex, String member, AgencyType agency) {
        return people.create(new PersonInput(name, "Reporttest", sex, member, "Agency of " + name, agency, "Officer",
                null, null)).id();
    }

    private static long event(EventService events, long activity, EventKind kind, String title, LocalDate start,
                              LocalDate end, EventStatus status) {
        return events.create(new EventInput(activity, kind, title, start, end, "Bangkok", "THA", false, status,
                List.of("en"), List.of(), "", null)).id();
    }

    static Attendance attend(EventService events, long event, long person, AttendanceRole role, Integer days,
                             Integer pre, Integer post, Integer satisfaction) {
        return events.addAttendance(event, new AttendanceInput(person, role, days, pre, post, satisfaction, ""));
    }

    private static void product(KnowledgeService knowledge, KnowledgeProductType type, String title, LocalDate concept,
                                LocalDate published) {
        long id = knowledge.create(new KnowledgeProductInput(type, title, "Summary of " + title, null, List.of(),
                List.of("en"), null, concept, null)).id();
        knowledge.changeStage(id, new StageChange(KnowledgeStage.DRAFTING, concept, null, null));
        if (published != null) {
            knowledge.changeStage(id, new StageChange(KnowledgeStage.PUBLISHED, published, null, null));
        }
    }

    private static void engagement(EngagementService engagements, Forum forum, LocalDate date, EngagementType type,
                                   long officerId) {
        engagements.create(new EngagementInput(forum.id(), date, type, "Engagement at " + forum.name() + " " + date,
                List.of(officerId), 40, "", null, null, null));
    }

    private static void request(MemberRequestService requests, RequestViewer staff, String member, LocalDate received,
                                LocalDate due, LocalDate delivered) {
        long id = requests.create(new MemberRequestInput(member, null, false, null, received, RequestChannel.EMAIL,
                "Request of " + member + " " + received, "", MemberRequestType.TECHNICAL_ASSISTANCE, null, due, "",
                List.of(), null), staff).id();
        if (delivered != null) {
            requests.changeStatus(id, new StatusChange(MemberRequestStatus.DELIVERED, delivered, null), null, staff);
        }
    }
}
