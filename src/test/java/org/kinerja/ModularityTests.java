package org.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KinerjaApplication.class);

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        modules.verify();
    }

    @Test
    void theModulesOfTheProductBriefExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "identity", "audit", "plan", "directory", "exchange", "indicator");
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws Exception {
        Path target = Path.of("docs", "modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(target.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Files.readString(target.resolve("components.puml"))).contains("Identity");
    }
}
