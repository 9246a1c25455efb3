package org.kinerja.directory;

import java.util.List;

import org.kinerja.shared.InvalidInputException;

/**
 * A list's order as the {@code sort} parameter gives it: a key, descending when written with a leading
 * {@code -}. An unknown key is refused naming the {@code sort} field and the keys there are.
 */
record SortOrder(String key, boolean descending) {

    static SortOrder parse(String sort, List<String> keys) {
        if (sort == null || sort.isBlank()) {
            return new SortOrder(keys.get(0), false);
        }
        String s = sort.strip();
        boolean descending = s.startsWith("-");
        String key = descending ? s.substring(1) : s;
        if (!keys.contains(key)) {
            throw InvalidInputException.of("sort", "directory.sort.unknown", String.join(", ", keys));
        }
        return new SortOrder(key, descending);
    }
}
