package org.kinerja.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.stream.Collectors;

import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.Forum;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.ActivityLookup;
import org.kinerja.workplan.ActivityRef;
import org.kinerja.workplan.ActivityType;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's engagements: about thirty with each of the eight shipped forums in 2021–2022,
 * represented by the demo officer and Co-Managers. Added once: nothing is added when engagements exist.
 */
@Component
@Profile("demo")
@Order(140)
class OutreachDemoData implements ApplicationRunner {

    static final String PLAN = "SP-2021-22";

    /** A demo engagement: the forum by short name or name; who represents the RSO by demo e-mail. */
    record DemoEngagement(String forum, String date, EngagementType type, String title, Integer audience,
                          List<String> representatives, String summary) {
    }

    private static final String OFFICER = "officer@kinerja.demo";
    private static final String AUS = "comanager.aus@kinerja.demo";
    private static final String IDN = "comanager.idn@kinerja.demo";

    static final List<DemoEngagement> ENGAGEMENTS = List.of(
            new DemoEngagement("ASEAN", "2021-03-18", EngagementType.PRESENTATION,
                    "Briefing to the ASEAN Senior Officials Meeting on Transnational Crime working group on trafficking (demo)",
                    45, List.of(AUS, IDN), "Presented the RSO Strategic Plan 2021-22 and its four purposes."),
            new DemoEngagement("ASEAN", "2021-08-25", EngagementType.PANEL,
                    "Panel on victim identification at the ASEAN-ACT partnership forum (demo)", 120, List.of(OFFICER),
                    "Shared the Bali Process policy guide on victim identification."),
            new DemoEngagement("ASEAN", "2022-02-09", EngagementType.BILATERAL_MEETING,
                    "Bilateral meeting with the ASEAN Secretariat on joint training calendar (demo)", null,
                    List.of(IDN, OFFICER), "Agreed to share training calendars each quarter."),
            new DemoEngagement("ASEAN", "2022-09-14", EngagementType.SIDE_EVENT,
                    "Side event on online recruitment for forced criminality (demo)", 80, List.of(AUS, OFFICER),
                    "Co-hosted with two member delegations."),
            new DemoEngagement("Budapest Process", "2021-05-12", EngagementType.PRESENTATION,
                    "Exchange of practice on regional consultative processes, Silk Routes region (demo)", 60,
                    List.of(AUS), "Compared the RSO's delivery model with the Budapest Process secretariat's."),
            new DemoEngagement("Budapest Process", "2021-11-30", EngagementType.PANEL,
                    "Panel on return and reintegration partnerships (demo)", 75, List.of(OFFICER), ""),
            new DemoEngagement("Budapest Process", "2022-06-21", EngagementType.BILATERAL_MEETING,
                    "Bilateral meeting with the Budapest Process secretariat on inter-regional dialogue (demo)", null,
                    List.of(AUS, IDN), "Agreed an annual exchange between the two secretariats."),
            new DemoEngagement("APCSS", "2021-06-08", EngagementType.PRESENTATION,
                    "Lecture on people smuggling trends for the comprehensive security course (demo)", 35,
                    List.of(OFFICER), ""),
            new DemoEngagement("APCSS", "2022-03-16", EngagementType.PRESENTATION,
                    "Lecture on the Bali Process architecture for mid-career officials (demo)", 40, List.of(OFFICER), ""),
            new DemoEngagement("APCSS", "2022-10-05", EngagementType.PANEL,
                    "Panel on maritime migration and search and rescue coordination (demo)", 55, List.of(IDN), ""),
            new DemoEngagement("ADFM", "2021-04-22", EngagementType.PANEL,
                    "Track II roundtable on protracted displacement in the Andaman Sea (demo)", 30, List.of(AUS, IDN),
                    "Reported the outcome to the Ad Hoc Group."),
            new DemoEngagement("ADFM", "2021-10-19", EngagementType.PRESENTATION,
                    "Presentation of the Task Force on Planning and Preparedness toolkit (demo)", 28, List.of(OFFICER), ""),
            new DemoEngagement("ADFM", "2022-07-27", EngagementType.BILATERAL_MEETING,
                    "Meeting with the dialogue's convenors on a joint research note (demo)", null, List.of(OFFICER), ""),
            new DemoEngagement("Global Coast Guard Summit", "2021-09-15", EngagementType.SIDE_EVENT,
                    "Side event on maritime people smuggling indicators (demo)", 90, List.of(AUS, OFFICER), ""),
            new DemoEngagement("Global Coast Guard Summit", "2022-11-09", EngagementType.PRESENTATION,
                    "Presentation on regional cooperation against maritime smuggling (demo)", 150, List.of(AUS), ""),
            new DemoEngagement("GFMD", "2021-01-26", EngagementType.SIDE_EVENT,
                    "Side event on labour migration and trafficking prevention (demo)", 110, List.of(IDN, OFFICER),
                    "Highlighted the Government and Business Forum's Acknowledge, Act, Advance recommendations."),
            new DemoEngagement("GFMD", "2021-07-07", EngagementType.SOCIAL_MEDIA,
                    "Social media series on safe migration for GFMD week (demo)", 4200, List.of(OFFICER), ""),
            new DemoEngagement("GFMD", "2022-01-20", EngagementType.PANEL,
                    "Panel on regional consultative processes and the Global Compact (demo)", 140, List.of(AUS), ""),
            new DemoEngagement("GFMD", "2022-05-18", EngagementType.PUBLICATION_LAUNCH,
                    "Launch of the practitioner guide on ethical recruitment (demo)", 95, List.of(IDN, OFFICER), ""),
            new DemoEngagement("GCM", "2021-02-24", EngagementType.PRESENTATION,
                    "Contribution to the Asia-Pacific regional review of the Global Compact (demo)", 70,
                    List.of(AUS, IDN), ""),
            new DemoEngagement("GCM", "2021-12-08", EngagementType.MEDIA,
                    "Interview on regional migration governance for a regional broadcaster (demo)", null, List.of(IDN), ""),
            new DemoEngagement("GCM", "2022-05-17", EngagementType.SIDE_EVENT,
                    "Side event at the International Migration Review Forum (demo)", 160, List.of(AUS, IDN), ""),
            new DemoEngagement("GCM", "2022-08-10", EngagementType.OTHER,
                    "Written input to the regional GCM implementation survey (demo)", null, List.of(OFFICER), ""),
            new DemoEngagement("IBMATA", "2021-05-26", EngagementType.PRESENTATION,
                    "Presentation on biometrics and identity management cooperation (demo)", 65, List.of(OFFICER), ""),
            new DemoEngagement("IBMATA", "2021-11-17", EngagementType.PANEL,
                    "Panel on border management technologies and protection safeguards (demo)", 85, List.of(AUS), ""),
            new DemoEngagement("IBMATA", "2022-04-13", EngagementType.BILATERAL_MEETING,
                    "Meeting with the association's board on a joint webinar series (demo)", null, List.of(OFFICER), ""),
            new DemoEngagement("IBMATA", "2022-10-26", EngagementType.PUBLICATION_LAUNCH,
                    "Launch of the border management briefing note (demo)", 70, List.of(IDN, OFFICER), ""),
            new DemoEngagement("ASEAN", "2022-12-07", EngagementType.MEDIA,
                    "Joint press release on the regional anti-trafficking day of action (demo)", null, List.of(IDN), ""),
            new DemoEngagement("Budapest Process", "2022-11-23", EngagementType.SOCIAL_MEDIA,
                    "Joint social media campaign on migrant smuggling risks (demo)", 6800, List.of(OFFICER), ""),
            new DemoEngagement("APCSS", "2021-12-01", EngagementType.OTHER,
                    "Contribution to a course reader on irregular migration (demo)", null, List.of(OFFICER), ""));

    private final EngagementService engagements;
    private final DirectoryService directory;
    private final UserService users;
    private final ActivityLookup activities;

    OutreachDemoData(EngagementService engagements, DirectoryService directory, UserService users,
                     ActivityLookup activities) {
        this.engagements = engagements;
        this.directory = directory;
        this.users = users;
        this.activities = activities;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (engagements.count(EngagementFilter.all()) == 0) {
            add();
        }
    }

    /** Adds the demo engagements whose forum and representatives exist; returns them. */
    List<Engagement> add() {
        List<Engagement> added = new ArrayList<>();
        List<Forum> forums = directory.forums();
        Map<String, Long> userIds = users.list("@kinerja.demo", null, true, PageQuery.of(0, PageQuery.MAX_SIZE))
                .items().stream().collect(Collectors.toMap(UserAccount::email, UserAccount::id));
        for (DemoEngagement d : ENGAGEMENTS) {
            Optional<Forum> forum = forums.stream()
                    .filter(f -> d.forum().equals(f.shortName()) || d.forum().equals(f.name())).findFirst();
            List<Long> reps = new ArrayList<>();
            d.representatives().stream().map(userIds::get).filter(id -> id != null).forEach(reps::add);
            if (forum.isEmpty() || reps.isEmpty()) {
                continue;
            }
            LocalDate date = LocalDate.parse(d.date());
            Long activity = outreachActivity(date.getYear()).map(ActivityRef::id).orElse(null);
            added.add(engagements.create(new EngagementInput(forum.get().id(), date, d.type(), d.title(), reps,
                    d.audience(), d.summary(), null, activity, null)));
        }
        return added;
    }

    /** The year's first outreach activity, when the work plan has one. */
    private Optional<ActivityRef> outreachActivity(int year) {
        return activities.ofYear(PLAN, year).stream().filter(a -> a.type() == ActivityType.OUTREACH).findFirst();
    }

}
