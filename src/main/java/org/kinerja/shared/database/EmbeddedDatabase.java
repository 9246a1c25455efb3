package org.kinerja.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server run from the binaries shipped in the jar, with its data kept in a directory of
 * the user's choosing. A lock file next to the data directory keeps a second Kinerja away from data
 * that is in use, before anything in it is touched.
 */
public final class EmbeddedDatabase {

    public static final String USER = "postgres";
    public static final String DATABASE = "kinerja";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts PostgreSQL on the given data directory (created when missing) and makes sure the
     * {@value #DATABASE} database exists.
     *
     * @param port the TCP port on 127.0.0.1, or 0 for any free one
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory.getParent());
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("the data directory " + dataDirectory + " cannot be created ("
                    + e.getMessage() + ").", "Point kinerja.data-dir (env KINERJA_DATA_DIR) at a writable directory, "
                    + "or set spring.datasource.url (SPRING_DATASOURCE_URL) to use an external PostgreSQL 15+ server.", e);
        }
        FileChannel channel = null;
        FileLock lock = null;
        try {
            channel = FileChannel.open(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw inUse(dataDirectory, null);
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(25))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory, channel, lock);
            database.createDatabaseIfMissing();
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            releaseQuietly(lock);
            closeQuietly(channel);
            String detail = String.valueOf(e.getMessage());
            if (detail.contains("could not lock") || detail.contains("lock file")) {
                throw inUse(dataDirectory, e);
            }
            throw new EmbeddedDatabaseException(
                    "the embedded PostgreSQL could not start on " + dataDirectory + " (" + rootMessage(e) + ").",
                    "Check that the directory is writable and has free space, or set spring.datasource.url "
                            + "(SPRING_DATASOURCE_URL) to use an external PostgreSQL 15+ server.", e);
        }
    }

    private static EmbeddedDatabaseException inUse(Path dataDirectory, Throwable cause) {
        return new EmbeddedDatabaseException(
                "the data directory " + dataDirectory + " is already in use by another Kinerja or PostgreSQL process.",
                "Stop the other process, or start this one with another data directory (kinerja.data-dir, "
                        + "env KINERJA_DATA_DIR).", cause);
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(USER, "postgres"));
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String serverVersion() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            return "(version unknown)";
        }
    }

    /** Stops PostgreSQL cleanly and releases the data directory. */
    public synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // the server is going away either way; nothing more to do at shutdown
        } finally {
            releaseQuietly(lock);
            closeQuietly(lockChannel);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // released when the channel closes
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing held any more
        }
    }
}
