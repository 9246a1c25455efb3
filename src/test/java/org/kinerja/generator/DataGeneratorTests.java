package org.kinerja.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.kinerja.KinerjaApplication;
import org.kinerja.plan.PlanService;
import org.kinerja.workplan.WorkPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data generator at the {@code demo} scale, on databases of its own (other tests see a clean install): it
 * adds exactly the rows it promises, once, the same seed gives the same data on a second database, and the load
 * passes every constraint of the schemas (it runs in one transaction that would roll back otherwise).
 */
@SpringBootTest(properties = "kinerja.test.database=generator")
class DataGeneratorTests {

    static final long SEED = 2021_22L;

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    /** What a second database must hold identically: counts and digests of the generated content, no ids. */
    static Map<String, String> aggregates(JdbcTemplate jdbc) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("activities", "select count(*) || ' ' || md5(string_agg(a.code || a.title || a.status || a.type"
                + " || a.planned_start || a.planned_end || coalesce(a.actual_end::text, '') || coalesce(a.budget_amount::text, '')"
                + " || coalesce(a.expenditure::text, '') || coalesce(a.gender_marker::text, ''), '|' order by a.code))"
                + " from workplan.activity a");
        queries.put("activity countries", "select count(*) || ' ' || md5(string_agg(a.code || c.country_code, '|'"
                + " order by a.code, c.country_code)) from workplan.activity_country c join workplan.activity a on a.id = c.activity_id");
        queries.put("activity principles", "select count(*) || ' ' || md5(string_agg(a.code || p.principle_number || p.rating,"
                + " '|' order by a.code, p.principle_number)) from workplan.activity_principle p"
                + " join workplan.activity a on a.id = p.activity_id");
        queries.put("events", "select count(*) || ' ' || md5(string_agg(a.code || e.title || e.kind || e.status"
                + " || e.start_date || e.end_date || coalesce(e.city, '-') || e.virtual, '|' order by a.code, e.title, e.start_date))"
                + " from delivery.event e join workplan.activity a on a.id = e.activity_id");
        queries.put("people", "select count(*) || ' ' || md5(string_agg(p.name_key || p.sex || coalesce(p.member_code, '')"
                + " || p.agency || coalesce(p.agency_type, '') || coalesce(p.email, ''), '|' order by p.name_key)) from delivery.person p");
        queries.put("attendances", "select count(*) || ' ' || md5(string_agg(e.title || e.start_date || p.name_key || t.role"
                + " || coalesce(t.days_attended, -1) || coalesce(t.pre_test, -1) || coalesce(t.post_test, -1)"
                + " || coalesce(t.satisfaction, -1), '|' order by e.title, e.start_date, p.name_key)) from delivery.attendance t"
                + " join delivery.event e on e.id = t.event_id join delivery.person p on p.id = t.person_id");
        queries.put("people trained by sex", "select string_agg(sex || '=' || n, ' ' order by sex) from (select p.sex,"
                + " count(distinct p.id) n from delivery.attendance t join delivery.person p on p.id = t.person_id"
                + " where t.role = 'PARTICIPANT' group by p.sex) s");
        queries.put("products", "select count(*) || ' ' || md5(string_agg(title || type || stage || stage_date"
                + " || coalesce(publication_date::text, ''), '|' order by title)) from knowledge.product");
        queries.put("stage changes", "select count(*) || ' ' || md5(string_agg(p.title || s.stage || s.changed_on, '|'"
                + " order by p.title, s.changed_on, s.stage)) from knowledge.stage_change s join knowledge.product p on p.id = s.product_id");
        queries.put("engagements", "select count(*) || ' ' || md5(string_agg(engagement_date || type || title"
                + " || coalesce(audience_size, -1), '|' order by engagement_date, title, type)) from outreach.engagement");
        queries.put("requests", "select count(*) || ' ' || md5(string_agg(received_date || subject || status"
                + " || coalesce(requester_member_code, '') || coalesce(delivered_date::text, '') || coalesce(closed_date::text, ''),"
                + " '|' order by received_date, subject, status)) from request.member_request");
        queries.put("request history", "select count(*) || ' ' || sum(extract(epoch from change_date::timestamp))::bigint"
                + " from request.status_change");
        queries.forEach((name, sql) -> out.put(name, jdbc.queryForObject(sql, String.class)));
        return out;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private DataGenerator generator(ApplicationContext context) {
        return new DataGenerator(context.getBean(DataSource.class), context.getBean(PlanService.class),
                context.getBean(WorkPlanService.class), null);
    }

    /** Activities the demo scale adds: each purpose of the 2021 and 2022 work plans topped up to six. */
    private long activitiesMissing() {
        long missing = 0;
        for (int year = 2021; year <= 2022; year++) {
            for (int purpose = 1; purpose <= 4; purpose++) {
                long have = jdbc.queryForObject("select count(*) from workplan.activity a join workplan.work_plan w"
                        + " on w.id = a.work_plan_id where w.plan_code = 'SP-2021-22' and w.year = ? and a.purpose_number = ?",
                        Long.class, year, purpose);
                missing += Math.max(0, 6 - have);
            }
        }
        return missing;
    }

    @Test
    void theDemoScaleAddsExactlyItsCountsOnceAndASecondDatabaseGetsTheSameData() throws Exception {
        List<String> tables = List.of("workplan.activity", "delivery.event", "delivery.attendance", "delivery.person",
                "request.member_request", "knowledge.product", "outreach.engagement", "measurement.indicator_value");
        Map<String, Long> before = new LinkedHashMap<>();
        tables.forEach(t -> before.put(t, count(t)));
        long lastPerson = jdbc.queryForObject("select coalesce(max(id), 0) from delivery.person", Long.class);
        long lastActivity = jdbc.queryForObject("select coalesce(max(id), 0) from workplan.activity", Long.class);
        long missing = activitiesMissing();
        // the shipped 2021 work plan has activities of its own: only the purposes short of six are topped up
        assertThat(missing).isPositive().isLessThan(Scale.DEMO.activities());

        Optional<DataGenerator.Result> generated = generator(context).generateOnce(Scale.DEMO, SEED);

        assertThat(generated).isPresent();
        DataGenerator.Result result = generated.get();
        assertThat(count("workplan.activity") - before.get("workplan.activity")).isEqualTo(missing);
        assertThat(activitiesMissing()).isZero();
        assertThat(count("delivery.event") - before.get("delivery.event")).isEqualTo(100);
        assertThat(count("delivery.attendance") - before.get("delivery.attendance")).isEqualTo(2_000);
        assertThat(count("delivery.person") - before.get("delivery.person")).isEqualTo(1_400);
        // the demo profile's own loaders write requests, products, engagements and values: the scale adds none
        assertThat(count("request.member_request")).isEqualTo(before.get("request.member_request"));
        assertThat(count("knowledge.product")).isEqualTo(before.get("knowledge.product"));
        assertThat(count("outreach.engagement")).isEqualTo(before.get("outreach.engagement"));
        assertThat(count("measurement.indicator_value")).isEqualTo(before.get("measurement.indicator_value"));
        assertThat(result.rows("delivery.attendance")).isEqualTo(2_000);
        // every generated person attends at least one event, no one twice at one event
        assertThat(jdbc.queryForObject("select count(*) from delivery.person p where p.id > ?"
                + " and not exists (select 1 from delivery.attendance t where t.person_id = p.id)", Long.class, lastPerson)).isZero();
        // attendances only at events held by the data's day (the end of 2022), within both years
        assertThat(jdbc.queryForObject("select count(*) from delivery.attendance t join delivery.event e on e.id = t.event_id"
                + " where e.status <> 'HELD' or e.end_date > date '2022-12-31' or e.start_date < date '2021-01-01'", Long.class)).isZero();
        // the work plans' own activities hold events only once they went ahead (the shipped ones are still
        // planned in a clean install: the demo profile's are not, see DemoProfileTests), and every event lies
        // within its activity's planned months
        assertThat(jdbc.queryForObject("select count(*) from delivery.event e join workplan.activity a on a.id = e.activity_id"
                + " where a.id <= ? and a.status not in ('COMPLETED', 'IN_PROGRESS')", Long.class, lastActivity)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from delivery.event e join workplan.activity a on a.id = e.activity_id"
                + " where a.planned_start is not null and (e.start_date < date_trunc('month', a.planned_start)"
                + " or e.end_date >= date_trunc('month', a.planned_end) + interval '1 month')", Long.class)).isZero();
        // the work plans of both years, each activity of a generated work plan within its year
        assertThat(jdbc.queryForObject("select count(*) from workplan.activity a join workplan.work_plan w on w.id = a.work_plan_id"
                + " where extract(year from a.planned_start) <> w.year", Long.class)).isZero();
        // the identity sequences were moved past the generated ids: the next row gets a free id
        assertThat(jdbc.queryForObject("select nextval(pg_get_serial_sequence('delivery.attendance', 'id'))"
                + " > (select max(id) from delivery.attendance)", Boolean.class)).isTrue();
        assertThat(DataGenerator.generated(dataSource)).contains("demo seed " + SEED);

        // once per database: a second call finds the generation and adds nothing
        assertThat(generator(context).generateOnce(Scale.DEMO, SEED)).isEmpty();
        assertThat(count("delivery.event") - before.get("delivery.event")).isEqualTo(100);

        Map<String, String> first = aggregates(jdbc);
        Map<String, String> second;
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(KinerjaApplication.class)
                .properties("kinerja.test.database=generator-second", "server.port=0").run()) {
            DataSource otherSource = other.getBean(DataSource.class);
            generator(other).generate(Scale.DEMO, SEED);
            second = aggregates(new JdbcTemplate(otherSource));
        }
        assertThat(first.get("attendances")).startsWith("2000 ");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theIndexesDroppedForALargeLoadAreRestoredExactly() throws Exception {
        String definitions = "select string_agg(d, E'\\n' order by d) from (select indexdef d from pg_indexes"
                + " where schemaname = 'delivery' union all select conrelid::regclass || ' ' || conname || ' '"
                + " || pg_get_constraintdef(oid) from pg_constraint where connamespace = 'delivery'::regnamespace) x";
        String before = jdbc.queryForObject(definitions, String.class);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<String> restore = DataGenerator.dropSecondary(c,
                        List.of("delivery.attendance", "delivery.person", "delivery.event"));
                assertThat(restore).anyMatch(s -> s.contains("attendance_once")).anyMatch(s -> s.contains("person_name_key"))
                        .anyMatch(s -> s.contains("attendance_person_id_fkey"));
                String dropped = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true))
                        .queryForObject(definitions, String.class);
                assertThat(dropped).doesNotContain("person_name_key").doesNotContain("attendance_once");
                for (String ddl : restore) {
                    DataGenerator.execute(c, ddl);
                }
                String after = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true))
                        .queryForObject(definitions, String.class);
                assertThat(after).isEqualTo(before);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
