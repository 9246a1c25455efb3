package org.kinerja.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jooq.DSLContext;
import org.kinerja.workplan.ActivityLookup;
import org.kinerja.workplan.ActivityRef;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's events: one or two held events for each training-type activity (trainings, workshops,
 * tabletop exercises, conferences, roundtables, webinars) of the 2021 and 2022 work plans of the Strategic
 * Plan 2021-22, with about 2,000 attendances of obviously fictitious people ({@code example.org}) — a
 * realistic mix of sex, member and agency type, pre/post test scores and satisfaction. Activities are
 * found through {@link ActivityLookup}; none found, nothing is added. An activity that has events already
 * is left alone, so the data is added once.
 */
@Component
@Profile("demo")
@Order(120)
class DeliveryDemoData implements ApplicationRunner {

    static final String PLAN = "SP-2021-22";
    static final int ATTENDANCES = 2000;
    static final Set<ActivityType> TRAINING_TYPES = Set.of(ActivityType.TRAINING, ActivityType.WORKSHOP,
            ActivityType.TABLETOP_EXERCISE, ActivityType.CONFERENCE, ActivityType.ROUNDTABLE, ActivityType.WEBINAR);

    private static final String[] MEMBERS = {"IDN", "AUS", "THA", "MYS", "PHL", "VNM", "KHM", "LAO", "MMR", "BGD",
            "LKA", "PAK", "AFG", "NZL", "FJI", "PNG", "TLS", "JPN", "KOR", "NPL", "IOM", "UNHCR", "UNODC", "ILO"};
    private static final int[] MEMBER_WEIGHTS = {14, 8, 10, 8, 8, 7, 5, 4, 3, 5, 4, 4, 2, 3, 2, 2, 2, 2, 2, 2, 3, 2, 2, 1};
    private static final String[] GIVEN = {"Ayu", "Budi", "Siti", "Arun", "Nok", "Minh", "Linh", "Rahim", "Nimal",
            "Aisyah", "Maria", "Jose", "Sam", "Alex", "Kanya", "Tariq", "Hana", "Ravi", "Mei", "Sokha", "Thida",
            "Farida", "Joel", "Ana", "Kiri", "Tomas", "Priya", "Nurul", "Dao", "Kim"};
    private static final String[] FAMILY = {"Example", "Sample", "Contoh", "Placeholder", "Demo", "Teladan",
            "Muestra", "Beispiel", "Exemplo", "Mau", "Mahalimbawa", "Tuladha"};
    private static final Map<AgencyType, Integer> AGENCY_WEIGHTS = new EnumMap<>(Map.ofEntries(
            Map.entry(AgencyType.IMMIGRATION_BORDER, 26), Map.entry(AgencyType.POLICE_LAW_ENFORCEMENT, 22),
            Map.entry(AgencyType.PROSECUTION_JUSTICE, 10), Map.entry(AgencyType.FOREIGN_AFFAIRS, 12),
            Map.entry(AgencyType.LABOUR, 6), Map.entry(AgencyType.SOCIAL_WELFARE, 6),
            Map.entry(AgencyType.OTHER_GOVERNMENT, 5), Map.entry(AgencyType.INTERNATIONAL_ORGANISATION, 6),
            Map.entry(AgencyType.CIVIL_SOCIETY, 4), Map.entry(AgencyType.PRIVATE_SECTOR, 2),
            Map.entry(AgencyType.ACADEMIA, 1)));
    private static final String[][] PLACES = {{"Bangkok", "THA"}, {"Jakarta", "IDN"}, {"Bali", "IDN"},
            {"Kuala Lumpur", "MYS"}, {"Manila", "PHL"}, {"Colombo", "LKA"}, {"Hanoi", "VNM"}, {"Phnom Penh", "KHM"},
            {"Semarang", "IDN"}, {"Canberra", "AUS"}};

    private final ActivityLookup activities;
    private final EventService events;
    private final EventRepository eventRows;
    private final PersonRepository people;
    private final DSLContext db;
    private final TransactionTemplate transactions;

    DeliveryDemoData(ActivityLookup activities, EventService events, EventRepository eventRows, PersonRepository people,
                     DSLContext db, PlatformTransactionManager transactionManager) {
        this.activities = activities;
        this.events = events;
        this.eventRows = eventRows;
        this.people = people;
        this.db = db;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            db.fetch("select pg_advisory_xact_lock(hashtext('kinerja-delivery-demo'))");
            load();
        });
    }

    /** Adds the events and attendances of activities that have none; answers how many events it added. */
    int load() {
        List<ActivityRef> todo = new ArrayList<>();
        for (int year : new int[] {2021, 2022}) {
            for (ActivityRef a : activities.ofYear(PLAN, year)) {
                // a cancelled or postponed activity held no event that year
                if (TRAINING_TYPES.contains(a.type()) && a.status() != ActivityStatus.CANCELLED
                        && a.status() != ActivityStatus.POSTPONED && eventRows.countByActivity(a.id()) == 0) {
                    todo.add(a);
                }
            }
        }
        if (todo.isEmpty()) {
            return 0;
        }
        Random random = new Random(2021_22L);
        List<Planned> planned = new ArrayList<>();
        for (ActivityRef a : todo) {
            int count = a.type() == ActivityType.TRAINING || a.type() == ActivityType.WEBINAR ? 2 : 1;
            for (int i = 0; i < count; i++) {
                planned.add(new Planned(a, i, kind(a.type())));
            }
        }
        double weights = planned.stream().mapToDouble(p -> weight(p.kind())).sum();
        List<PersonRepository.Values> pool = pool(random, Math.max(60, ATTENDANCES * 7 / 10));
        List<Long> poolIds = new ArrayList<>(people.insertAll(pool).values());
        poolIds.sort(Long::compare);
        for (Planned p : planned) {
            long eventId = createEvent(random, p);
            int size = (int) Math.round(ATTENDANCES * weight(p.kind()) / weights);
            attend(random, eventId, p.kind(), Math.min(size, poolIds.size()), poolIds);
        }
        return planned.size();
    }

    private record Planned(ActivityRef activity, int index, EventKind kind) {
    }

    private static EventKind kind(ActivityType type) {
        return switch (type) {
            case WORKSHOP -> EventKind.WORKSHOP;
            case TABLETOP_EXERCISE -> EventKind.TABLETOP_EXERCISE;
            case CONFERENCE -> EventKind.CONFERENCE;
            case ROUNDTABLE -> EventKind.ROUNDTABLE;
            case WEBINAR -> EventKind.WEBINAR;
            default -> EventKind.TRAINING;
        };
    }

    private static double weight(EventKind kind) {
        return switch (kind) {
            case CONFERENCE -> 3.0;
            case WEBINAR -> 2.0;
            case TRAINING -> 1.4;
            case WORKSHOP -> 1.2;
            default -> 1.0;
        };
    }

    private long createEvent(Random random, Planned p) {
        ActivityRef a = p.activity();
        // within the activity's planned months when it has them, else somewhere in its year
        LocalDate start = a.plannedStart() != null && a.plannedEnd() != null
                ? a.plannedStart().plusMonths(random.nextInt(
                        (int) a.plannedStart().until(a.plannedEnd(), java.time.temporal.ChronoUnit.MONTHS) + 1))
                        .atDay(1 + random.nextInt(20))
                : LocalDate.of(a.year(), 2 + random.nextInt(10), 1 + random.nextInt(25));
        int days = switch (p.kind()) {
            case TRAINING -> 3 + random.nextInt(3);
            case WORKSHOP, CONFERENCE -> 2 + random.nextInt(2);
            case TABLETOP_EXERCISE -> 2;
            default -> 1;
        };
        boolean virtual = p.kind() == EventKind.WEBINAR || (a.year() == 2021 && random.nextInt(3) == 0);
        String[] place = PLACES[random.nextInt(PLACES.length)];
        String title = a.title() + (p.index() > 0 ? " (" + (p.index() + 1) + ")" : "");
        if (title.length() > 300) {
            title = title.substring(0, 300);
        }
        Event e = events.create(new EventInput(a.id(), p.kind(), title, start, start.plusDays(days - 1L),
                virtual ? null : place[0], virtual ? null : place[1], virtual, EventStatus.HELD,
                random.nextInt(4) == 0 ? List.of("en", "id") : List.of("en"), List.of(),
                "Demo data: a fictitious event.", null));
        return e.id();
    }

    private void attend(Random random, long eventId, EventKind kind, int size, List<Long> poolIds) {
        boolean tested = kind == EventKind.TRAINING || kind == EventKind.WORKSHOP || kind == EventKind.TABLETOP_EXERCISE;
        Set<Long> chosen = new HashSet<>();
        List<PersonRepository.AttendanceRow> rows = new ArrayList<>();
        while (chosen.size() < size) {
            long person = poolIds.get(random.nextInt(poolIds.size()));
            if (!chosen.add(person)) {
                continue;
            }
            AttendanceRole role = random.nextInt(20) == 0 ? AttendanceRole.SPEAKER
                    : random.nextInt(25) == 0 ? AttendanceRole.FACILITATOR
                    : random.nextInt(30) == 0 ? AttendanceRole.OBSERVER : AttendanceRole.PARTICIPANT;
            Integer pre = null;
            Integer post = null;
            if (tested && role == AttendanceRole.PARTICIPANT && random.nextInt(100) < 85) {
                pre = 30 + random.nextInt(41);
                post = random.nextInt(100) < 92 ? Math.min(100, pre + 5 + random.nextInt(31)) : null;
            }
            Integer satisfaction = random.nextInt(100) < 78 ? satisfaction(random) : null;
            rows.add(new PersonRepository.AttendanceRow(person, new PersonRepository.AttendanceValues(role,
                    kind == EventKind.WEBINAR ? 1 : 1 + random.nextInt(3), pre, post, satisfaction, "")));
            if (rows.size() == 500) {
                people.upsertAttendances(eventId, rows);
                rows.clear();
            }
        }
        people.upsertAttendances(eventId, rows);
    }

    private static int satisfaction(Random random) {
        int r = random.nextInt(100);
        return r < 2 ? 1 : r < 7 ? 2 : r < 20 ? 3 : r < 60 ? 4 : 5;
    }

    private static List<PersonRepository.Values> pool(Random random, int count) {
        List<PersonRepository.Values> list = new ArrayList<>(count);
        int memberTotal = 0;
        for (int w : MEMBER_WEIGHTS) {
            memberTotal += w;
        }
        int agencyTotal = AGENCY_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < count; i++) {
            String member = MEMBERS[pick(random, MEMBER_WEIGHTS, memberTotal)];
            AgencyType agencyType = pickAgency(random, agencyTotal, member);
            int s = random.nextInt(100);
            Sex sex = s < 43 ? Sex.FEMALE : s < 97 ? Sex.MALE : s < 98 ? Sex.OTHER : Sex.NOT_RECORDED;
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String email = random.nextInt(100) < 80
                    ? (given + "." + family + "." + (i + 1)).toLowerCase(java.util.Locale.ROOT) + "@example.org" : null;
            list.add(new PersonRepository.Values(given, family, sex, member, agencyName(agencyType, member),
                    agencyType, "Officer (demo)", email));
        }
        return list;
    }

    private static AgencyType pickAgency(Random random, int total, String member) {
        if (member.equals("IOM") || member.equals("UNHCR") || member.equals("UNODC") || member.equals("ILO")) {
            return AgencyType.INTERNATIONAL_ORGANISATION;
        }
        int r = random.nextInt(total);
        for (Map.Entry<AgencyType, Integer> e : AGENCY_WEIGHTS.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        return AgencyType.OTHER_GOVERNMENT;
    }

    private static String agencyName(AgencyType type, String member) {
        return switch (type) {
            case IMMIGRATION_BORDER -> "Immigration Department (demo, " + member + ")";
            case POLICE_LAW_ENFORCEMENT -> "National Police (demo, " + member + ")";
            case PROSECUTION_JUSTICE -> "Office of the Prosecutor (demo, " + member + ")";
            case FOREIGN_AFFAIRS -> "Ministry of Foreign Affairs (demo, " + member + ")";
            case LABOUR -> "Ministry of Labour (demo, " + member + ")";
            case SOCIAL_WELFARE -> "Ministry of Social Welfare (demo, " + member + ")";
            case INTERNATIONAL_ORGANISATION -> member + " regional office (demo)";
            case CIVIL_SOCIETY -> "Migrant support network (demo)";
            case PRIVATE_SECTOR -> "Recruitment industry association (demo)";
            case ACADEMIA -> "Migration research centre (demo)";
            default -> "Government agency (demo, " + member + ")";
        };
    }

    private static int pick(Random random, int[] weights, int total) {
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
