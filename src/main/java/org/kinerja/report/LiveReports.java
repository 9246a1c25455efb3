package org.kinerja.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.kinerja.shared.EntityChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The live (not issued) reports this node has built, their files and their page bodies, kept until the data
 * changes. Every
 * committed change of domain data ({@link EntityChanged}, after commit) and every saved narrative moves the
 * data version and forgets them all; a key also holds the day, since a running period's open requests are
 * counted as of today. Requests for a report being built share its one build: in the caller's thread for the
 * API, in the background (a small bounded pool) for the page, which polls until it is ready.
 */
@Component
class LiveReports implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LiveReports.class);
    /** Changes no report shows. */
    private static final Set<String> IRRELEVANT = Set.of("User", "AccessToken");

    /** One report's content: what it is of, the data version and the day it is read on. */
    record Key(ReportType type, String planCode, int year, Integer half, ReportAudience audience, long version,
               LocalDate day) {

        /** The report whatever the data version and day. */
        Key report() {
            return new Key(type, planCode, year, half, audience, 0, null);
        }
    }

    /** One file of a report, in the language it is written in. */
    record FileKey(Key report, ReportFormat format, Locale locale) {
    }

    /** A report's body on its web page (HTML), in the language it is written in. */
    record BodyKey(Key report, Locale locale) {
    }

    /** What the page shows: the data when built, else whether the build runs or failed. */
    record Status(LiveReport.State state, ReportData data) {
    }

    private final AtomicLong version = new AtomicLong();
    private final LiveCache<Key, ReportData> reports;
    private final LiveCache<FileKey, byte[]> files;
    private final LiveCache<BodyKey, String> bodies;
    private final ThreadPoolExecutor pool;
    /** The background build of each report under way, of whichever data version. */
    private final Map<Key, CompletableFuture<ReportData>> background = new ConcurrentHashMap<>();
    private final Clock clock;

    LiveReports(ObjectProvider<Clock> clock,
                @Value("${kinerja.report.live-reports:8}") int reports,
                @Value("${kinerja.report.live-files:6}") int files,
                @Value("${kinerja.report.live-threads:2}") int threads,
                @Value("${kinerja.report.live-queue:20}") int queue) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.reports = new LiveCache<>(reports);
        this.files = new LiveCache<>(files);
        this.bodies = new LiveCache<>(files);
        this.pool = ReportIssuer.pool("report-live-", threads, queue);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(EntityChanged change) {
        if (relevant(change)) {
            invalidate();
        }
    }

    /** Whether a report may show what the change changed. */
    static boolean relevant(EntityChanged change) {
        return !IRRELEVANT.contains(change.entityType());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void narrativeSaved(NarrativeSaved saved) {
        invalidate();
    }

    /** A narrative was written; published in the transaction that writes it. */
    record NarrativeSaved(String planCode, int year, int half, int purposeNumber) {
    }

    /** Moves the data version and forgets every report and file. */
    void invalidate() {
        version.incrementAndGet();
        reports.clear();
        files.clear();
        bodies.clear();
    }

    /** The key of a report's content as of now. */
    Key key(ReportType type, String planCode, int year, Integer half, ReportAudience audience) {
        return new Key(type, planCode, year, half, audience, version.get(), LocalDate.now(clock));
    }

    /** The report's data: the built one, else the build under way, else a build in this thread. */
    ReportData data(Key key, Supplier<ReportData> build) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // the caller's transaction may see changes of its own not committed yet: read for it alone
            return build.get();
        }
        return join(reports.get(key, build, Runnable::run));
    }

    /**
     * The report for the page: its data when built; else its build, started in the background unless one runs;
     * a failed build is reported as failed until {@code retry} starts it again.
     */
    Status status(Key key, Supplier<ReportData> build, boolean retry) {
        Optional<ReportData> built = reports.get(key);
        if (built.isPresent()) {
            return new Status(LiveReport.State.READY, built.get());
        }
        if (!retry && reports.failure(key).isPresent()) {
            return new Status(LiveReport.State.FAILED, null);
        }
        // while the data keeps changing, a report is built in the background once at a time: a build of an
        // older version finishes (storing nothing) before the next one starts
        CompletableFuture<ReportData> older = background.get(key.report());
        if (older != null && !older.isDone()) {
            return new Status(LiveReport.State.BUILDING, null);
        }
        CompletableFuture<ReportData> future = reports.get(key, () -> {
            try {
                return build.get();
            } catch (RuntimeException | Error e) {
                LOG.error("Building the live report {} failed", key, e);
                throw e;
            }
        }, pool);
        if (future.isDone()) {
            return future.isCompletedExceptionally() ? new Status(LiveReport.State.FAILED, null)
                    : new Status(LiveReport.State.READY, future.join());
        }
        background.put(key.report(), future);
        future.whenComplete((data, failure) -> background.remove(key.report(), future));
        return new Status(LiveReport.State.BUILDING, null);
    }

    /** A file of the report: the rendered one, else the rendering under way, else one in this thread. */
    byte[] file(FileKey key, Supplier<byte[]> render) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return render.get();
        }
        return join(files.get(key, render, Runnable::run));
    }

    /** The report's body for its page: the rendered one, else the rendering under way, else one in this thread. */
    String body(BodyKey key, Supplier<String> render) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return render.get();
        }
        return join(bodies.get(key, render, Runnable::run));
    }

    private static <V> V join(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** How many callers wait for the build of {@code key} under way. */
    int waiting(Key key) {
        return reports.waiting(key);
    }

    long version() {
        return version.get();
    }

    /** How many report builds this node has started. */
    long builds() {
        return reports.made();
    }

    /** How many file renderings this node has started. */
    long renderings() {
        return files.made();
    }

    /** How many page bodies this node has rendered. */
    long bodyRenderings() {
        return bodies.made();
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
