package org.kinerja.exchange;

import java.util.List;

/**
 * The outcome of a commit: either every row was written, or — when any row was invalid — none.
 *
 * @param committed   whether the rows were written
 * @param totalRows   data rows of the file
 * @param newRows     valid rows that added a record (or would have, when not committed)
 * @param matchedRows valid rows that updated a record (or would have, when not committed)
 * @param invalidRows rows with at least one error
 * @param errorCount  all errors of all rows
 * @param errors      the first {@value ImportService#REPORT_LIMIT} errors, in file order
 */
public record ImportResult(boolean committed, long totalRows, long newRows, long matchedRows, long invalidRows,
                           long errorCount, List<ImportError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    /** Whether there are more errors than {@link #errors()} lists. */
    public boolean moreErrors() {
        return errorCount > errors.size();
    }
}
