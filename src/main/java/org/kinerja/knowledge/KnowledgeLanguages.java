package org.kinerja.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The ISO 639-1 language codes products may name, with their English names, from the shipped
 * {@code knowledge/iso639-1.csv} (see its SOURCES.md).
 */
@Component
public class KnowledgeLanguages {

    private final Map<String, String> names;

    KnowledgeLanguages() {
        Map<String, String> read = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("knowledge/iso639-1.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int comma = line.indexOf(',');
                if (comma == 2) {
                    read.put(line.substring(0, 2), line.substring(3).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names = Collections.unmodifiableMap(read);
    }

    public boolean known(String code) {
        return code != null && names.containsKey(code);
    }

    /** The English name of the code, or the code itself when unknown. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    /** Every code with its name, by code. */
    public Map<String, String> all() {
        return names;
    }
}
