package org.kinerja.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a list is exported: a title and its columns, each a header (a message key, resolved in the user's
 * language), a {@link ColumnType} and the function that takes the value from a row. Build it once and
 * keep it in a constant:
 *
 * <pre>{@code
 * static final ExportTable<PlanSummary> PLANS = ExportTable.<PlanSummary>builder("plan.list.title")
 *         .text("plan.export.code", PlanSummary::code)
 *         .number("plan.export.startYear", PlanSummary::startYear)
 *         .build();
 * }</pre>
 *
 * @param <T> the type of the rows
 */
public final class ExportTable<T> {

    /**
     * One column.
     *
     * @param headerKey message key of the header
     * @param type      how formats write its values
     * @param value     the value of a row; {@code null} leaves the cell empty
     */
    public record Column<T>(String headerKey, ColumnType type, Function<? super T, ?> value) {
        public Column {
            Objects.requireNonNull(headerKey, "headerKey");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }
    }

    private final String titleKey;
    private final List<Column<T>> columns;
    private final ZoneId zone;

    private ExportTable(String titleKey, List<Column<T>> columns, ZoneId zone) {
        this.titleKey = titleKey;
        this.columns = List.copyOf(columns);
        this.zone = zone;
    }

    /** @param titleKey message key of the table's title, which names the XLSX sheet */
    public static <T> Builder<T> builder(String titleKey) {
        return new Builder<>(titleKey);
    }

    public String titleKey() {
        return titleKey;
    }

    public List<Column<T>> columns() {
        return columns;
    }

    /** The time zone {@link ColumnType#DATE_TIME} values are shown in (and the export's file date). */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The cells of one row, normalised for the writers: {@code String} (TEXT, not yet escaped),
     * {@code Number}, {@code LocalDate}, {@code LocalDateTime} (in {@link #zone()}), {@code Boolean} or
     * {@code null}.
     */
    Object[] cells(T row) {
        Object[] cells = new Object[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            Column<T> column = columns.get(i);
            cells[i] = normalise(column, column.value().apply(row));
        }
        return cells;
    }

    private Object normalise(Column<T> column, Object value) {
        if (value == null) {
            return null;
        }
        return switch (column.type()) {
            case TEXT -> value instanceof Enum<?> e ? e.name() : value.toString();
            case NUMBER -> expect(column, value, Number.class);
            case DATE -> expect(column, value, LocalDate.class);
            case BOOLEAN -> expect(column, value, Boolean.class);
            case DATE_TIME -> localDateTime(column, value);
        };
    }

    private LocalDateTime localDateTime(Column<T> column, Object value) {
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, zone);
        }
        if (value instanceof OffsetDateTime time) {
            return time.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime time) {
            return time.withZoneSameInstant(zone).toLocalDateTime();
        }
        return expect(column, value, LocalDateTime.class);
    }

    private static <V> V expect(Column<?> column, Object value, Class<V> type) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("column " + column.headerKey() + " is " + column.type()
                    + " but its value is a " + value.getClass().getName());
        }
        return type.cast(value);
    }

    /** Adds columns in the order they appear in the file. */
    public static final class Builder<T> {
        private final String titleKey;
        private final List<Column<T>> columns = new ArrayList<>();
        private ZoneId zone = ZoneId.systemDefault();

        private Builder(String titleKey) {
            this.titleKey = Objects.requireNonNull(titleKey, "titleKey");
        }

        /** Text; enums are written by name, anything else by {@code toString()}. */
        public Builder<T> text(String headerKey, Function<? super T, ?> value) {
            return column(headerKey, ColumnType.TEXT, value);
        }

        public Builder<T> number(String headerKey, Function<? super T, ? extends Number> value) {
            return column(headerKey, ColumnType.NUMBER, value);
        }

        public Builder<T> date(String headerKey, Function<? super T, LocalDate> value) {
            return column(headerKey, ColumnType.DATE, value);
        }

        /** A moment: an {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime} or {@code LocalDateTime}. */
        public Builder<T> dateTime(String headerKey, Function<? super T, ? extends TemporalAccessor> value) {
            return column(headerKey, ColumnType.DATE_TIME, value);
        }

        public Builder<T> bool(String headerKey, Function<? super T, Boolean> value) {
            return column(headerKey, ColumnType.BOOLEAN, value);
        }

        public Builder<T> column(String headerKey, ColumnType type, Function<? super T, ?> value) {
            columns.add(new Column<>(headerKey, type, value));
            return this;
        }

        /** The time zone of {@link ColumnType#DATE_TIME} columns; the server's by default. */
        public Builder<T> zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        public ExportTable<T> build() {
            if (columns.isEmpty()) {
                throw new IllegalStateException("an export table needs at least one column");
            }
            return new ExportTable<>(titleKey, columns, zone);
        }
    }
}
