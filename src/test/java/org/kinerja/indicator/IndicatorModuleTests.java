package org.kinerja.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.indicator.Indicators.anIndicator;

import org.junit.jupiter.api.Test;
import org.kinerja.plan.NewPlan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.EntityChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The indicator module booted with only the modules it depends on, directly or not (plan, identity, exchange,
 * shared): no audit trail, no directory. The shipped framework loads, and changes are published as events.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class IndicatorModuleTests {

    @Autowired
    IndicatorService indicators;
    @Autowired
    PlanService plans;

    @Test
    void loadsTheShippedFrameworkWithOnlyItsDependencies() {
        Framework framework = indicators.framework("SP-2021-22");

        assertThat(framework.indicatorCount()).isEqualTo(15);
        assertThat(framework.proposedCount()).isEqualTo(15);
        assertThat(framework.purposes()).extracting(FrameworkPurpose::number).containsExactly(1, 2, 3, 4);
        assertThat(framework.years()).containsExactly(2021, 2022);
    }

    @Test
    void publishesTheCreationOfAnIndicator(Scenario scenario) {
        String code = "M-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        plans.create(new NewPlan(code, "A plan for the module test", 2031, 2032, "SP-2021-22"));

        scenario.stimulate(() -> indicators.createIndicator(code, anIndicator().forYears(2031, 2032).build()))
                .andWaitForEventOfType(EntityChanged.class)
                .matching(e -> e.entityId().equals(code + "/P2.1"))
                .toArriveAndVerify(e -> {
                    assertThat(e.entityType()).isEqualTo("Indicator");
                    assertThat(e.action()).isEqualTo(EntityChanged.Action.CREATE);
                    assertThat(e.changes().get("measure").after()).isEqualTo("NUMBER");
                });
    }

    @Test
    void dependsOnlyOnSharedPlanIdentityAndExchange() {
        var modules = org.springframework.modulith.core.ApplicationModules.of(org.kinerja.KinerjaApplication.class);
        var indicator = modules.getModuleByName("indicator").orElseThrow();

        assertThat(indicator.getDirectDependencies(modules).uniqueModules()
                .map(org.springframework.modulith.core.ApplicationModule::getName))
                .containsOnly("shared", "plan", "identity", "exchange");
    }
}
