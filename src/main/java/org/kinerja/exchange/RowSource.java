package org.kinerja.exchange;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.kinerja.shared.PageQuery;

/**
 * The rows of an export, handed over one at a time so that a long list is never held in memory whole.
 * A module with a database cursor implements it directly — typically a read-only transactional service
 * method that takes the consumer ({@code sink -> audit.forEach(query, sink)}); a module with only a paged
 * list uses {@link #paged(Function)}.
 *
 * @param <T> the type of the rows
 */
@FunctionalInterface
public interface RowSource<T> {

    /** Gives every row, in order, to {@code sink}. */
    void forEach(Consumer<? super T> sink);

    /** Rows already in memory. */
    static <T> RowSource<T> of(Iterable<? extends T> rows) {
        return sink -> rows.forEach(sink);
    }

    /** The rows of a stream, opened when the export starts and closed when it ends. */
    static <T> RowSource<T> stream(Supplier<? extends Stream<? extends T>> rows) {
        return sink -> {
            try (Stream<? extends T> stream = rows.get()) {
                stream.forEachOrdered(sink);
            }
        };
    }

    /**
     * The rows of a paged list, fetched {@value PageQuery#MAX_SIZE} at a time until a page comes back
     * short. Each page is its own query: rows added or removed during the export may be missed or
     * repeated, which is fine for short lists; long ones should use a cursor.
     */
    static <T> RowSource<T> paged(Function<PageQuery, ? extends List<? extends T>> page) {
        return sink -> {
            for (int number = 0; ; number++) {
                List<? extends T> rows = page.apply(PageQuery.of(number, PageQuery.MAX_SIZE));
                rows.forEach(sink);
                if (rows.size() < PageQuery.MAX_SIZE) {
                    return;
                }
            }
        };
    }
}
