package org.kinerja.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.kinerja.plan.NewPlan;
import org.kinerja.shared.EntityChanged;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.workplan.WorkPlan;
import org.kinerja.workplan.WorkPlanService;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Makes a consistent, deterministic body of Kinerja data at a {@link Scale}: for each plan year a work plan
 * with activities under the four purposes (types, planned months, statuses, budgets and spending, countries,
 * partners, guiding principles), the events of the activities that hold events, people and their attendances
 * (roles, days, pre/post tests, satisfaction), member requests with their status history, knowledge products
 * with their stage history, engagements with forums and, where the scale asks for them, indicator values with
 * their approval steps. The same seed gives the same data on any database that has the same shipped reference
 * data (and, for the demo profile, the same demo loaders before it).
 *
 * <p>It is generated against what the database holds: members, countries, partners, forums and bodies are read
 * from the directory; each year's plan is the shipped plan covering it, else one created through
 * {@link PlanService} for a two-year period ({@code SP-2017-18} …, purposes and principles copied from the
 * shipped plan); each work plan is found or created through {@link WorkPlanService} (a DRAFT, as the shipped
 * 2021 one is). Each purpose of a work plan is topped up to the scale's number of activities; the activities a
 * work plan had already that were completed or are in progress hold events too. A plan without a results
 * framework gets a copy of the shipped plan's (targets moved to its own years). Everything else is written with
 * {@code COPY} in one transaction: it loads whole or not at all.
 * Ids are given by the generator after the largest one in use, and the identity sequences are moved past them
 * afterwards. For large scales the secondary indexes and the unique and foreign-key constraints of the
 * person, event and attendance tables are dropped for the load and re-created afterwards from their own
 * definitions (read from the catalog), within the same transaction.
 */
public final class DataGenerator {

    /** The shipped plan whose purposes and principles generated plans copy. */
    static final String SHIPPED_PLAN = "SP-2021-22";
    /** Marker table (migration V60): which scale and seed a database holds, one row per generation. */
    static final String MARKER = "generator.generated_data";
    /** Above this many attendances the delivery tables' secondary indexes are built after the load. */
    static final long DEFER_INDEXES_FROM = 200_000;

    private static final String[][] TYPES_BY_PURPOSE = {
            {"TECHNICAL_ASSISTANCE", "EVENT_SUPPORT", "RESEARCH", "PROJECT", "WORKSHOP", "TECHNICAL_ASSISTANCE"},
            {"TRAINING", "TRAINING", "WORKSHOP", "TABLETOP_EXERCISE", "WEBINAR", "TRAINING"},
            {"PRACTITIONER_GUIDE", "POLICY_GUIDE", "BRIEFING_NOTE", "RESEARCH", "TOOLKIT", "TRAINING_MODULE"},
            {"OUTREACH", "CONFERENCE", "ROUNDTABLE", "EVENT_SUPPORT", "CONFERENCE", "OUTREACH"}};
    private static final String[] TOPICS = {"identifying victims of trafficking", "document fraud detection",
            "financial investigations of people smuggling", "labour exploitation in supply chains",
            "victim-centred interviewing", "maritime people smuggling", "returns and reintegration",
            "online recruitment and trafficking", "data on irregular migration", "border management cooperation",
            "prosecuting trafficking cases", "protection-sensitive screening", "forced labour indicators",
            "joint investigations", "policy on safe migration", "civil society engagement"};
    private static final String[] FIRST = {"Ayu", "Budi", "Siti", "Arun", "Nok", "Minh", "Linh", "Rahim", "Nimal",
            "Aisyah", "Maria", "Jose", "Sam", "Alex", "Kanya", "Tariq", "Hana", "Ravi", "Mei", "Sokha", "Thida",
            "Farida", "Joel", "Ana", "Kiri", "Tomas", "Priya", "Nurul", "Dao", "Kim", "Lena", "Omar"};
    private static final String[] LAST = {"Example", "Sample", "Contoh", "Placeholder", "Demo", "Teladan",
            "Muestra", "Beispiel", "Exemplo", "Mau", "Mahalimbawa", "Tuladha", "Probe", "Model"};
    private static final String[] AGENCY_TYPES = {"IMMIGRATION_BORDER", "POLICE_LAW_ENFORCEMENT",
            "PROSECUTION_JUSTICE", "FOREIGN_AFFAIRS", "LABOUR", "SOCIAL_WELFARE", "OTHER_GOVERNMENT",
            "INTERNATIONAL_ORGANISATION", "CIVIL_SOCIETY", "PRIVATE_SECTOR", "ACADEMIA"};
    private static final int[] AGENCY_WEIGHTS = {26, 22, 10, 12, 6, 6, 5, 6, 4, 2, 1};
    private static final String[] AGENCY_NAMES = {"Immigration Department", "National Police",
            "Office of the Prosecutor", "Ministry of Foreign Affairs", "Ministry of Labour",
            "Ministry of Social Welfare", "Government agency", "Regional office", "Migrant support network",
            "Recruitment industry association", "Migration research centre"};
    private static final String[][] PLACES = {{"Bangkok", "THA"}, {"Jakarta", "IDN"}, {"Bali", "IDN"},
            {"Kuala Lumpur", "MYS"}, {"Manila", "PHL"}, {"Colombo", "LKA"}, {"Hanoi", "VNM"}, {"Phnom Penh", "KHM"},
            {"Semarang", "IDN"}, {"Canberra", "AUS"}, {"Suva", "FJI"}, {"Dhaka", "BGD"}};
    private static final String[] PRODUCT_TYPES = {"PRACTITIONER_GUIDE", "POLICY_GUIDE", "THEMATIC_BRIEFING_NOTE",
            "PRACTICAL_GUIDE", "TOOLKIT", "RESEARCH_REPORT", "TRAINING_MODULE", "OTHER"};
    private static final String[] STAGES = {"CONCEPT", "DRAFTING", "PEER_REVIEW", "MEMBER_CLEARANCE", "PUBLISHED"};
    private static final String[] ENGAGEMENT_TYPES = {"PRESENTATION", "PANEL", "SIDE_EVENT", "BILATERAL_MEETING",
            "MEDIA", "PUBLICATION_LAUNCH", "SOCIAL_MEDIA", "OTHER"};
    private static final String[] CHANNELS = {"EMAIL", "LETTER", "MEETING", "PHONE", "KINERJA", "OTHER"};
    private static final String[] REQUEST_TYPES = {"TECHNICAL_ASSISTANCE", "RESEARCH", "EVENT_SUPPORT", "TRAINING",
            "INFORMATION", "OTHER"};
    private static final String[] RATINGS = {"APPLIED", "APPLIED", "PARTLY", "NOT_APPLIED", "NOT_RELEVANT"};

    private final DataSource dataSource;
    private final PlanService plans;
    private final WorkPlanService workPlans;
    private final ApplicationEventPublisher events;

    /**
     * A generator writing to {@code dataSource} (plans and work plans through their services); after each load it
     * publishes a {@code GeneratedData} change through {@code events} (the audit trail records it, the dashboard
     * recounts), unless {@code events} is {@code null}.
     */
    public DataGenerator(DataSource dataSource, PlanService plans, WorkPlanService workPlans,
                         ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.plans = plans;
        this.workPlans = workPlans;
        this.events = events;
    }

    /** What one generation added, table by table (schema.table → rows), and how long it took. */
    public record Result(Scale scale, long seed, Map<String, Long> rows, double seconds) {

        public long rows(String table) {
            return rows.getOrDefault(table, 0L);
        }
    }

    /** The scale and seed this database was generated with, if it was. */
    public static Optional<String> generated(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select to_regclass('" + MARKER + "') is not null")) {
            r.next();
            if (!r.getBoolean(1)) {
                return Optional.empty();
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select scale || ' seed ' || seed from " + MARKER + " order by generated_at desc limit 1")) {
            return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The directory's records the data refers to. */
    private record Directory(List<String> states, List<String> members, List<Long> partners, List<Long> forums,
                             List<Long> bodies) {
    }

    /**
     * One activity, as far as later tables need it: generated ({@code title} null), or one the work plan had
     * already ({@code title} its own).
     */
    private record Act(long id, int year, int purpose, String type, String status, LocalDate from, LocalDate to,
                       String title) {

        boolean holdsEvents() {
            if (eventKind(type) == null) {
                return false;
            }
            // an activity of the work plan's own holds events once it went ahead
            return title == null ? active() : status.equals("COMPLETED") || status.equals("IN_PROGRESS");
        }

        boolean active() {
            return !status.equals("CANCELLED") && !status.equals("POSTPONED");
        }
    }

    /** One generated event that was held, for its attendances. */
    private record Held(long id, String kind, int days) {
    }

    /** The first id free after the largest one in use in the table. */
    private static long firstFreeId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The rows, each with the table's next free id put in front. */
    private static List<Object[]> numbered(Connection c, String table, List<Object[]> list) throws SQLException {
        long id = firstFreeId(c, table);
        List<Object[]> out = new ArrayList<>(list.size());
        for (Object[] r : list) {
            Object[] n = new Object[r.length + 1];
            n[0] = id++;
            System.arraycopy(r, 0, n, 1, r.length);
            out.add(n);
        }
        return out;
    }

    /** Generates the data of {@code scale} with {@code seed}; throws (and writes nothing) if a constraint fails. */
    public Result generate(Scale scale, long seed) throws SQLException {
        return generate(scale, seed, false).orElseThrow();
    }

    /**
     * Generates the data of {@code scale} with {@code seed} unless the database holds a generation of that scale
     * already (checked under a lock, so two nodes starting together load it once); empty when it did nothing.
     */
    public Optional<Result> generateOnce(Scale scale, long seed) throws SQLException {
        return generate(scale, seed, true);
    }

    private Optional<Result> generate(Scale scale, long seed, boolean once) throws SQLException {
        long t0 = System.nanoTime();
        Map<Integer, WorkPlan> yearPlans = workPlans(scale);
        Map<Integer, Long> workPlanIds = new LinkedHashMap<>();
        yearPlans.forEach((year, plan) -> workPlanIds.put(year, plan.id()));
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                execute(c, "select pg_advisory_xact_lock(hashtext('kinerja-generator'))");
                if (once && scalar(c, "select count(*) from " + MARKER + " where scale = ?", scale.name()) > 0) {
                    c.rollback();
                    return Optional.empty();
                }
                execute(c, "set local maintenance_work_mem = '256MB'");
                Directory dir = directory(c);
                List<String> deferred = scale.attendances() >= DEFER_INDEXES_FROM
                        ? dropSecondary(c, List.of("delivery.attendance", "delivery.person", "delivery.event"))
                        : List.of();
                List<Act> acts = activities(c, scale, seed, workPlanIds, dir, rows);
                long firstPerson = people(c, scale, seed, dir, rows);
                events(c, scale, seed, acts, dir, firstPerson, rows);
                products(c, scale, seed, acts, dir, rows);
                engagements(c, scale, seed, acts, dir, rows);
                requests(c, scale, seed, acts, dir, rows);
                if (scale.indicatorValues()) {
                    for (String planCode : new LinkedHashSet<>(yearPlans.values().stream().map(WorkPlan::planCode).toList())) {
                        framework(c, planCode, rows);
                    }
                    values(c, scale, seed, yearPlans, rows);
                }
                for (String ddl : deferred) {
                    execute(c, ddl);
                }
                for (String table : List.of("workplan.activity", "delivery.person", "delivery.event",
                        "delivery.attendance", "knowledge.product", "knowledge.stage_change", "outreach.engagement",
                        "request.member_request", "request.status_change", "measurement.indicator_value",
                        "measurement.value_step")) {
                    execute(c, "select setval(pg_get_serial_sequence('" + table + "', 'id'), greatest(1, (select max(id) from "
                            + table + ")), (select count(*) > 0 from " + table + "))");
                }
                try (PreparedStatement p = c.prepareStatement("insert into " + MARKER + " (scale, seed) values (?, ?)")) {
                    p.setString(1, scale.name());
                    p.setLong(2, seed);
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
            // vacuumed as well as analysed (outside the transaction): the visibility map lets counts over the
            // loaded tables use index-only scans at once, as they do in a database autovacuum has visited
            for (String table : rows.keySet()) {
                execute(c, (c.getAutoCommit() ? "vacuum analyze " : "analyze ") + table);
            }
        }
        if (events != null) {
            EntityChanged.Builder change = EntityChanged.created("GeneratedData", scale.name() + "-" + seed)
                    .field("scale", null, scale.name()).field("seed", null, seed);
            rows.forEach((table, n) -> change.field(table, null, n));
            events.publishEvent(change.build());
        }
        return Optional.of(new Result(scale, seed, rows, (System.nanoTime() - t0) / 1e9));
    }

    /** The work plan of each year, found or created (with a plan covering the year created when none does). */
    private Map<Integer, WorkPlan> workPlans(Scale scale) {
        Map<Integer, WorkPlan> ids = new LinkedHashMap<>();
        for (int year = scale.firstYear(); year <= scale.lastYear(); year++) {
            int y = year;
            Plan plan = plans.current(year).filter(p -> p.startYear() <= y && y <= p.endYear()).orElseGet(() -> {
                int start = y - Math.floorMod(y - 2021, 2);
                String code = "SP-" + start + "-" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
                return plans.find(code).orElseGet(() -> plans.create(new NewPlan(code,
                        "Strategic Plan " + start + "-" + String.format(Locale.ROOT, "%02d", (start + 1) % 100)
                                + " (generated)", start, start + 1, SHIPPED_PLAN)));
            });
            WorkPlan workPlan = workPlans.find(plan.code(), year).orElseGet(() -> workPlans.create(plan.code(), y));
            ids.put(year, workPlan);
        }
        return ids;
    }

    private static Directory directory(Connection c) throws SQLException {
        return new Directory(column(c, "select m.code from directory.member m join directory.country k on k.alpha3 = m.code"
                        + " where m.kind = 'STATE' order by m.code", String.class),
                column(c, "select code from directory.member order by code", String.class),
                column(c, "select id from directory.partner order by name", Long.class),
                column(c, "select id from directory.forum order by name", Long.class),
                column(c, "select id from directory.body order by name", Long.class));
    }

    // --- activities ------------------------------------------------------------------------------------------

    private List<Act> activities(Connection c, Scale scale, long seed, Map<Integer, Long> workPlanIds, Directory dir,
                                 Map<String, Long> rows) throws SQLException {
        Random random = new Random(seed * 31 + 1);
        List<Integer> principles = column(c, "select pr.number from plan.principle pr join plan.plan p on p.id = pr.plan_id"
                + " where p.code = '" + SHIPPED_PLAN + "' order by pr.number", Integer.class);
        long id = firstFreeId(c, "workplan.activity");
        List<Act> acts = new ArrayList<>(scale.activities());
        LocalDate asOf = scale.asOf();
        // one COPY at a time on a connection: the side tables' rows are kept until the activities are sent
        List<Object[]> countries = new ArrayList<>();
        List<Object[]> partners = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        // (no query may run on the connection while a COPY is open: the sequences in use and the activities the
        // work plans have already are read first)
        Map<String, Integer> sequences = new LinkedHashMap<>();
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (long workPlan : workPlanIds.values()) {
            for (int purpose = 1; purpose <= 4; purpose++) {
                int[] sequenceAndCount = sequenceAndCount(c, workPlan, purpose);
                sequences.put(workPlan + "/" + purpose, sequenceAndCount[0]);
                missing.put(workPlan + "/" + purpose, Math.max(0, scale.activitiesPerPurpose() - sequenceAndCount[1]));
            }
        }
        acts.addAll(existing(c, workPlanIds));
        try (CopyStream a = CopyStream.open(c, "workplan.activity", "id, work_plan_id, code, purpose_number, sequence, title,"
                + " type, description, objectives, requested_by_member_code, modality, planned_start, planned_end,"
                + " actual_start, actual_end, status, status_reason, budget_amount, budget_currency, expenditure,"
                + " gender_marker")) {
            for (Map.Entry<Integer, Long> wp : workPlanIds.entrySet()) {
                int year = wp.getKey();
                for (int purpose = 1; purpose <= 4; purpose++) {
                    int sequence = sequences.get(wp.getValue() + "/" + purpose);
                    int adding = missing.get(wp.getValue() + "/" + purpose);
                    for (int i = 0; i < adding; i++) {
                        sequence++;
                        String type = TYPES_BY_PURPOSE[purpose - 1][i % 6];
                        int startMonth = 1 + random.nextInt(10);
                        int endMonth = Math.min(12, startMonth + random.nextInt(4));
                        LocalDate from = LocalDate.of(year, startMonth, 1);
                        LocalDate to = LocalDate.of(year, endMonth, 1);
                        LocalDate lastDay = to.plusMonths(1).minusDays(1);
                        String status;
                        if (from.isAfter(asOf)) {
                            status = "PLANNED";
                        } else if (!lastDay.isBefore(asOf)) {
                            status = "IN_PROGRESS";
                        } else {
                            int r = random.nextInt(100);
                            // the first activity of each purpose and year always goes ahead
                            status = i == 0 || r < 82 ? "COMPLETED" : r < 87 ? "CANCELLED" : r < 92 ? "POSTPONED" : "IN_PROGRESS";
                        }
                        long budget = (150 + random.nextInt(1650)) * 10_000L;
                        Long spent = switch (status) {
                            case "COMPLETED" -> budget * (70 + random.nextInt(36)) / 100;
                            case "IN_PROGRESS" -> budget * (10 + random.nextInt(50)) / 100;
                            case "CANCELLED" -> budget * random.nextInt(10) / 100;
                            case "POSTPONED" -> 0L;
                            default -> null;
                        };
                        String topic = TOPICS[random.nextInt(TOPICS.length)];
                        String member = purpose == 1 && random.nextInt(10) < 4 ? pick(random, dir.states()) : null;
                        String code = year + "-P" + purpose + "-" + String.format(Locale.ROOT, "%02d", sequence);
                        a.add(id).add(wp.getValue()).add(code).add(purpose).add(sequence)
                                .add(title(type) + " on " + topic).add(type)
                                .add("Generated activity (" + scale.name() + " data): " + topic + ".")
                                .add("Members' officers apply what they learn about " + topic + ".")
                                .add(member).add(eventKind(type) == null ? null
                                        : type.equals("WEBINAR") ? "VIRTUAL" : random.nextInt(5) == 0 ? "HYBRID" : "IN_PERSON")
                                .add(from).add(to)
                                .add(status.equals("COMPLETED") || status.equals("IN_PROGRESS") ? from.plusDays(random.nextInt(10)) : null)
                                .add(status.equals("COMPLETED") ? lastDay.minusDays(random.nextInt(10)) : null)
                                .add(status)
                                .add(status.equals("CANCELLED") ? "Cancelled: the host member asked to defer the topic."
                                        : status.equals("POSTPONED") ? "Postponed to the next year at the members' request." : null)
                                .cents(budget).add("AUD").cents(spent).add(random.nextInt(10) < 2 ? 2 : random.nextInt(10) < 6 ? 1 : 0);
                        a.end();
                        Set<String> targeted = new HashSet<>();
                        for (int k = 0; k < 1 + random.nextInt(3); k++) {
                            targeted.add(pick(random, dir.states()));
                        }
                        for (String code3 : targeted.stream().sorted().toList()) {
                            countries.add(new Object[] {id, code3});
                        }
                        if (!dir.partners().isEmpty() && random.nextInt(10) < 6) {
                            long lead = pick(random, dir.partners());
                            long other = pick(random, dir.partners());
                            boolean two = other != lead && random.nextBoolean();
                            partners.add(new Object[] {id, lead, "LEAD", two ? "60.00" : "100.00"});
                            if (two) {
                                partners.add(new Object[] {id, other, "CO_DELIVERY", "40.00"});
                            }
                        }
                        for (int number : principles) {
                            String rating = RATINGS[random.nextInt(RATINGS.length)];
                            ratings.add(new Object[] {id, number, rating,
                                    rating.equals("APPLIED") ? "Applied throughout: " + topic + "." : ""});
                        }
                        acts.add(new Act(id, year, purpose, type, status, from, lastDay, null));
                        id++;
                    }
                }
            }
            a.close();
            rows.put("workplan.activity", a.rows());
        }
        copyRows(c, "workplan.activity_country", "activity_id, country_code", countries, rows);
        copyRows(c, "workplan.activity_partner", "activity_id, partner_id, role, share_percent", partners, rows);
        copyRows(c, "workplan.activity_principle", "activity_id, principle_number, rating, evidence", ratings, rows);
        return acts;
    }

    private static String title(String type) {
        String t = type.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** The event kind an activity of this type holds, or {@code null} when it holds none. */
    static String eventKind(String type) {
        return switch (type) {
            case "TRAINING", "WORKSHOP", "CONFERENCE", "ROUNDTABLE", "TABLETOP_EXERCISE", "WEBINAR" -> type;
            default -> null;
        };
    }

    /** The largest sequence in use under a purpose of a work plan, and how many activities it has. */
    private static int[] sequenceAndCount(Connection c, long workPlan, int purpose) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select coalesce(max(sequence), 0), count(*) from workplan.activity"
                + " where work_plan_id = ? and purpose_number = ?")) {
            p.setLong(1, workPlan);
            p.setInt(2, purpose);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return new int[] {r.getInt(1), r.getInt(2)};
            }
        }
    }

    /**
     * The activities the work plans have already, in id order: their planned months (the whole year when they
     * have none) bound the events they hold.
     */
    private static List<Act> existing(Connection c, Map<Integer, Long> workPlanIds) throws SQLException {
        List<Act> list = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select a.id, w.year, a.purpose_number, a.type, a.status,"
                + " a.planned_start, a.planned_end, a.title from workplan.activity a"
                + " join workplan.work_plan w on w.id = a.work_plan_id where a.work_plan_id = any(?) order by a.id")) {
            p.setArray(1, c.createArrayOf("bigint", workPlanIds.values().toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    int year = r.getInt(2);
                    LocalDate start = r.getObject(6, LocalDate.class);
                    LocalDate end = r.getObject(7, LocalDate.class);
                    LocalDate from = start == null ? LocalDate.of(year, 1, 1) : start.withDayOfMonth(1);
                    LocalDate to = end == null ? LocalDate.of(year, 12, 31) : end.withDayOfMonth(end.lengthOfMonth());
                    list.add(new Act(r.getLong(1), year, r.getInt(3), r.getString(4), r.getString(5), from,
                            to.isBefore(from) ? from : to, r.getString(8)));
                }
            }
        }
        return list;
    }

    // --- people ----------------------------------------------------------------------------------------------

    /** Writes the people; answers the id of the first. */
    private long people(Connection c, Scale scale, long seed, Directory dir, Map<String, Long> rows) throws SQLException {
        Random random = new Random(seed * 31 + 2);
        long first = firstFreeId(c, "delivery.person");
        // each agency type's index as many times as its weight: a uniform draw from it is a weighted draw
        int[] agencyDraw = java.util.stream.IntStream.range(0, AGENCY_WEIGHTS.length)
                .flatMap(t -> java.util.stream.IntStream.range(0, AGENCY_WEIGHTS[t]).map(k -> t)).toArray();
        try (CopyStream p = CopyStream.open(c, "delivery.person", "id, given_name, family_name, sex, member_code, agency,"
                + " agency_type, position, email, email_key, name_key, agency_key")) {
            for (int i = 0; i < scale.people(); i++) {
                String given = FIRST[random.nextInt(FIRST.length)];
                // a number in the family name keeps the generated people apart in the registry's duplicate keys
                String family = LAST[random.nextInt(LAST.length)] + " " + Integer.toString(i + 1, 36).toUpperCase(Locale.ROOT);
                int s = random.nextInt(100);
                String sex = s < 43 ? "FEMALE" : s < 95 ? "MALE" : s < 96 ? "OTHER" : "NOT_RECORDED";
                String member = pick(random, dir.members());
                int agency = agencyDraw[random.nextInt(agencyDraw.length)];
                String agencyName = AGENCY_NAMES[agency] + " " + member;
                String email = random.nextInt(100) < 70
                        ? (given + "." + family.replace(' ', '.')).toLowerCase(Locale.ROOT) + "@example.org" : null;
                p.add(first + i).add(given).add(family).add(sex).add(member).add(agencyName).add(AGENCY_TYPES[agency])
                        .add(random.nextInt(3) == 0 ? "" : "Officer grade " + (1 + random.nextInt(9))).add(email)
                        .add(email).add(asciiKey(given + " " + family)).add(asciiKey(agencyName));
                p.end();
            }
            p.close();
            rows.put("delivery.person", p.rows());
        }
        return first;
    }

    /**
     * The registry's key of text made of ASCII letters, digits and single spaces (all generated names and
     * agencies are): its lower case, as {@code PersonKeys} makes it.
     */
    static String asciiKey(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    // --- events and attendances ------------------------------------------------------------------------------

    private void events(Connection c, Scale scale, long seed, List<Act> acts, Directory dir, long firstPerson,
                        Map<String, Long> rows) throws SQLException {
        Random random = new Random(seed * 31 + 3);
        LocalDate asOf = scale.asOf();
        long id = firstFreeId(c, "delivery.event");
        List<Held> held = new ArrayList<>();
        List<Object[]> eventPartners = new ArrayList<>();
        try (CopyStream e = CopyStream.open(c, "delivery.event", "id, activity_id, kind, title, start_date, end_date, city,"
                + " country_code, virtual, languages, status, notes")) {
            for (int year = scale.firstYear(); year <= scale.lastYear(); year++) {
                int y = year;
                List<Act> hosts = acts.stream().filter(a -> a.year() == y && a.holdsEvents()).toList();
                if (hosts.isEmpty()) {
                    throw new IllegalStateException("no activity of " + year + " holds events");
                }
                int count = scale.events() / scale.years() + (year - scale.firstYear() < scale.events() % scale.years() ? 1 : 0);
                int[] perHost = new int[hosts.size()];
                for (int i = 0; i < count; i++) {
                    Act a = i < hosts.size() ? hosts.get(i) : hosts.get(random.nextInt(hosts.size()));
                    String kind = eventKind(a.type());
                    int days = switch (kind) {
                        case "TRAINING" -> 3 + random.nextInt(3);
                        case "WORKSHOP", "CONFERENCE" -> 2 + random.nextInt(2);
                        case "TABLETOP_EXERCISE" -> 2;
                        default -> 1;
                    };
                    long span = ChronoUnit.DAYS.between(a.from(), a.to()) - days + 1;
                    LocalDate start = a.from().plusDays(span <= 0 ? 0 : random.nextInt((int) span + 1));
                    LocalDate end = start.plusDays(days - 1L);
                    boolean virtual = kind.equals("WEBINAR") || random.nextInt(6) == 0;
                    String[] place = PLACES[random.nextInt(PLACES.length)];
                    String status = end.isAfter(asOf) || a.status().equals("PLANNED") ? "PLANNED"
                            : random.nextInt(100) < 3 ? "CANCELLED" : "HELD";
                    int index = ++perHost[hosts.indexOf(a)];
                    e.add(id).add(a.id()).add(kind).add(eventTitle(a, kind, index))
                            .add(start).add(end).add(virtual ? null : place[0]).add(virtual ? null : place[1]).add(virtual)
                            .add(random.nextInt(4) == 0 ? "en,id" : "en").add(status).add("Generated event.");
                    e.end();
                    if (status.equals("HELD")) {
                        held.add(new Held(id, kind, days));
                    }
                    if (!dir.partners().isEmpty() && random.nextInt(10) < 3) {
                        eventPartners.add(new Object[] {id, pick(random, dir.partners())});
                    }
                    id++;
                }
            }
            e.close();
            rows.put("delivery.event", e.rows());
        }
        copyRows(c, "delivery.event_partner", "event_id, partner_id", eventPartners, rows);
        attendances(c, scale, seed, held, firstPerson, rows);
    }

    /** An event's title: its activity's own (numbered from the second event on), or the generated pattern. */
    private static String eventTitle(Act a, String kind, int index) {
        if (a.title() == null) {
            return title(kind) + " " + index + " (" + a.year() + "-P" + a.purpose() + ")";
        }
        String suffix = index > 1 ? " (" + index + ")" : "";
        String base = a.title().length() + suffix.length() > 300 ? a.title().substring(0, 300 - suffix.length()) : a.title();
        return base + suffix;
    }

    private void attendances(Connection c, Scale scale, long seed, List<Held> held, long firstPerson,
                             Map<String, Long> rows) throws SQLException {
        Random random = new Random(seed * 31 + 4);
        // sizes: a weight per event by kind, scaled so that they add up to exactly the promised total
        double[] weights = new double[held.size()];
        double sum = 0;
        for (int i = 0; i < held.size(); i++) {
            double w = switch (held.get(i).kind()) {
                case "CONFERENCE" -> 3.0;
                case "WEBINAR" -> 2.0;
                case "TRAINING" -> 1.4;
                case "WORKSHOP" -> 1.2;
                default -> 1.0;
            } * (0.5 + random.nextDouble());
            weights[i] = w;
            sum += w;
        }
        long total = scale.attendances();
        int people = scale.people();
        long[] sizes = new long[held.size()];
        long assigned = 0;
        for (int i = 0; i < held.size(); i++) {
            sizes[i] = Math.min(people, (long) Math.floor(total * weights[i] / sum));
            assigned += sizes[i];
        }
        for (int i = 0; assigned < total; i = (i + 1) % held.size()) {
            if (sizes[i] < people) {
                sizes[i]++;
                assigned++;
            }
        }
        // the first `people` attendances take every person once (a stride through the registry), the rest
        // people drawn at random; no one twice at one event
        long stride = coprimeStride(people);
        long next = 0;
        long id = firstFreeId(c, "delivery.attendance");
        try (CopyStream a = CopyStream.open(c, "delivery.attendance", "id, event_id, person_id, role, days_attended,"
                + " pre_test, post_test, satisfaction")) {
            Set<Integer> chosen = new HashSet<>();
            for (int i = 0; i < held.size(); i++) {
                Held event = held.get(i);
                boolean tested = event.kind().equals("TRAINING") || event.kind().equals("WORKSHOP")
                        || event.kind().equals("TABLETOP_EXERCISE");
                chosen.clear();
                while (chosen.size() < sizes[i]) {
                    int person = next < people ? (int) ((next * stride) % people) : random.nextInt(people);
                    if (!chosen.add(person)) {
                        continue;
                    }
                    next++;
                    int r = random.nextInt(100);
                    String role = r < 88 ? "PARTICIPANT" : r < 93 ? "SPEAKER" : r < 96 ? "FACILITATOR" : r < 98 ? "OBSERVER" : "ORGANISER";
                    Integer pre = null;
                    Integer post = null;
                    if (tested && role.equals("PARTICIPANT") && random.nextInt(100) < 85) {
                        pre = 30 + random.nextInt(41);
                        post = random.nextInt(100) < 92 ? Math.min(100, pre + random.nextInt(36) - 3) : null;
                    }
                    Integer satisfaction = random.nextInt(100) < 78 ? satisfaction(random) : null;
                    a.add(id++).add(event.id()).add(firstPerson + person).add(role)
                            .add(random.nextInt(10) == 0 ? Math.max(1, event.days() - 1) : event.days())
                            .add(pre).add(post).add(satisfaction);
                    a.end();
                }
            }
            a.close();
            rows.put("delivery.attendance", a.rows());
        }
    }

    /** A stride through 0 … n-1 that visits every index once: a large number with no factor in common with n. */
    static long coprimeStride(long n) {
        long stride = 7_919;
        while (gcd(stride, n) != 1) {
            stride += 2;
        }
        return stride % Math.max(1, n) == 0 ? 1 : stride;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static int satisfaction(Random random) {
        int r = random.nextInt(100);
        return r < 2 ? 1 : r < 7 ? 2 : r < 20 ? 3 : r < 60 ? 4 : 5;
    }

    // --- knowledge products ----------------------------------------------------------------------------------

    private void products(Connection c, Scale scale, long seed, List<Act> acts, Directory dir, Map<String, Long> rows)
            throws SQLException {
        Random random = new Random(seed * 31 + 5);
        LocalDate asOf = scale.asOf();
        long id = firstFreeId(c, "knowledge.product");
        long first = id;
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> partners = new ArrayList<>();
        List<Object[]> languages = new ArrayList<>();
        try (CopyStream p = CopyStream.open(c, "knowledge.product", "id, type, title, summary, activity_id, stage,"
                + " stage_date, publication_date")) {
            for (int year = scale.firstYear(); year <= scale.lastYear(); year++) {
                int y = year;
                List<Act> hosts = acts.stream().filter(a -> a.year() == y && a.purpose() == 3 && a.active()).toList();
                for (int i = 0; i < scale.productsPerYear(); i++) {
                    String type = PRODUCT_TYPES[random.nextInt(PRODUCT_TYPES.length)];
                    LocalDate day = LocalDate.of(year, 1 + random.nextInt(9), 1 + random.nextInt(28));
                    int target = random.nextInt(100) < 80 ? 4 : random.nextInt(4);
                    boolean withdrawn = target == 4 && random.nextInt(100) < 3;
                    List<Object[]> mine = new ArrayList<>();
                    for (int s = 0; s <= target && !day.isAfter(asOf); s++) {
                        mine.add(new Object[] {id, STAGES[s], day});
                        day = day.plusDays(10 + random.nextInt(40));
                    }
                    if (withdrawn && mine.size() == 5 && !day.isAfter(asOf)) {
                        mine.add(new Object[] {id, "WITHDRAWN", day});
                    }
                    Object[] last = mine.get(mine.size() - 1);
                    String stage = (String) last[1];
                    LocalDate published = mine.size() >= 5 ? (LocalDate) mine.get(4)[2] : null;
                    String topic = TOPICS[random.nextInt(TOPICS.length)];
                    Act host = hosts.isEmpty() || random.nextInt(10) < 2 ? null : hosts.get(random.nextInt(hosts.size()));
                    p.add(id).add(type).add(title(type) + " on " + topic + " " + year + "-" + (i + 1))
                            .add("What practitioners need to know about " + topic + ".")
                            .add(host == null ? null : host.id()).add(stage).add((LocalDate) last[2]).add(published);
                    p.end();
                    changes.addAll(mine);
                    languages.add(new Object[] {id, "en"});
                    if (random.nextInt(4) == 0) {
                        languages.add(new Object[] {id, "id"});
                    }
                    if (!dir.partners().isEmpty() && random.nextInt(3) == 0) {
                        partners.add(new Object[] {id, pick(random, dir.partners())});
                    }
                    id++;
                }
            }
            p.close();
            rows.put("knowledge.product", p.rows());
        }
        copyRows(c, "knowledge.stage_change", "id, product_id, stage, changed_on", numbered(c, "knowledge.stage_change", changes), rows);
        copyRows(c, "knowledge.product_language", "product_id, code", languages, rows);
        copyRows(c, "knowledge.product_partner", "product_id, partner_id", partners, rows);
        // the search document the knowledge module keeps: title (A) and summary (B); no files
        execute(c, "update knowledge.product set search = setweight(to_tsvector('english'::regconfig, title), 'A')"
                + " || setweight(to_tsvector('english'::regconfig, summary), 'B') where id >= " + first);
    }

    // --- engagements -----------------------------------------------------------------------------------------

    private void engagements(Connection c, Scale scale, long seed, List<Act> acts, Directory dir, Map<String, Long> rows)
            throws SQLException {
        if (scale.engagementsPerYear() == 0) {
            return;
        }
        if (dir.forums().isEmpty()) {
            throw new IllegalStateException("the directory has no forums to engage with");
        }
        Random random = new Random(seed * 31 + 6);
        long id = firstFreeId(c, "outreach.engagement");
        try (CopyStream e = CopyStream.open(c, "outreach.engagement", "id, forum_id, engagement_date, type, title,"
                + " audience_size, summary, activity_id")) {
            for (int year = scale.firstYear(); year <= scale.lastYear(); year++) {
                int y = year;
                List<Act> hosts = acts.stream().filter(a -> a.year() == y && a.purpose() == 4 && a.active()).toList();
                int lastMonth = year == scale.lastYear() ? scale.asOf().getMonthValue() : 12;
                for (int i = 0; i < scale.engagementsPerYear(); i++) {
                    String type = ENGAGEMENT_TYPES[random.nextInt(ENGAGEMENT_TYPES.length)];
                    Act host = hosts.isEmpty() || random.nextInt(10) < 4 ? null : hosts.get(random.nextInt(hosts.size()));
                    e.add(id++).add(pick(random, dir.forums())).add(LocalDate.of(year, 1 + random.nextInt(lastMonth), 1 + random.nextInt(28)))
                            .add(type).add(title(type) + " on " + TOPICS[random.nextInt(TOPICS.length)])
                            .add(random.nextInt(5) == 0 ? null : 10 + random.nextInt(400))
                            .add("The RSO shared its work with the forum.").add(host == null ? null : host.id());
                    e.end();
                }
            }
            e.close();
            rows.put("outreach.engagement", e.rows());
        }
    }

    // --- member requests -------------------------------------------------------------------------------------

    private void requests(Connection c, Scale scale, long seed, List<Act> acts, Directory dir, Map<String, Long> rows)
            throws SQLException {
        Random random = new Random(seed * 31 + 7);
        LocalDate asOf = scale.asOf();
        long id = firstFreeId(c, "request.member_request");
        List<Object[]> history = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        try (CopyStream q = CopyStream.open(c, "request.member_request", "id, requester_kind, requester_member_code,"
                + " requester_body_id, received_date, channel, subject, description, type, status, acknowledged_date,"
                + " due_date, delivered_date, closed_date, status_reason, response_summary")) {
            for (int year = scale.firstYear(); year <= scale.lastYear(); year++) {
                int y = year;
                List<Act> hosts = acts.stream().filter(a -> a.year() == y && a.purpose() == 1 && a.active()).toList();
                int lastMonth = year == scale.lastYear() ? asOf.getMonthValue() : 12;
                for (int i = 0; i < scale.requestsPerYear(); i++) {
                    LocalDate received = LocalDate.of(year, 1 + random.nextInt(lastMonth), 1 + random.nextInt(28));
                    int k = random.nextInt(100);
                    String kind = k < 75 || dir.bodies().isEmpty() ? "MEMBER" : k < 90 ? "BODY" : "CO_CHAIRS";
                    LocalDate due = received.plusDays(60);
                    LocalDate acknowledged = received.plusDays(random.nextInt(8));
                    LocalDate delivered = received.plusDays(10 + random.nextInt(80));
                    int s = random.nextInt(100);
                    String status = s < 80 ? "DELIVERED" : s < 87 ? "DECLINED" : s < 92 ? "WITHDRAWN" : "IN_PROGRESS";
                    if (status.equals("DELIVERED") && delivered.isAfter(asOf)) {
                        status = "IN_PROGRESS";
                    }
                    if (acknowledged.isAfter(asOf)) {
                        status = "RECEIVED";
                    }
                    LocalDate closed = status.equals("DECLINED") || status.equals("WITHDRAWN")
                            ? min(received.plusDays(5 + random.nextInt(30)), asOf) : null;
                    if (closed != null && closed.isBefore(acknowledged)) {
                        closed = acknowledged;
                    }
                    String type = REQUEST_TYPES[random.nextInt(REQUEST_TYPES.length)];
                    q.add(id).add(kind).add(kind.equals("MEMBER") ? pick(random, dir.members()) : null)
                            .add(kind.equals("BODY") ? pick(random, dir.bodies()) : null).add(received)
                            .add(CHANNELS[random.nextInt(CHANNELS.length)])
                            .add(title(type) + " request on " + TOPICS[random.nextInt(TOPICS.length)])
                            .add("Generated request.").add(type).add(status)
                            .add(status.equals("RECEIVED") ? null : acknowledged).add(due)
                            .add(status.equals("DELIVERED") ? delivered : null).add(closed)
                            .add(closed == null ? null : status.equals("DECLINED") ? "Outside the RSO's mandate." : "The member no longer needs it.")
                            .add(status.equals("DELIVERED") ? "Delivered to the requester." : "");
                    q.end();
                    history.add(new Object[] {id, null, "RECEIVED", received});
                    if (!status.equals("RECEIVED")) {
                        history.add(new Object[] {id, "RECEIVED", "ACCEPTED", acknowledged});
                        String from = "ACCEPTED";
                        if (status.equals("IN_PROGRESS") || status.equals("DELIVERED")) {
                            history.add(new Object[] {id, from, "IN_PROGRESS", acknowledged});
                            from = "IN_PROGRESS";
                        }
                        if (status.equals("DELIVERED")) {
                            history.add(new Object[] {id, from, "DELIVERED", delivered});
                            if (!hosts.isEmpty() && random.nextBoolean()) {
                                links.add(new Object[] {id, hosts.get(random.nextInt(hosts.size())).id()});
                            }
                        } else if (closed != null) {
                            history.add(new Object[] {id, from, status, closed});
                        }
                    }
                    id++;
                }
            }
            q.close();
            rows.put("request.member_request", q.rows());
        }
        copyRows(c, "request.status_change", "id, request_id, from_status, to_status, change_date",
                numbered(c, "request.status_change", history), rows);
        copyRows(c, "request.member_request_activity", "request_id, activity_id", links, rows);
    }

    // --- results framework and indicator values --------------------------------------------------------------

    /**
     * Copies the shipped plan's outcomes, indicators, breakdowns and targets into a plan that has no indicators:
     * baselines dated the year before the plan starts, each target moved to the same year of the new plan.
     */
    private static void framework(Connection c, String planCode, Map<String, Long> rows) throws SQLException {
        if (planCode.equals(SHIPPED_PLAN) || scalar(c, "select count(*) from indicator.indicator where plan_code = ?", planCode) > 0) {
            return;
        }
        int start = (int) scalar(c, "select start_year from plan.plan where code = ?", planCode);
        int shippedStart = (int) scalar(c, "select start_year from plan.plan where code = ?", SHIPPED_PLAN);
        int end = (int) scalar(c, "select end_year from plan.plan where code = ?", planCode);
        long outcomes = update(c, "insert into indicator.outcome (plan_code, purpose_number, code, number, statement)"
                + " select ?, purpose_number, code, number, statement from indicator.outcome where plan_code = ?"
                + " order by code", planCode, SHIPPED_PLAN);
        long indicators = update(c, "insert into indicator.indicator (plan_code, purpose_number, outcome_id, code, number,"
                + " name, definition, unit, measure, direction, aggregation, baseline_value, baseline_year, baseline_note,"
                + " source, frequency, means_of_verification)"
                + " select ?, i.purpose_number, n.id, i.code, i.number, i.name, i.definition, i.unit, i.measure, i.direction,"
                + " i.aggregation, i.baseline_value, case when i.baseline_year is null then null else ? - 1 end,"
                + " i.baseline_note, i.source, i.frequency, i.means_of_verification from indicator.indicator i"
                + " left join indicator.outcome o on o.id = i.outcome_id"
                + " left join indicator.outcome n on n.plan_code = ? and n.code = o.code"
                + " where i.plan_code = ? order by i.code", planCode, start, planCode, SHIPPED_PLAN);
        long breakdowns = update(c, "insert into indicator.indicator_disaggregation (indicator_id, disaggregation)"
                + " select n.id, d.disaggregation from indicator.indicator_disaggregation d"
                + " join indicator.indicator i on i.id = d.indicator_id"
                + " join indicator.indicator n on n.plan_code = ? and n.code = i.code where i.plan_code = ?",
                planCode, SHIPPED_PLAN);
        long targets = update(c, "insert into indicator.target (indicator_id, year, value, note)"
                + " select n.id, t.year - ? + ?, t.value, t.note from indicator.target t"
                + " join indicator.indicator i on i.id = t.indicator_id"
                + " join indicator.indicator n on n.plan_code = ? and n.code = i.code"
                + " where i.plan_code = ? and t.year - ? + ? between ? and ?",
                shippedStart, start, planCode, SHIPPED_PLAN, shippedStart, start, start, end);
        rows.merge("indicator.outcome", outcomes, Long::sum);
        rows.merge("indicator.indicator", indicators, Long::sum);
        rows.merge("indicator.indicator_disaggregation", breakdowns, Long::sum);
        rows.merge("indicator.target", targets, Long::sum);
    }

    /** One indicator of a year's plan, as far as its values need it. */
    private record Ind(long id, String planCode, String measure, String aggregation, String frequency, boolean computed,
                       BigDecimal target) {
    }

    /**
     * Every indicator of each year's plan gets a value for each of its periods ended by the scale's day (none where
     * it has one for that year already): manual ones a number, percentage or text near the year's target, computed
     * ones a row whose number stays live until a report locks it. Years before the last are APPROVED; the last
     * year's values are DRAFT, SUBMITTED or APPROVED in turn. Each value has its steps (entered, submitted,
     * approved) by a user who may take them, when the directory has such users.
     */
    private static void values(Connection c, Scale scale, long seed, Map<Integer, WorkPlan> yearPlans,
                               Map<String, Long> rows) throws SQLException {
        Random random = new Random(seed * 31 + 8);
        Long submitter = firstUser(c, "'PROGRAMME_OFFICER', 'MEL_OFFICER'", null);
        Long approver = firstUser(c, "'MEL_OFFICER', 'CO_MANAGER'", submitter);
        List<Object[]> values = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        long id = firstFreeId(c, "measurement.indicator_value");
        for (Map.Entry<Integer, WorkPlan> entry : yearPlans.entrySet()) {
            int year = entry.getKey();
            int index = 0;
            for (Ind ind : indicators(c, entry.getValue().planCode(), year)) {
                List<String[]> periods = new ArrayList<>();
                switch (ind.frequency()) {
                    case "QUARTERLY" -> {
                        for (int q = 1; q <= 4; q++) {
                            periods.add(new String[] {year + "-Q" + q, LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1).toString()});
                        }
                    }
                    case "SEMI_ANNUAL" -> {
                        periods.add(new String[] {year + "-H1", LocalDate.of(year, 6, 30).toString()});
                        periods.add(new String[] {year + "-H2", LocalDate.of(year, 12, 31).toString()});
                    }
                    default -> periods.add(new String[] {String.valueOf(year), LocalDate.of(year, 12, 31).toString()});
                }
                for (String[] period : periods) {
                    LocalDate ends = LocalDate.parse(period[1]);
                    if (ends.isAfter(scale.asOf())) {
                        continue;
                    }
                    String status = year < scale.lastYear() ? "APPROVED" : new String[] {"DRAFT", "SUBMITTED", "APPROVED"}[index++ % 3];
                    BigDecimal value = null;
                    BigDecimal numerator = null;
                    BigDecimal denominator = null;
                    String text = null;
                    if (!ind.computed()) {
                        if (ind.measure().equals("QUALITATIVE")) {
                            text = "Members reported applying the RSO's guidance in " + TOPICS[random.nextInt(TOPICS.length)]
                                    + " (generated).";
                        } else if (ind.aggregation().equals("RATIO")) {
                            denominator = BigDecimal.valueOf(20 + random.nextInt(200));
                            numerator = BigDecimal.valueOf(Math.round(denominator.doubleValue() * (0.4 + random.nextDouble() * 0.55)));
                            BigDecimal top = ind.measure().equals("PERCENTAGE")
                                    ? numerator.multiply(BigDecimal.valueOf(100)) : numerator;
                            value = top.divide(denominator, 4, RoundingMode.HALF_UP);
                        } else if (ind.measure().equals("PERCENTAGE")) {
                            value = BigDecimal.valueOf(40 + random.nextInt(56));
                        } else {
                            double base = ind.target() == null ? 10 : Math.max(1, ind.target().doubleValue());
                            if (ind.aggregation().equals("SUM")) {
                                base = base / periods.size();
                            }
                            value = BigDecimal.valueOf(Math.round(base * (0.6 + random.nextDouble() * 0.7)));
                        }
                    }
                    OffsetDateTime entered = ends.plusDays(5).atTime(9, 0).atOffset(ZoneOffset.UTC);
                    OffsetDateTime submitted = status.equals("DRAFT") ? null : entered.plusDays(5);
                    OffsetDateTime approved = status.equals("APPROVED") ? entered.plusDays(15) : null;
                    values.add(new Object[] {id, ind.id(), ind.planCode(), period[0], year, ind.computed() ? "COMPUTED" : "MANUAL",
                            value, text, numerator, denominator,
                            ind.computed() ? "Read from the records (generated)." : "From the RSO's monitoring (generated).",
                            status, submitter, entered, submitted == null ? null : submitter, submitted,
                            approved == null ? null : approver, approved, entered});
                    steps.add(new Object[] {id, "ENTERED", null, "DRAFT", submitter, entered});
                    if (submitted != null) {
                        steps.add(new Object[] {id, "SUBMITTED", "DRAFT", "SUBMITTED", submitter, submitted});
                    }
                    if (approved != null) {
                        steps.add(new Object[] {id, "APPROVED", "SUBMITTED", "APPROVED", approver, approved});
                    }
                    id++;
                }
            }
        }
        copyRows(c, "measurement.indicator_value", "id, indicator_id, plan_code, period_label, period_year, origin, value,"
                + " text_value, numerator, denominator, comment, status, entered_by, entered_at, submitted_by, submitted_at,"
                + " approved_by, approved_at, updated_at", values, rows);
        copyRows(c, "measurement.value_step", "id, value_id, action, from_status, to_status, user_id, at",
                numbered(c, "measurement.value_step", steps), rows);
    }

    /** The indicators of a plan with no value in the year yet, with the year's target. */
    private static List<Ind> indicators(Connection c, String planCode, int year) throws SQLException {
        List<Ind> list = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select i.id, i.measure, i.aggregation, i.frequency, i.source <> 'MANUAL',"
                + " t.value from indicator.indicator i left join indicator.target t on t.indicator_id = i.id and t.year = ?"
                + " where i.plan_code = ? and not exists (select 1 from measurement.indicator_value v"
                + " where v.indicator_id = i.id and v.period_year = ?) order by i.purpose_number, i.number")) {
            p.setInt(1, year);
            p.setString(2, planCode);
            p.setInt(3, year);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new Ind(r.getLong(1), planCode, r.getString(2), r.getString(3), r.getString(4), r.getBoolean(5),
                            r.getBigDecimal(6)));
                }
            }
        }
        return list;
    }

    /** The active user of the lowest id holding one of the roles (other than {@code not}), or {@code null}. */
    private static Long firstUser(Connection c, String roles, Long not) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select min(u.id) from identity.app_user u"
                + " join identity.user_role r on r.user_id = u.id where u.active and r.role in (" + roles + ")"
                + " and u.id <> coalesce(?, -1)")) {
            p.setObject(1, not);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                long id = r.getLong(1);
                return r.wasNull() ? null : id;
            }
        }
    }

    /** The whole number the query's one row holds first. */
    private static long scalar(Connection c, String sql, Object... binds) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                p.setObject(i + 1, binds[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long update(Connection c, String sql, Object... binds) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                p.setObject(i + 1, binds[i]);
            }
            return p.executeUpdate();
        }
    }

    // --- indexes ---------------------------------------------------------------------------------------------

    /**
     * Drops the unique and foreign-key constraints and the other secondary indexes of the tables (primary keys
     * stay) and answers the statements that re-create them exactly: indexes first, then unique constraints,
     * then foreign keys.
     */
    static List<String> dropSecondary(Connection c, List<String> tables) throws SQLException {
        List<String> indexes = new ArrayList<>();
        List<String> uniques = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        for (String table : tables) {
            try (PreparedStatement p = c.prepareStatement("select conname, contype, pg_get_constraintdef(oid) from pg_constraint"
                    + " where conrelid = ?::regclass and contype in ('u', 'f') order by contype desc, conname")) {
                p.setString(1, table);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String add = "alter table " + table + " add constraint " + r.getString(1) + " " + r.getString(3);
                        (r.getString(2).equals("u") ? uniques : foreign).add(add);
                        drops.add("alter table " + table + " drop constraint " + r.getString(1));
                    }
                }
            }
        }
        // foreign keys of other tables that point at these tables' unique constraints would block their drop;
        // the delivery tables are referred to by primary key only, which stays
        for (String table : tables) {
            String[] parts = table.split("\\.");
            try (PreparedStatement p = c.prepareStatement("select i.indexname, i.indexdef from pg_indexes i"
                    + " where i.schemaname = ? and i.tablename = ? and not exists (select 1 from pg_constraint k"
                    + " where k.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)"
                    + " order by i.indexname")) {
                p.setString(1, parts[0]);
                p.setString(2, parts[1]);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        indexes.add(r.getString(2));
                        drops.add("drop index " + parts[0] + "." + r.getString(1));
                    }
                }
            }
        }
        // foreign keys first (they may rest on a unique index of another dropped constraint)
        drops.sort((a, b) -> Boolean.compare(!a.contains("_fkey"), !b.contains("_fkey")));
        for (String drop : drops) {
            execute(c, drop);
        }
        List<String> restore = new ArrayList<>(indexes);
        restore.addAll(uniques);
        restore.addAll(foreign);
        return restore;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Copies rows of a few columns (longs, integers, strings, dates) into a table. */
    private static void copyRows(Connection c, String table, String columns, List<Object[]> list, Map<String, Long> rows)
            throws SQLException {
        try (CopyStream copy = CopyStream.open(c, table, columns)) {
            for (Object[] r : list) {
                for (Object v : r) {
                    if (v == null) {
                        copy.add((String) null);
                    } else if (v instanceof BigDecimal b) {
                        copy.add(b.toPlainString());
                    } else if (v instanceof Number n) {
                        copy.add(n);
                    } else if (v instanceof LocalDate d) {
                        copy.add(d);
                    } else {
                        copy.add(v.toString());
                    }
                }
                copy.end();
            }
            copy.close();
            rows.put(table, copy.rows());
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }


    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of every row of the query. */
    private static <T> List<T> column(Connection c, String sql, Class<T> type) throws SQLException {
        List<T> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                list.add(r.getObject(1, type));
            }
        }
        return list;
    }
}
