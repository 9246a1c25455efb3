package org.kinerja.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY … FROM STDIN} (text format) through pgjdbc's
 * CopyManager: values are appended to a buffer that is sent every megabyte, so a table of millions of rows
 * never sits in memory. {@code null} is written as {@code \N}; text is escaped as the text format requires.
 */
final class CopyStream implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private boolean rowStarted;
    private long rows;

    private CopyStream(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code COPY table (columns) FROM STDIN} on the connection (its transaction). */
    static CopyStream open(Connection connection, String table, String columns) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        return new CopyStream(in);
    }

    /** A whole number (or {@code null}). */
    CopyStream add(Number value) {
        separate();
        buffer.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyStream add(boolean value) {
        separate();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    CopyStream add(LocalDate value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
        } else {
            buffer.append(value);
        }
        return this;
    }

    /** Money with two decimals, from cents. */
    CopyStream cents(Long cents) {
        separate();
        if (cents == null) {
            buffer.append("\\N");
        } else {
            buffer.append(cents / 100).append('.');
            long c = cents % 100;
            if (c < 10) {
                buffer.append('0');
            }
            buffer.append(c);
        }
        return this;
    }

    CopyStream add(String value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    /** Ends the current row. */
    void end() throws SQLException {
        buffer.append('\n');
        rowStarted = false;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void separate() {
        if (rowStarted) {
            buffer.append('\t');
        }
        rowStarted = true;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            flush();
            copy.endCopy();
        }
    }
}
