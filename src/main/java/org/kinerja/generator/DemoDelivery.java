package org.kinerja.generator;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.kinerja.plan.PlanService;
import org.kinerja.workplan.WorkPlanService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo profile's events, people and attendances: the data generator at the {@link Scale#DEMO} scale, after the
 * demo work plans of 2021 and 2022 are written (order 110) and before the demo's products, engagements, requests
 * and indicator values. The activities of those work plans that were completed or are in progress hold its events.
 * It runs once per database: not again when the database holds a demo generation, nor on an older demo database
 * whose 2021-22 activities have events already.
 */
@Component
@Profile("demo")
@Order(120)
class DemoDelivery implements ApplicationRunner {

    /** The demo's seed: the same events and people on every demo database. */
    static final long SEED = 2021_22L;

    private static final Logger LOG = LoggerFactory.getLogger(DemoDelivery.class);

    private final DataGenerator generator;
    private final JdbcTemplate jdbc;

    DemoDelivery(DataSource dataSource, PlanService plans, WorkPlanService workPlans, ApplicationEventPublisher events) {
        this.generator = new DataGenerator(dataSource, plans, workPlans, events);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        Boolean held = jdbc.queryForObject("select exists (select 1 from delivery.event e"
                + " join workplan.activity a on a.id = e.activity_id join workplan.work_plan w on w.id = a.work_plan_id"
                + " where w.plan_code = ? and w.year between ? and ?)", Boolean.class, DataGenerator.SHIPPED_PLAN,
                Scale.DEMO.firstYear(), Scale.DEMO.lastYear());
        if (Boolean.TRUE.equals(held)) {
            return;
        }
        generator.generateOnce(Scale.DEMO, SEED).ifPresent(result -> LOG.info(
                "Demo data: {} events and {} attendances of {} people generated (scale demo, seed {}) in {} s.",
                result.rows("delivery.event"), result.rows("delivery.attendance"), result.rows("delivery.person"), SEED,
                String.format(java.util.Locale.ROOT, "%.1f", result.seconds())));
    }
}
