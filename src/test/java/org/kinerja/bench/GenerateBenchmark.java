package org.kinerja.bench;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates the benchmarks' data into the kept database, if it is not there yet:
 * {@code ./mvnw -B -o test -Pbenchmark -Dtest=GenerateBenchmark} ({@code -Dkinerja.generate=demo|bench},
 * {@code -Dkinerja.bench.database=NAME}). Its timing goes to {@code target/benchmarks/generate-<scale>.md}.
 */
@BenchData.OnBenchDatabase
class GenerateBenchmark {

    @Autowired
    ApplicationContext context;

    @Test
    void theBenchmarkDatabaseHoldsTheGeneratedData() throws Exception {
        String holds = BenchData.ensure(context);
        assertThat(holds).isEqualTo(BenchData.scale().name() + " seed " + BenchData.SEED);
        JdbcTemplate jdbc = new JdbcTemplate(SqlCapture.unwrapped(context.getBean(DataSource.class)));
        assertThat(jdbc.queryForObject("select count(*) from delivery.attendance", Long.class))
                .isGreaterThanOrEqualTo(BenchData.scale().attendances());
    }
}
