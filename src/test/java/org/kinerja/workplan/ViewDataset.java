package org.kinerja.workplan;

import static org.kinerja.workplan.ViewFixtures.month;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerService;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Users;

/**
 * A work plan of 2031 with six activities: three under purpose 1 (two budgeted in AUD, one in USD), two under
 * purpose 2 (one in USD, one neither budgeted nor scheduled), none under purpose 3 and one under purpose 4 that
 * started being planned in 2030. Totals: AUD 16,200.50 budgeted and 2,500.00 spent; USD 27,000.00 budgeted and
 * 19,999.99 spent.
 */
public record ViewDataset(long workPlanId, long officerOne, long officerTwo, long iom, long unhcr, long workshop, long guide,
                   long conference, long tabletop, long research, long outreach) {

    public static final int YEAR = 2031;

    /** The two lead officers, made once per test JVM (passwords are slow to hash). */
    private static final Map<String, Long> OFFICERS = new ConcurrentHashMap<>();

    public static ViewDataset create(ViewFixtures fixtures, UserService users, PartnerService partners) {
        long officerOne = OFFICERS.computeIfAbsent("Ana Example",
                name -> Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).named(name).create().id());
        long officerTwo = OFFICERS.computeIfAbsent("Budi Example",
                name -> Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).named(name).create().id());
        long iom = partner(partners, "IOM");
        long unhcr = partner(partners, "UNHCR");
        long plan = fixtures.workPlan(YEAR);
        long workshop = fixtures.activity(plan, 1, "Border workshop").type(ActivityType.WORKSHOP)
                .officer(officerOne).planned(month(YEAR, 3), month(YEAR, 5))
                .actual(LocalDate.of(YEAR, 3, 10), LocalDate.of(YEAR, 3, 12))
                .budget("10000.00", "AUD").expenditure("2500.00").partner(iom, PartnerRole.LEAD, "60")
                .country("IDN").milestone("Agenda agreed", month(YEAR, 2), LocalDate.of(YEAR, 2, 20))
                .milestone("Report published", month(YEAR, 6), null).listed().insert();
        long guide = fixtures.activity(plan, 1, "Victim identification guide").type(ActivityType.PRACTITIONER_GUIDE)
                .status(ActivityStatus.IN_PROGRESS).officer(officerTwo).planned(month(YEAR, 7), month(YEAR, 12))
                .actual(LocalDate.of(YEAR, 7, 1), null).budget("5000.50", "AUD").country("THA").insert();
        long conference = fixtures.activity(plan, 1, "Regional conference").type(ActivityType.CONFERENCE)
                .status(ActivityStatus.COMPLETED).officer(officerOne).planned(month(YEAR, 10), month(YEAR, 10))
                .budget("20000", "USD").expenditure("19999.99").partner(unhcr, PartnerRole.CO_DELIVERY, "40").insert();
        long tabletop = fixtures.activity(plan, 2, "Maritime tabletop").type(ActivityType.TABLETOP_EXERCISE)
                .status(ActivityStatus.CANCELLED).planned(month(YEAR, 1), month(YEAR, 2)).budget("7000", "USD")
                .country("IDN").insert();
        long research = fixtures.activity(plan, 2, "Unscheduled research").type(ActivityType.RESEARCH).insert();
        long outreach = fixtures.activity(plan, 4, "Forum outreach").type(ActivityType.OUTREACH)
                .planned(month(YEAR - 1, 11), month(YEAR, 2)).budget("1200", "AUD").insert();
        return new ViewDataset(plan, officerOne, officerTwo, iom, unhcr, workshop, guide, conference, tabletop, research,
                outreach);
    }

    private static long partner(PartnerService partners, String shortName) {
        return partners.all().stream().filter(p -> shortName.equals(p.shortName())).map(Partner::id).findFirst()
                .orElseThrow();
    }
}
