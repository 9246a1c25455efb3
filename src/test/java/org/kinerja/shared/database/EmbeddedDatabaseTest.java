package org.kinerja.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsItsDataAcrossRestartsAndRefusesASecondProcessOnTheSameDirectory() throws Exception {
        Path pg = dataDir.resolve("pg");
        EmbeddedDatabase first = EmbeddedDatabase.start(pg, 0);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("create table kept (note text)");
            s.execute("insert into kept values ('survives a restart')");
        }
        long filesBefore;
        try (var files = Files.walk(pg)) {
            filesBefore = files.count();
        }
        assertThatThrownBy(() -> EmbeddedDatabase.start(pg, 0))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessage("the data directory " + pg + " is already in use by another Kinerja or PostgreSQL process.")
                .satisfies(e -> assertThat(((EmbeddedDatabaseException) e).action())
                        .contains("kinerja.data-dir"));
        try (var files = Files.walk(pg)) {
            assertThat(files.count()).as("the refused start touched nothing").isEqualTo(filesBefore);
        }
        first.stop();
        assertThat(pg.resolve("postmaster.pid")).as("stopped cleanly").doesNotExist();

        EmbeddedDatabase second = EmbeddedDatabase.start(pg, 0);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select note from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survives a restart");
        } finally {
            second.stop();
        }
    }

    @Test
    void anUnwritableDirectorySaysWhatToDo() throws Exception {
        Path file = dataDir.resolve("not-a-directory");
        Files.writeString(file, "a file where the data directory should be");
        assertThatThrownBy(() -> EmbeddedDatabase.start(file.resolve("pg"), 0))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .satisfies(e -> assertThat(((EmbeddedDatabaseException) e).action()).contains("SPRING_DATASOURCE_URL"));
    }
}
