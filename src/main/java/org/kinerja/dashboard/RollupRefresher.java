package org.kinerja.dashboard;

import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.kinerja.delivery.EventKind;
import org.kinerja.delivery.EventService;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.EntityChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the rollups up to date: rebuilds every year's at start-up and, after each committed change to records
 * the dashboard counts, once more after a short delay on one background thread. Changes arriving while a rebuild
 * waits are counted by it; changes arriving while one runs get one more after it, so a burst of any size costs
 * one or two rebuilds. Each year is rebuilt in a transaction of its own that holds an advisory lock, so two
 * nodes never rebuild the same year at once.
 */
@Component
class RollupRefresher implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RollupRefresher.class);
    /** Changes that no figure of the dashboard depends on. */
    private static final Set<String> IRRELEVANT = Set.of("User", "AccessToken", "Contact", "Body", "Forum",
            "Partner", "Member", "Commitment", "KnowledgeFile", "ReferenceTable", "Principle");

    private final RollupRepository rollups;
    private final IndicatorStatuses indicators;
    private final EventService events;
    private final PlanService plans;
    private final TransactionTemplate transactions;
    private final Duration delay;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-rollups");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong runs = new AtomicLong();
    /** Changes before the application is ready (reference data loaders) are counted by the start-up rebuild. */
    private volatile boolean ready;

    RollupRefresher(RollupRepository rollups, IndicatorStatuses indicators, EventService events, PlanService plans,
                    TransactionTemplate transactions,
                    @Value("${kinerja.dashboard.rebuild-delay:2s}") Duration delay) {
        if (delay.isNegative() || delay.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalStateException("kinerja.dashboard.rebuild-delay must be 0 to 10 minutes; it is " + delay);
        }
        this.rollups = rollups;
        this.indicators = indicators;
        this.events = events;
        this.plans = plans;
        this.transactions = transactions;
        this.delay = delay;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        ready = true;
        request(Duration.ZERO);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(EntityChanged change) {
        if (ready && !IRRELEVANT.contains(change.entityType())) {
            request(delay);
        }
    }

    /** Whether a rebuild waits or runs on this node. */
    boolean busy() {
        return pending.get() || running.get();
    }

    /** How many rebuilds this node has started. */
    long runs() {
        return runs.get();
    }

    private void request(Duration after) {
        if (pending.compareAndSet(false, true)) {
            executor.schedule(this::run, after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void run() {
        running.set(true);
        pending.set(false);
        runs.incrementAndGet();
        try {
            rebuildAll();
        } catch (RuntimeException e) {
            LOG.error("Rebuilding the dashboard's rollups failed; the page shows the figures of the last rebuild", e);
        } finally {
            running.set(false);
        }
    }

    /** Rebuilds every year's rollups, the year the home page opens on first. */
    void rebuildAll() {
        List<Integer> years = new ArrayList<>(rollups.yearsWithData());
        int first = defaultYear(plans);
        years.sort(Comparator.comparing((Integer y) -> y != first).thenComparing(Comparator.reverseOrder()));
        List<String> kinds = events.capacityBuildingKinds().stream().map(EventKind::name).sorted().toList();
        for (int year : years) {
            rebuild(year, kinds);
        }
        transactions.executeWithoutResult(s -> rollups.keepOnly(years));
    }

    private void rebuild(int year, List<String> kinds) {
        Map<String, Map<Integer, Map<String, Integer>>> counts = null;
        String failure = null;
        try {
            counts = indicators.count(year);
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.debug("Indicator statuses of {} not counted: {}", year, failure);
        }
        var indicatorCounts = counts;
        String indicatorFailure = failure;
        transactions.executeWithoutResult(s -> {
            rollups.lockYear(year);
            rollups.rebuildRecords(year, kinds);
            if (indicatorFailure == null) {
                rollups.replaceIndicators(year, indicatorCounts);
            } else {
                rollups.indicatorsFailed(year, indicatorFailure);
            }
        });
    }

    /** The current year when the current plan covers it, else the last year of the latest plan. */
    static int defaultYear(PlanService plans) {
        int now = Year.now().getValue();
        return plans.current(now).map((Plan p) -> p.startYear() <= now && now <= p.endYear() ? now : p.endYear())
                .orElse(now);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
