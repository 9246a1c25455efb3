package org.kinerja.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.kinerja.shared.InvalidInputException;

/**
 * Tells which valid rows match a stored record ({@link ImportStatus#MATCHED}) and which are new. Called
 * with batches of up to {@link ImportDefinition#batchSize()} rows, in file order, so that a module can look them
 * up with one query per batch. During a commit the writer receives each batch after the matcher has
 * answered for it, in the same order — right after, on the same thread, unless the import reads ahead
 * ({@link ImportDefinition.Builder#readAhead()}): then the matcher runs on the reading thread, a batch or two
 * ahead, and what it looked up for the writer must travel in the rows themselves.
 */
@FunctionalInterface
public interface RowMatcher<T> {

    /** One answer per row of {@code batch}, in the same order: {@code true} when it matches. */
    boolean[] matches(List<T> batch);

    /**
     * The rows of the batch just matched that cannot be imported because of what they matched — e.g. a row
     * matching the same stored record as an earlier row of the file — by position in {@code batch}, each with
     * its reasons. They are errors of the file like any other: listed by the preview, refused by the commit.
     * Called right after {@link #matches} for the same batch, on the same thread; none by default.
     */
    default Map<Integer, List<InvalidInputException.Violation>> refused(List<T> batch) {
        return Map.of();
    }

    /** Every row is new. */
    static <T> RowMatcher<T> none() {
        return batch -> new boolean[batch.size()];
    }

    /**
     * Rows match by a key: {@code existing} receives the keys of a batch and answers those that are
     * stored, e.g. {@code RowMatcher.byKey(Person::email, people::existingEmails)}.
     */
    static <T, K> RowMatcher<T> byKey(Function<? super T, K> key, Function<Set<K>, Set<K>> existing) {
        return batch -> {
            Set<K> keys = new HashSet<>();
            for (T row : batch) {
                keys.add(key.apply(row));
            }
            Set<K> stored = existing.apply(keys);
            boolean[] matches = new boolean[batch.size()];
            for (int i = 0; i < matches.length; i++) {
                matches[i] = stored.contains(key.apply(batch.get(i)));
            }
            return matches;
        };
    }
}
