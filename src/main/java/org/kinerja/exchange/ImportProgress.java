package org.kinerja.exchange;

import java.util.UUID;

/**
 * How far the commit of an upload has come, as stored in PostgreSQL while it runs, so that a page served
 * by any node can show it.
 *
 * @param token     the upload
 * @param state     {@code RUNNING}, {@code DONE} (written) or {@code FAILED} (nothing written)
 * @param rowsDone  rows read, checked and handed to the writer so far
 * @param rowsTotal the file's rows as its preview counted them; 0 when unknown
 */
public record ImportProgress(UUID token, String state, long rowsDone, long rowsTotal) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    public boolean running() {
        return RUNNING.equals(state);
    }

    /** 0 to 100. */
    public int percent() {
        if (rowsTotal <= 0) {
            return running() ? 0 : 100;
        }
        return (int) Math.min(100, rowsDone * 100 / rowsTotal);
    }
}
