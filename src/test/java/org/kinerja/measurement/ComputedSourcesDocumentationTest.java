package org.kinerja.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinerja.indicator.ComputedSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * {@code docs/indicators.md} lists every computed source as {@link FigureService#catalogue()} defines it, between
 * two marker comments. Run with {@code -Dkinerja.docs.write=true} to rewrite that section from the catalogue.
 */
class ComputedSourcesDocumentationTest {

    static final Path DOC = Path.of("docs/indicators.md");
    static final String START = "<!-- computed-sources:start";
    static final String END = "<!-- computed-sources:end -->";
    static final String COMMAND = "./mvnw test -Dtest=ComputedSourcesDocumentationTest -Dkinerja.docs.write=true";

    static FigureService catalogueOnly() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/measurement");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new FigureService(null, null, null, null, messages);
    }

    /** The generated section: one entry per source, in catalogue order. */
    static String generated(List<SourceDefinition> catalogue) {
        StringBuilder out = new StringBuilder();
        for (SourceDefinition d : catalogue) {
            out.append("\n### `").append(d.source().name()).append("` — ").append(d.name()).append("\n\n")
                    .append("- **Definition:** ").append(d.definition()).append('\n')
                    .append("- **Period rule:** ").append(d.periodRule()).append('\n')
                    .append("- **Unit:** ").append(d.unit()).append(" · **measure:** `").append(d.measure())
                    .append("` · **aggregation:** `").append(d.aggregation()).append("`\n")
                    .append("- **Breakdowns:** ").append(d.breakdowns().isEmpty() ? "none"
                            : d.breakdowns().stream().map(b -> "`" + b.name() + "`").collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return out.append('\n').toString();
    }

    @Test
    void documentsEveryComputedSourceAsTheCatalogueDefinesIt() throws IOException {
        List<SourceDefinition> catalogue = catalogueOnly().catalogue();
        assertThat(catalogue).hasSize(ComputedSource.values().length);
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("marker " + START + " in " + DOC).isNotNegative();
        assertThat(end).as("marker " + END + " in " + DOC).isGreaterThan(start);
        int from = doc.indexOf("-->", start) + "-->".length();
        String expected = generated(catalogue);
        if (Boolean.getBoolean("kinerja.docs.write")) {
            Files.writeString(DOC, doc.substring(0, from) + "\n" + expected + doc.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(doc.substring(from, end))
                .as("the computed sources in " + DOC + " differ from FigureService.catalogue(); rewrite them with: " + COMMAND)
                .isEqualTo("\n" + expected);
    }
}
