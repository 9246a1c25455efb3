package org.kinerja.shared.database;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be reached or started into one sentence saying what was tried and what
 * to do, instead of a page of stack trace.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    private static final Log log = LogFactory.getLog(DatabaseFailureAnalyzer.class);

    private final Environment environment;

    DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EmbeddedDatabaseException embedded) {
                return new FailureAnalysis("Kinerja cannot start: " + embedded.getMessage(), embedded.action(), failure);
            }
            if (isConnectionFailure(t)) {
                String url = environment == null ? "(unknown)" : environment.getProperty("spring.datasource.url", "(unknown)");
                String description = "Kinerja cannot start: PostgreSQL at " + url + " could not be reached ("
                        + t.getMessage() + ").";
                String action = "Check that the server is running and reachable from this machine and that "
                        + "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right; "
                        + "unset SPRING_DATASOURCE_URL to use the embedded PostgreSQL instead.";
                log.error(description + " " + action);
                return new FailureAnalysis(description, action, failure);
            }
        }
        return null;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof ConnectException || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            // 08: connection exception, 28: invalid authorisation, 3D000: database does not exist
            return sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")
                    || "3D000".equals(sql.getSQLState());
        }
        return false;
    }
}
