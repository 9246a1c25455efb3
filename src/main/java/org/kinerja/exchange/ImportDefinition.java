package org.kinerja.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.util.unit.DataSize;

/**
 * What a module imports: its kind (which ties an upload to the import that may commit it), the columns of
 * the file, and the module's row mapper, matcher and writer. Build it once:
 *
 * <pre>{@code
 * ImportDefinition<NewContact> CONTACTS = ImportDefinition.<NewContact>builder("contacts")
 *         .required("email", "name").optional("organisation")
 *         .mapper(row -> ...).matcher(RowMatcher.byKey(NewContact::email, contacts::existingEmails))
 *         .writer(batch -> contacts.importRows(batch))
 *         .build();
 * }</pre>
 */
public record ImportDefinition<T>(String kind, List<ImportColumn> columns, RowMapper<T> mapper,
                                  RowMatcher<T> matcher, ImportWriter<T> writer, boolean workbooks, long maxRows,
                                  DataSize maxFileSize, int batchSize, boolean readAhead) {

    public ImportDefinition {
        Objects.requireNonNull(kind, "kind");
        if (!kind.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("kind " + kind + ": lower-case letters, digits and hyphens");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an import needs at least one column");
        }
        Set<String> names = new HashSet<>();
        for (ImportColumn column : columns) {
            if (!names.add(column.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("column " + column.name() + " is defined twice");
            }
        }
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(writer, "writer");
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows " + maxRows);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize " + batchSize);
        }
    }

    public static <T> Builder<T> builder(String kind) {
        return new Builder<>(kind);
    }

    public List<String> columnNames() {
        return columns.stream().map(ImportColumn::name).toList();
    }

    public static final class Builder<T> {
        private final String kind;
        private final List<ImportColumn> columns = new ArrayList<>();
        private RowMapper<T> mapper;
        private RowMatcher<T> matcher = RowMatcher.none();
        private ImportWriter<T> writer;
        private boolean workbooks;
        private long maxRows;
        private DataSize maxFileSize;
        private int batchSize = ImportService.BATCH;
        private boolean readAhead;

        private Builder(String kind) {
            this.kind = kind;
        }

        /** Columns every file must have. */
        public Builder<T> required(String... names) {
            for (String name : names) {
                columns.add(new ImportColumn(name, true));
            }
            return this;
        }

        /** Columns a file may have. */
        public Builder<T> optional(String... names) {
            for (String name : names) {
                columns.add(new ImportColumn(name, false));
            }
            return this;
        }

        public Builder<T> mapper(RowMapper<T> mapper) {
            this.mapper = mapper;
            return this;
        }

        /** How rows match stored records; without one, every row is new. */
        public Builder<T> matcher(RowMatcher<T> matcher) {
            this.matcher = matcher;
            return this;
        }

        public Builder<T> writer(ImportWriter<T> writer) {
            this.writer = writer;
            return this;
        }

        /** XLSX workbooks (their first sheet, read as a stream) are accepted as well as CSV. */
        public Builder<T> workbooks() {
            this.workbooks = true;
            return this;
        }

        /** Files with more data rows than this are refused as a whole; 0 (the default) sets no limit. */
        public Builder<T> maxRows(long maxRows) {
            this.maxRows = maxRows;
            return this;
        }

        /** A size limit of this import's own instead of {@code kinerja.import.max-file-size}. */
        public Builder<T> maxFileSize(DataSize maxFileSize) {
            this.maxFileSize = maxFileSize;
            return this;
        }

        /**
         * How many rows the matcher and the writer receive at a time (default {@value ImportService#BATCH}):
         * larger batches mean fewer statements for a module that writes a batch set-based.
         */
        public Builder<T> batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /**
         * A commit reads, checks and matches the next batch on a second thread while the writer writes the
         * current one in the commit's transaction. Only for a mapper and a matcher that may run outside that
         * transaction (they see the data as committed, not what the writer has written so far) and on another
         * thread (the user's locale and security context are passed on, no other thread-bound state): typically
         * a matcher looking up a registry that the file itself cannot match, because the mapper refuses the same
         * record twice in one file. The matcher still answers each batch before the writer receives it, in file
         * order, but no longer right before: it must hand what it looked up to the writer in the rows themselves.
         */
        public Builder<T> readAhead() {
            this.readAhead = true;
            return this;
        }

        public ImportDefinition<T> build() {
            return new ImportDefinition<>(kind, columns, mapper, matcher, writer, workbooks, maxRows, maxFileSize,
                    batchSize, readAhead);
        }
    }
}
