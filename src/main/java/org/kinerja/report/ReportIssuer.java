package org.kinerja.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.kinerja.measurement.IndicatorValueService;
import org.kinerja.measurement.Period;
import org.kinerja.plan.Plan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Generates issued reports in the background on a small bounded pool: reads the data, stores the snapshot
 * JSON, renders the PDF, DOCX and XLSX from the stored snapshot (so the files are what the snapshot says),
 * locks the indicator values used, and marks the issue done. Progress 0–100 is written to the issue's row
 * after each step, so any node answers the progress bar.
 */
@Component
class ReportIssuer implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ReportIssuer.class);

    private final ReportAssembler assembler;
    private final IssuedReportRepository issued;
    private final ObjectProvider<ReportRenderer> renderer;
    private final ObjectProvider<IndicatorValueService> values;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Duration staleAfter;
    private final ThreadPoolExecutor pool;

    ReportIssuer(ReportAssembler assembler, IssuedReportRepository issued, ObjectProvider<ReportRenderer> renderer,
                 ObjectProvider<IndicatorValueService> values, JsonMapper json, TransactionTemplate transaction,
                 @Value("${kinerja.report.issue-threads:2}") int threads,
                 @Value("${kinerja.report.issue-queue:20}") int queue,
                 @Value("${kinerja.report.stale-after:15m}") Duration staleAfter) {
        this.assembler = assembler;
        this.issued = issued;
        this.renderer = renderer;
        this.values = values;
        this.json = json;
        this.transaction = transaction;
        this.staleAfter = staleAfter;
        this.pool = pool("report-issue-", threads, queue);
    }

    /** A pool of {@code threads} daemon threads named {@code name} + n, refusing work beyond {@code queue} waiting. */
    static ThreadPoolExecutor pool(String name, int threads, int queue) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, name + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Issues left pending by a node that stopped are failed at start, so the report can be issued again. */
    @EventListener(ApplicationReadyEvent.class)
    void failAbandoned() {
        failStale();
    }

    int failStale() {
        return issued.failStale(staleAfter, "abandoned: no progress for " + staleAfter);
    }

    /** Queues the generation of issue {@code id}; false when the pool's queue is full. */
    boolean submit(long id, ReportType type, Plan plan, Period period, ReportAudience audience) {
        try {
            pool.execute(() -> run(id, type, plan, period, audience));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private void run(long id, ReportType type, Plan plan, Period period, ReportAudience audience) {
        try {
            issued.progress(id, IssueStatus.RUNNING, 5);
            ReportData data = assembler.assemble(type, plan, period, audience);
            issued.snapshot(id, json.writeValueAsString(data), 30);
            ReportData snapshot = json.readValue(issued.snapshotJson(id).orElseThrow(), ReportData.class);
            ReportRenderer files = renderer.getObject();
            issued.file(id, ReportFormat.PDF, render(snapshot, ReportFormat.PDF, files), 60);
            issued.file(id, ReportFormat.DOCX, render(snapshot, ReportFormat.DOCX, files), 80);
            issued.file(id, ReportFormat.XLSX, render(snapshot, ReportFormat.XLSX, files), 90);
            transaction.executeWithoutResult(status -> {
                values.getObject().lockForReport(plan.code(), period, id);
                issued.done(id);
            });
        } catch (RuntimeException | IOException | Error e) {
            LOG.error("Issuing report {} failed", id, e);
            issued.failed(id, e.getClass().getSimpleName());
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    static byte[] render(ReportData data, ReportFormat format, ReportRenderer renderer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case PDF -> renderer.writePdf(data, out);
            case DOCX -> renderer.writeDocx(data, out);
            case XLSX -> renderer.writeXlsx(data, out);
        }
        return out.toByteArray();
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
