package org.kinerja.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.kinerja.measurement.IndicatorValueService;
import org.kinerja.measurement.IpttRow;
import org.kinerja.measurement.ProgressStatus;
import org.kinerja.plan.PlanService;
import org.kinerja.workplan.WorkPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bench scale's results frameworks and indicator values, at a small scale of the same kind on a database of
 * its own: a generated plan gets the shipped framework with its targets moved to its own years, every indicator
 * gets a value for each period ended by the data's day, with the approval steps of its status, and the product
 * reads them (targets against actuals).
 */
@SpringBootTest(properties = "kinerja.test.database=generator-values")
class GeneratedFrameworkTests {

    /** Two years of a plan the install does not ship, as on 30 September of the second. */
    static final Scale SMALL = new Scale("small", 2019, 2020, LocalDate.of(2020, 9, 30), 2, 24, 300, 200, 3, 2, 2, true);

    @Autowired
    DataSource dataSource;
    @Autowired
    PlanService plans;
    @Autowired
    WorkPlanService workPlans;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndicatorValueService values;

    private long count(String sql, Object... binds) {
        return jdbc.queryForObject(sql, Long.class, binds);
    }

    @Test
    void aGeneratedPlanGetsTheShippedFrameworkAndEveryIndicatorItsValuesWithTheirSteps() throws Exception {
        long shipped = count("select count(*) from indicator.indicator where plan_code = 'SP-2021-22'");
        assertThat(shipped).isPositive();

        DataGenerator.Result result = new DataGenerator(dataSource, plans, workPlans, null).generate(SMALL, 7L);

        // the framework: every shipped indicator, outcome and breakdown, baselines dated 2018
        assertThat(count("select count(*) from indicator.indicator where plan_code = 'SP-2019-20'")).isEqualTo(shipped);
        assertThat(count("select count(*) from indicator.outcome where plan_code = 'SP-2019-20'"))
                .isEqualTo(count("select count(*) from indicator.outcome where plan_code = 'SP-2021-22'"));
        assertThat(count("select count(*) from indicator.indicator_disaggregation d join indicator.indicator i"
                + " on i.id = d.indicator_id where i.plan_code = 'SP-2019-20'"))
                .isEqualTo(count("select count(*) from indicator.indicator_disaggregation d join indicator.indicator i"
                        + " on i.id = d.indicator_id where i.plan_code = 'SP-2021-22'"));
        assertThat(count("select count(*) from indicator.indicator where plan_code = 'SP-2019-20'"
                + " and baseline_year is not null and baseline_year <> 2018")).isZero();
        // each shipped 2021 target is the copy's 2019 target, 2022's its 2020 one
        assertThat(count("select count(*) from indicator.target t join indicator.indicator i on i.id = t.indicator_id"
                + " join indicator.indicator s on s.plan_code = 'SP-2021-22' and s.code = i.code"
                + " join indicator.target st on st.indicator_id = s.id and st.year = t.year + 2"
                + " where i.plan_code = 'SP-2019-20' and st.value is not distinct from t.value"))
                .isEqualTo(count("select count(*) from indicator.target t join indicator.indicator i on i.id = t.indicator_id"
                        + " where i.plan_code = 'SP-2021-22'"))
                .isPositive();
        assertThat(result.rows("indicator.indicator")).isEqualTo(shipped);

        // the values: one per indicator and period ended by 30 September 2020, none later
        long expected = count("select sum(case i.frequency when 'QUARTERLY' then 4 + 3 when 'SEMI_ANNUAL' then 2 + 1"
                + " else 1 end) from indicator.indicator i where i.plan_code = 'SP-2019-20'");
        assertThat(count("select count(*) from measurement.indicator_value where plan_code = 'SP-2019-20'")).isEqualTo(expected);
        assertThat(result.rows("measurement.indicator_value")).isEqualTo(expected);
        assertThat(count("select count(*) from measurement.indicator_value where period_label in ('2020', '2020-H2', '2020-Q4')"))
                .isZero();
        // 2019 approved throughout; 2020 takes every step in turn
        assertThat(jdbc.queryForList("select distinct status from measurement.indicator_value where period_year = 2019",
                String.class)).containsExactly("APPROVED");
        assertThat(Set.copyOf(jdbc.queryForList("select distinct status from measurement.indicator_value where period_year = 2020",
                String.class))).isEqualTo(Set.of("DRAFT", "SUBMITTED", "APPROVED"));
        // a computed indicator's value keeps no number (read live until locked); a manual one has its number or text
        assertThat(count("select count(*) from measurement.indicator_value v join indicator.indicator i on i.id = v.indicator_id"
                + " where i.source <> 'MANUAL' and (v.origin <> 'COMPUTED' or v.value is not null)")).isZero();
        assertThat(count("select count(*) from measurement.indicator_value v join indicator.indicator i on i.id = v.indicator_id"
                + " where i.source = 'MANUAL' and (v.origin <> 'MANUAL' or (v.value is null and v.text_value is null)"
                + " or (i.measure = 'PERCENTAGE' and v.value not between 0 and 100)"
                + " or (i.aggregation = 'RATIO' and (v.numerator is null or v.denominator is null)))")).isZero();
        // one step per status reached: entered, then submitted, then approved
        assertThat(count("select count(*) from measurement.value_step s join measurement.indicator_value v on v.id = s.value_id"
                + " where v.plan_code = 'SP-2019-20'"))
                .isEqualTo(count("select sum(case status when 'DRAFT' then 1 when 'SUBMITTED' then 2 else 3 end)"
                        + " from measurement.indicator_value where plan_code = 'SP-2019-20'"));

        // the product reads them: 2019's targets against actuals have actuals and statuses beyond NO_DATA
        List<IpttRow> iptt = values.iptt("SP-2019-20", 2019);
        assertThat(iptt).hasSize((int) shipped);
        assertThat(iptt).allSatisfy(r -> assertThat(r.valueStatus()).isEqualTo("APPROVED"));
        Set<ProgressStatus> statuses = iptt.stream().map(IpttRow::status).collect(Collectors.toSet());
        assertThat(statuses).contains(ProgressStatus.ACHIEVED);
        assertThat(iptt.stream().filter(r -> r.actual() != null).count()).isGreaterThan(shipped / 2);
    }
}
