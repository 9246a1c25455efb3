package org.kinerja.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extracts the text of uploaded PDFs for search, in the background, after the upload has committed: the
 * upload answers at once and the product page says "text being indexed" until the state in PostgreSQL says
 * done. Any node takes waiting files (PENDING, or RUNNING and abandoned) one at a time, claimed in the
 * database so that each is extracted once; at start a node also takes what was left waiting.
 */
@Component
class TextIndexer {

    private static final Logger log = LoggerFactory.getLogger(TextIndexer.class);

    private final FileRepository files;
    private final KnowledgeRepository products;
    private final TransactionTemplate tx;
    private final int maxChars;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "knowledge-text");
        t.setDaemon(true);
        return t;
    });

    TextIndexer(FileRepository files, KnowledgeRepository products, PlatformTransactionManager transactions,
                @Value("${kinerja.knowledge.max-text-chars:200000}") int maxChars) {
        this.files = files;
        this.products = products;
        this.tx = new TransactionTemplate(transactions);
        this.maxChars = maxChars;
    }

    @TransactionalEventListener
    void fileStored(KnowledgeService.FileStored event) {
        wake();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        wake();
    }

    private void wake() {
        try {
            worker.submit(this::drain);
        } catch (RejectedExecutionException e) {
            // shutting down: the next node to start takes the waiting files
        }
    }

    /** Extracts waiting files until none is left. */
    void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            Optional<Long> next = tx.execute(status -> files.claimNext());
            if (next == null || next.isEmpty()) {
                return;
            }
            extract(next.get());
        }
    }

    private void extract(long fileId) {
        PdfText.Result result;
        Path temp = null;
        try {
            temp = Files.createTempFile("kinerja-knowledge-", ".pdf");
            try (InputStream in = files.open(fileId)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            result = PdfText.extract(temp, maxChars);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not read the stored file {} for its text: {}", fileId, e.toString());
            result = new PdfText.Result(TextState.FAILED, "", "knowledge.text.unreadable");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
        PdfText.Result done = result;
        tx.executeWithoutResult(status -> files.finishText(fileId, done.state(), done.text(), done.note())
                .ifPresent(products::refreshSearch));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
