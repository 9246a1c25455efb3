package org.kinerja.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.kinerja.shared.EntityChanged;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the other nodes that the data changed, so that none answers a live report kept from before: every
 * transaction that changes domain data (or a narrative) sends one PostgreSQL notice on channel
 * {@value #CHANNEL}, delivered to the listening nodes when it commits, and each node forgets its kept reports
 * when it hears a notice of another node. When it starts listening (at start, and again after its connection
 * was lost) it forgets them too, since it may have missed notices.
 */
@Component
class LiveReportNotices implements DisposableBean {

    static final String CHANNEL = "kinerja_live_reports";
    private static final Logger LOG = LoggerFactory.getLogger(LiveReportNotices.class);
    private static final String SENT = LiveReportNotices.class.getName() + ".sent";

    private final DataSource dataSource;
    private final LiveReports live;
    private final String node = UUID.randomUUID().toString();
    private volatile boolean running = true;
    private volatile boolean listening;
    private volatile Thread listener;

    LiveReportNotices(DataSource dataSource, LiveReports live) {
        this.dataSource = dataSource;
        this.live = live;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void changed(EntityChanged change) {
        if (LiveReports.relevant(change)) {
            send();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void narrativeSaved(LiveReports.NarrativeSaved saved) {
        send();
    }

    /** One notice per transaction, sent in it: PostgreSQL delivers it when (and only if) it commits. */
    private void send() {
        boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
        if (inTransaction) {
            if (TransactionSynchronizationManager.hasResource(SENT)) {
                return;
            }
            TransactionSynchronizationManager.bindResource(SENT, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SENT);
                }
            });
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement s = connection.prepareStatement("select pg_notify(?, ?)")) {
            s.setString(1, CHANNEL);
            s.setString(2, node);
            s.execute();
        } catch (SQLException e) {
            // the change itself is not refused for it; the other nodes forget their reports when they reconnect
            LOG.warn("The live reports' change notice was not sent", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread t = new Thread(this::listen, "report-live-notices");
        t.setDaemon(true);
        listener = t;
        t.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = listeningConnection()) {
                connection.setAutoCommit(true);
                try (Statement s = connection.createStatement()) {
                    s.execute("listen " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                // changes made before this node listened are unknown: forget what it kept
                listening = true;
                live.invalidate();
                while (running) {
                    PGNotification[] notices = pg.getNotifications(5000);
                    if (notices == null) {
                        continue;
                    }
                    for (PGNotification notice : notices) {
                        if (!node.equals(notice.getParameter())) {
                            live.invalidate();
                            break;
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warn("Listening for other nodes' changes failed; trying again", e);
                    pause();
                }
            }
        }
        listening = false;
    }

    /**
     * A connection of its own, beside the pool (whose connections all stay free for requests), opened as the
     * pool opens its connections; the pool's own when it does not say how.
     */
    private Connection listeningConnection() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getJdbcUrl() != null) {
                Properties properties = new Properties();
                properties.putAll(pool.getDataSourceProperties());
                if (pool.getUsername() != null) {
                    properties.setProperty("user", pool.getUsername());
                }
                if (pool.getPassword() != null) {
                    properties.setProperty("password", pool.getPassword());
                }
                return DriverManager.getConnection(pool.getJdbcUrl(), properties);
            }
        }
        return dataSource.getConnection();
    }

    /** Whether this node hears the other nodes' notices now. */
    boolean listening() {
        return listening;
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        running = false;
        Thread t = listener;
        if (t != null) {
            t.interrupt();
        }
    }
}
