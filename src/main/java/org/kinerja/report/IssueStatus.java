package org.kinerja.report;

/** Where an issued report's generation stands: queued, generating, done (snapshot and files stored) or failed. */
public enum IssueStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    /** Whether generation is still to finish. */
    public boolean pending() {
        return this == QUEUED || this == RUNNING;
    }
}
