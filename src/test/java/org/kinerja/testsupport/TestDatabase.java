package org.kinerja.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.kinerja.shared.database.EmbeddedDatabase;

/**
 * The test run's database: a fresh database on the server named by {@code KINERJA_TEST_DATABASE_URL}
 * ({@code _USERNAME}, {@code _PASSWORD}) when set, otherwise on an embedded PostgreSQL in a temporary
 * directory. One per JVM and name — the default one, and e.g. "demo" for the demo profile's data, which other
 * tests must not see; dropped when the JVM ends.
 */
public final class TestDatabase {

    private static final java.util.Map<String, TestDatabase> instances = new java.util.HashMap<>();
    private static EmbeddedDatabase embedded;

    private final String url;
    private final String username;
    private final String password;

    private TestDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public static TestDatabase get() {
        return get("default");
    }

    /**
     * The database of that name, made on first use. A name {@code keep:<database>} is a database of that name
     * on the server of {@code KINERJA_TEST_DATABASE_URL}, made when it does not exist and kept after the run
     * (the benchmarks' generated data, which takes minutes to load, lives in one).
     */
    public static synchronized TestDatabase get(String name) {
        return instances.computeIfAbsent(name, n -> n.startsWith(KEEP) ? kept(n.substring(KEEP.length())) : create());
    }

    private static final String KEEP = "keep:";

    private static TestDatabase kept(String database) {
        String serverUrl = System.getenv("KINERJA_TEST_DATABASE_URL");
        if (serverUrl == null || serverUrl.isBlank()) {
            throw new IllegalStateException("a kept database (" + database + ") needs KINERJA_TEST_DATABASE_URL");
        }
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name " + database + ": lower-case letters, digits and _ only");
        }
        String user = System.getenv().getOrDefault("KINERJA_TEST_DATABASE_USERNAME", "");
        String pass = System.getenv().getOrDefault("KINERJA_TEST_DATABASE_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(serverUrl, user, pass);
             java.sql.PreparedStatement p = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            p.setString(1, database);
            boolean exists;
            try (java.sql.ResultSet r = p.executeQuery()) {
                exists = r.next();
            }
            if (!exists) {
                execute(serverUrl, user, pass, "create database " + database + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test database: cannot look up " + database + ": " + e.getMessage(), e);
        }
        return new TestDatabase(replaceDatabase(serverUrl, database), user, pass);
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    private static TestDatabase create() {
        String serverUrl = System.getenv("KINERJA_TEST_DATABASE_URL");
        String name = "kinerja_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (serverUrl != null && !serverUrl.isBlank()) {
            String user = System.getenv().getOrDefault("KINERJA_TEST_DATABASE_USERNAME", "");
            String pass = System.getenv().getOrDefault("KINERJA_TEST_DATABASE_PASSWORD", "");
            execute(serverUrl, user, pass, "create database " + name + " encoding 'UTF8' template template0");
            Runtime.getRuntime().addShutdownHook(new Thread(() ->
                    execute(serverUrl, user, pass, "drop database if exists " + name + " with (force)")));
            return new TestDatabase(replaceDatabase(serverUrl, name), user, pass);
        }
        try {
            if (embedded == null) {
                Path dir = Files.createTempDirectory("kinerja-test-pg");
                embedded = EmbeddedDatabase.start(dir.resolve("pg"), 0);
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop));
            }
            String adminUrl = embedded.jdbcUrl();
            execute(adminUrl, EmbeddedDatabase.USER, "", "create database " + name + " encoding 'UTF8' template template0");
            return new TestDatabase(replaceDatabase(adminUrl, name), EmbeddedDatabase.USER, "");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create a directory for the test database", e);
        }
    }

    /** Swaps the database name of a JDBC URL such as jdbc:postgresql://host:port/db?params. */
    static String replaceDatabase(String jdbcUrl, String database) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?');
        String base = slash < 0 ? (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query)) : jdbcUrl.substring(0, slash);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        return base + "/" + database + params;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + sql + " failed on " + url + ": " + e.getMessage(), e);
        }
    }
}
