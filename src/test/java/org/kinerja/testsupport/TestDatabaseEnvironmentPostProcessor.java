package org.kinerja.testsupport;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at the test run's own fresh database (see {@link TestDatabase}),
 * before the embedded-database launcher of the product looks for a URL. A context that sets
 * {@code kinerja.test.database} (e.g. {@code demo}) gets a database of its own.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        TestDatabase db = TestDatabase.get(environment.getProperty("kinerja.test.database", "default"));
        environment.getPropertySources().addFirst(new MapPropertySource("kinerjaTestDatabase", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password())));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }
}
