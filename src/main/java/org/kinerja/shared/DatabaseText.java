package org.kinerja.shared;

import java.sql.SQLException;

/**
 * Text PostgreSQL refuses to store: the NUL character (and bytes not valid in UTF-8) make it answer
 * SQLState 22021 or 22P05. The transaction is rolled back, so nothing was written; the caller gets 400.
 */
public final class DatabaseText {

    private DatabaseText() {
    }

    public static boolean isRefusedCharacter(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
