package org.kinerja.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What committing an uploaded file would do, and what is wrong with it. Bounded whatever the file's size:
 * at most {@value ImportService#REPORT_LIMIT} rows and {@value ImportService#REPORT_LIMIT} errors are
 * listed, the counts cover the whole file.
 *
 * @param token       the upload's handle for {@link ImportService#commit}; only its owner may use it
 * @param kind        the import it belongs to
 * @param fileName    the file's name as uploaded
 * @param fileSize    its size in bytes
 * @param expiresAt   when the upload is deleted if not committed
 * @param columns     the header as in the file
 * @param totalRows   data rows (blank rows are not counted)
 * @param newRows     valid rows that would add a record
 * @param matchedRows valid rows that would update a record
 * @param invalidRows rows with at least one error
 * @param errorCount  all errors of all rows
 * @param errors      the first errors, in file order
 * @param rows        the first rows, in file order
 */
public record ImportPreview(UUID token, String kind, String fileName, long fileSize, Instant expiresAt,
                            List<String> columns, long totalRows, long newRows, long matchedRows, long invalidRows,
                            long errorCount, List<ImportError> errors, List<Row> rows) {

    /**
     * One row of the preview.
     *
     * @param row    the row as a spreadsheet numbers it: the header is row 1
     * @param status what committing would do with it
     * @param values its values in file order
     * @param errors what is wrong with it
     */
    public record Row(int row, ImportStatus status, List<String> values, List<ImportError> errors) {
        public Row {
            values = List.copyOf(values);
            errors = List.copyOf(errors);
        }
    }

    public ImportPreview {
        columns = List.copyOf(columns);
        errors = List.copyOf(errors);
        rows = List.copyOf(rows);
    }

    /** Whether the file can be committed: it has rows and none is invalid. */
    public boolean committable() {
        return invalidRows == 0 && totalRows > 0;
    }

    /** Whether there are more errors than {@link #errors()} lists. */
    public boolean moreErrors() {
        return errorCount > errors.size();
    }

    /** Whether there are more rows than {@link #rows()} lists. */
    public boolean moreRows() {
        return totalRows > rows.size();
    }
}
