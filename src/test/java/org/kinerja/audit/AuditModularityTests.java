package org.kinerja.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kinerja.KinerjaApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class AuditModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KinerjaApplication.class);

    @Test
    void auditKeepsToItsAllowedDependencies() {
        modules.getModuleByName("audit").orElseThrow().verifyDependencies(modules);
    }

    @Test
    void noModuleDependsOnAudit() {
        ApplicationModule audit = modules.getModuleByName("audit").orElseThrow();
        assertThat(modules.stream().filter(m -> !m.equals(audit))
                .filter(m -> m.getDirectDependencies(modules).contains(audit))
                .map(ApplicationModule::getIdentifier))
                .isEmpty();
    }
}
