package org.kinerja.workplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinerja.workplan.db.Tables.ACTIVITY;

import java.math.BigDecimal;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kinerja.plan.PlanService;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.PartnerRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

/** The shipped activities are loaded once per resource version, and a broken file fails the start. */
@SpringBootTest
class ShippedActivitiesReloadTests {

    @Autowired
    ShippedActivities loader;
    @Autowired
    DSLContext db;
    @Autowired
    PlanService plans;

    @Test
    void loadingTheSameVersionAgainAddsNothing() {
        int before = db.fetchCount(ACTIVITY, ACTIVITY.LISTED_IN_PLAN.isTrue());

        assertThat(loader.load(new ClassPathResource(ShippedActivities.SHIPPED))).isZero();
        assertThat(db.fetchCount(ACTIVITY, ACTIVITY.LISTED_IN_PLAN.isTrue())).isEqualTo(before);
    }

    @Test
    void aShippedFileBreakingTheRulesIsABuildDefect() {
        ShippedActivities.ShippedFile file = new ShippedActivities.ShippedFile(1, "", "SP-2021-22", 2021, List.of(
                new ShippedActivities.ShippedActivity(5, ActivityType.TRAINING, "x".repeat(301), List.of(
                        new ShippedActivities.ShippedPartner("IOM", PartnerRole.LEAD, new BigDecimal("60")),
                        new ShippedActivities.ShippedPartner("UNHCR", PartnerRole.CO_DELIVERY, new BigDecimal("41"))))));

        assertThatThrownBy(() -> ShippedActivities.check(file, plans.get("SP-2021-22"), new ClassPathResource("x.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("activities[0].title is blank or longer than 300 characters")
                .hasMessageContaining("activities[0].purposeNumber 5 is not a purpose of the plan")
                .hasMessageContaining("activities[0].partners: shares sum to more than 100");
    }
}
