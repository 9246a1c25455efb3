package org.kinerja.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Tells which valid rows match a stored record ({@link ImportStatus#MATCHED}) and which are new. Called
 * with batches of up to {@link ImportDefinition#batchSize()} rows, in file order, so that a module can look them
 * up with one query per batch. During a commit the writer receives each batch right after the matcher
 * has answered for it, on the same thread, so a module may keep what its matcher looked up for its writer.
 */
@FunctionalInterface
public interface RowMatcher<T> {

    /** One answer per row of {@code batch}, in the same order: {@code true} when it matches. */
    boolean[] matches(List<T> batch);

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
