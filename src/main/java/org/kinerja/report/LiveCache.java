package org.kinerja.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A small cache of values that are expensive to make: the last {@code capacity} values used, by key, and at
 * most one making of each key at a time, which every caller asking for that key in the meantime shares. A
 * failed making is remembered (the last {@code capacity} failures) until it is retried. {@link #clear()} forgets
 * everything; a making that started before it still answers its callers but stores nothing.
 */
final class LiveCache<K, V> {

    private final int capacity;
    private final LinkedHashMap<K, V> values;
    private final LinkedHashMap<K, Throwable> failures;
    private final Map<K, CompletableFuture<V>> running = new HashMap<>();
    private final AtomicLong made = new AtomicLong();
    private long generation;

    LiveCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.values = bounded(capacity, true);
        this.failures = bounded(capacity, false);
    }

    private static <K, T> LinkedHashMap<K, T> bounded(int capacity, boolean accessOrder) {
        return new LinkedHashMap<>(16, 0.75f, accessOrder) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, T> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of {@code key} if it is made. */
    synchronized Optional<V> get(K key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Why the last making of {@code key} failed, if it did and has not been retried since. */
    synchronized Optional<Throwable> failure(K key) {
        return Optional.ofNullable(failures.get(key));
    }

    /** How many callers wait for the making of {@code key} under way (0 when none runs). */
    synchronized int waiting(K key) {
        CompletableFuture<V> under = running.get(key);
        return under == null ? 0 : under.getNumberOfDependents();
    }

    /**
     * The value of {@code key}: at once when it is made, else the making already under way, else a new making
     * on {@code executor} (which may be the caller's own thread: {@code Runnable::run}).
     */
    CompletableFuture<V> get(K key, Supplier<V> make, Executor executor) {
        CompletableFuture<V> future;
        long startedIn;
        synchronized (this) {
            V value = values.get(key);
            if (value != null) {
                return CompletableFuture.completedFuture(value);
            }
            CompletableFuture<V> under = running.get(key);
            if (under != null) {
                return under;
            }
            future = new CompletableFuture<>();
            running.put(key, future);
            failures.remove(key);
            startedIn = generation;
        }
        try {
            executor.execute(() -> make(key, make, future, startedIn));
        } catch (RuntimeException e) {
            // refused by a full executor: answered as a failed making
            finish(key, future, startedIn, null, e);
        }
        return future;
    }

    private void make(K key, Supplier<V> make, CompletableFuture<V> future, long startedIn) {
        made.incrementAndGet();
        try {
            finish(key, future, startedIn, make.get(), null);
        } catch (RuntimeException | Error e) {
            finish(key, future, startedIn, null, e);
        }
    }

    private void finish(K key, CompletableFuture<V> future, long startedIn, V value, Throwable failure) {
        synchronized (this) {
            running.remove(key, future);
            if (startedIn == generation) {
                if (failure == null) {
                    values.put(key, value);
                } else {
                    failures.put(key, failure);
                }
            }
        }
        if (failure == null) {
            future.complete(value);
        } else {
            future.completeExceptionally(failure);
        }
    }

    /** Forgets every value and failure; makings under way answer their callers and store nothing. */
    synchronized void clear() {
        generation++;
        values.clear();
        failures.clear();
        running.clear();
    }

    /** How many makings have started since the application started. */
    long made() {
        return made.get();
    }

    /** How many values are held. */
    synchronized int size() {
        return values.size();
    }

    int capacity() {
        return capacity;
    }
}
