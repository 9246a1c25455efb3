package org.kinerja.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of an import file as a {@link RowMapper} sees it: values by column name.
 */
public final class CsvRow {

    private final int row;
    private final List<String> values;
    /** Lower-case column name → position in the file, for the columns the file has. */
    private final Map<String, Integer> positions;
    private final Map<String, ImportColumn> columns;

    CsvRow(int row, List<String> values, Map<String, Integer> positions, Map<String, ImportColumn> columns) {
        this.row = row;
        this.values = values;
        this.positions = positions;
        this.columns = columns;
    }

    /** The row as a spreadsheet numbers it: the header is row 1. */
    public int row() {
        return row;
    }

    /**
     * The value in {@code column} without surrounding blanks; empty when the row has none there or the
     * file does not have that (optional) column.
     *
     * @throws IllegalArgumentException when the import defines no such column
     */
    public String get(String column) {
        return raw(column).strip();
    }

    /** The value in {@code column} exactly as in the file; empty when there is none. */
    public String raw(String column) {
        String key = column.toLowerCase(Locale.ROOT);
        if (!columns.containsKey(key)) {
            throw new IllegalArgumentException("the import defines no column " + column);
        }
        Integer position = positions.get(key);
        return position == null || position >= values.size() ? "" : values.get(position);
    }

    /** Whether {@code column} has a value that is not blank. */
    public boolean has(String column) {
        return !get(column).isEmpty();
    }

    /** Whether the file has the (optional) column at all. */
    public boolean present(String column) {
        return positions.containsKey(column.toLowerCase(Locale.ROOT));
    }

    /** The values in file order. */
    public List<String> values() {
        return values;
    }
}
