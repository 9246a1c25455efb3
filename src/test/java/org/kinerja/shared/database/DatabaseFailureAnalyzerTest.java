package org.kinerja.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseFailureAnalyzerTest {

    private final DatabaseFailureAnalyzer analyzer = new DatabaseFailureAnalyzer(
            new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/kinerja"));

    @Test
    void anUnreachableServerIsNamedWithWhatToCheck() {
        Exception failure = new IllegalStateException("Flyway failed",
                new SQLException("Connection to db.example:5432 refused.", "08001", new ConnectException("Connection refused")));
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis.getDescription()).isEqualTo(
                "Kinerja cannot start: PostgreSQL at jdbc:postgresql://db.example:5432/kinerja could not be reached "
                        + "(Connection to db.example:5432 refused.).");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL").contains("embedded PostgreSQL");
    }

    @Test
    void wrongCredentialsCountAsUnreachable() {
        FailureAnalysis analysis = analyzer.analyze(new RuntimeException(
                new SQLException("password authentication failed for user \"kinerja\"", "28P01")));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("password authentication failed");
    }

    @Test
    void aDataDirectoryInUseIsReportedAsSuch() {
        FailureAnalysis analysis = analyzer.analyze(new EmbeddedDatabaseException("the data directory /x/pg is already in use "
                + "by another Kinerja or PostgreSQL process.", "Stop the other process.", null));
        assertThat(analysis.getDescription()).isEqualTo(
                "Kinerja cannot start: the data directory /x/pg is already in use by another Kinerja or PostgreSQL process.");
        assertThat(analysis.getAction()).isEqualTo("Stop the other process.");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalArgumentException("something else"))).isNull();
    }
}
