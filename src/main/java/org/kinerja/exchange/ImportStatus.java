package org.kinerja.exchange;

/** What committing an import would do with one row. */
public enum ImportStatus {
    /** Add a record. */
    NEW,
    /** Update the stored record it matches. */
    MATCHED,
    /** Nothing: the row is invalid, and while any row is, the file cannot be committed. */
    ERROR
}
