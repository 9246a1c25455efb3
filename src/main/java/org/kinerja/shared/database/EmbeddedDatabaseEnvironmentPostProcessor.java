package org.kinerja.shared.database;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured, and points the
 * data source at it. Runs after the configuration files are read, so a URL given in any of them, in
 * the environment or on the command line switches the embedded database off.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE_NAME = "kinerjaEmbeddedDatabase";

    private final Log log;

    public EmbeddedDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("kinerja.data-dir", "./data")).toAbsolutePath().normalize();
        int port = environment.getProperty("kinerja.embedded-database.port", Integer.class, 0);
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.start(dataDir.resolve("pg"), port);
        } catch (EmbeddedDatabaseException e) {
            log.error("Kinerja cannot start: " + e.getMessage() + " " + e.action());
            throw e;
        }
        log.info("Embedded PostgreSQL " + database.serverVersion() + " is running on port " + database.port()
                + " with its data in " + database.dataDirectory());
        SpringApplication.getShutdownHandlers().add(database::stop);
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", EmbeddedDatabase.USER,
                "spring.datasource.password", "")));
    }

    @Override
    public int getOrder() {
        // after the config data (application.properties, profiles) has been loaded
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
