package org.kinerja.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list of the API answers it.
 */
public record ListPage<T>(List<T> items, int page, int size, long total) {

    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
