package org.kinerja.shared.database;

/**
 * The embedded PostgreSQL could not start; the message says what was tried, {@link #action()} what to do.
 */
public class EmbeddedDatabaseException extends RuntimeException {

    private final String action;

    EmbeddedDatabaseException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
