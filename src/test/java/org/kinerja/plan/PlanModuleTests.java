package org.kinerja.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kinerja.KinerjaApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class PlanModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(KinerjaApplication.class);

    @Test
    void planDependsOnNothingButSharedAndExchange() {
        ApplicationModule plan = modules.getModuleByName("plan").orElseThrow();

        assertThat(plan.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .containsOnly("shared", "exchange");
    }
}
