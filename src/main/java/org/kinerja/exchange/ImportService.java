package org.kinerja.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.kinerja.exchange.UploadRepository.Upload;
import org.kinerja.exchange.csv.CsvReader;
import org.kinerja.exchange.xlsx.XlsxRowReader;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports CSV files in two steps. {@link #upload} stores the file in PostgreSQL under a token and answers
 * its {@link ImportPreview}: what each row would become (new, matched, invalid and why). {@link #commit}
 * reads the stored file again, checks every row again (the data may have changed since the preview) and
 * hands the valid rows to the module's writer in one transaction — only if no row is invalid; otherwise
 * nothing is written. Any node can commit a file any other node stored; uploads expire after
 * {@code kinerja.import.upload-ttl} (one hour) and belong to the user who uploaded them.
 *
 * <p>Files are read as a stream: memory holds one chunk of the file, one batch of rows (a commit that reads
 * ahead: the batch being read, at most {@value #AHEAD} waiting and the one being written) and the bounded
 * report, whatever the file's size. Problems with the file as a whole — too large, not CSV, not UTF-8,
 * missing or unknown columns, no rows — are thrown as {@link InvalidInputException} on the field
 * {@code file}.
 */
@Service
public class ImportService {

    /** How many rows and errors a preview or result lists at most. */
    public static final int REPORT_LIMIT = 100;
    /** How many rows the matcher and the writer receive at a time, unless the definition says otherwise. */
    public static final int BATCH = 500;
    /** How many read batches may wait for the writer of a commit that reads ahead. */
    static final int AHEAD = 2;
    /** How often a running commit writes its progress at most. */
    static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final UploadRepository uploads;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separate;
    private final MessageSource messages;
    private final DataSize maxFileSize;
    private final Duration uploadTtl;

    ImportService(UploadRepository uploads, PlatformTransactionManager transactionManager, MessageSource messages,
                  @Value("${kinerja.import.max-file-size:20MB}") DataSize maxFileSize,
                  @Value("${kinerja.import.upload-ttl:1h}") Duration uploadTtl) {
        this.uploads = uploads;
        this.transactions = new TransactionTemplate(transactionManager);
        this.separate = new TransactionTemplate(transactionManager);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.messages = messages;
        this.maxFileSize = maxFileSize;
        this.uploadTtl = uploadTtl;
    }

    /** The largest file accepted ({@code kinerja.import.max-file-size}). */
    public DataSize maxFileSize() {
        return maxFileSize;
    }

    /** The largest file this import accepts: its own limit, else {@code kinerja.import.max-file-size}. */
    public DataSize maxFileSize(ImportDefinition<?> definition) {
        return definition.maxFileSize() != null ? definition.maxFileSize() : maxFileSize;
    }

    /** The limit for people: {@code 20 MB}. */
    public String maxFileSizeText() {
        return sizeText(maxFileSize);
    }

    /** This import's limit for people: {@code 20 MB}. */
    public String maxFileSizeText(ImportDefinition<?> definition) {
        return sizeText(maxFileSize(definition));
    }

    /** A size for people: {@code 20 MB}, {@code 512 KB}, {@code 100 B}. */
    public static String sizeText(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }

    /**
     * Stores an uploaded file for the signed-in user and answers its preview.
     *
     * @throws InvalidInputException on {@code file} when the file is missing, empty, too large, not CSV,
     *                               not UTF-8, has wrong columns or no rows; nothing is kept then
     */
    public <T> ImportPreview upload(ImportDefinition<T> definition, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "exchange.import.file.required");
        }
        if (file.getSize() > maxFileSize(definition).toBytes()) {
            throw tooLarge(definition);
        }
        try (InputStream in = file.getInputStream()) {
            return upload(definition, file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #upload(ImportDefinition, MultipartFile)}, for a file that is not a multipart part. */
    public <T> ImportPreview upload(ImportDefinition<T> definition, String fileName, InputStream content) {
        long owner = owner();
        String name = cleanName(fileName);
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        boolean workbookName = lower.endsWith(".xlsx");
        if (dot >= 0 && !lower.endsWith(".csv") && !lower.endsWith(".txt") && !(definition.workbooks() && workbookName)) {
            if (definition.workbooks()) {
                throw InvalidInputException.of("file", "exchange.import.file.typeOrWorkbook");
            }
            throw InvalidInputException.of("file", workbookName || lower.endsWith(".xls")
                    ? "exchange.import.file.workbook" : "exchange.import.file.type");
        }
        BufferedInputStream in = new BufferedInputStream(content, 8192);
        byte[] head;
        try {
            in.mark(ZIP.length);
            head = in.readNBytes(ZIP.length);
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (head.length == 0) {
            throw InvalidInputException.of("file", "exchange.import.file.required");
        }
        if (Arrays.equals(head, ZIP) && !definition.workbooks()) {
            throw InvalidInputException.of("file", "exchange.import.file.workbook");
        }
        if (workbookName && !Arrays.equals(head, ZIP)) {
            throw InvalidInputException.of("file", "exchange.import.file.notWorkbook");
        }
        long limit = maxFileSize(definition).toBytes();
        Instant now = Instant.now();
        uploads.deleteExpired(now);
        UUID token;
        try {
            token = transactions.execute(status -> {
                try {
                    return uploads.store(definition.kind(), owner, name, in, limit, now, now.plus(uploadTtl));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UploadRepository.TooLarge e) {
            throw tooLarge(definition);
        }
        try {
            ImportPreview preview = preview(definition, token);
            uploads.rowCount(token, preview.totalRows());
            return preview;
        } catch (RuntimeException e) {
            uploads.delete(token);
            throw e;
        }
    }

    /**
     * The preview of a stored upload, computed again from the file (so it can be shown again on any node).
     *
     * @throws NotFoundException when there is no such upload for this import and user, or it has expired
     */
    public <T> ImportPreview preview(ImportDefinition<T> definition, UUID token) {
        Upload upload = uploads.find(token, Instant.now()).filter(u -> belongs(u, definition, owner()))
                .orElseThrow(ImportService::notFound);
        Report report = new Report(true);
        try (InputStream in = uploads.open(token)) {
            scan(in, new Rows<>(definition, report, batch -> {
            }, rows -> {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportPreview(upload.token(), upload.kind(), upload.fileName(), upload.fileSize(),
                upload.expiresAt(), report.columns, report.totalRows, report.newRows, report.matchedRows,
                report.invalidRows, report.errorCount, report.errors,
                report.rows.stream().map(PreviewRow::toRow).toList());
    }

    /**
     * Checks every row of the stored file again and, if none is invalid, hands them all to the module's
     * writer in one transaction and deletes the upload. If any row is invalid, or the writer throws,
     * nothing is written and the upload stays for another try.
     *
     * @throws NotFoundException when there is no such upload for this import and user, it has expired, or
     *                           it was committed already
     */
    public <T> ImportResult commit(ImportDefinition<T> definition, UUID token) {
        long owner = owner();
        Upload upload = uploads.find(token, Instant.now()).filter(u -> belongs(u, definition, owner))
                .orElseThrow(ImportService::notFound);
        separately(() -> uploads.startProgress(upload));
        Progress progress = new Progress(token);
        // the reading thread reads the stored file with connections of its own: only when it is committed already
        boolean ahead = definition.readAhead() && !TransactionSynchronizationManager.isActualTransactionActive();
        try {
            ImportResult result = transactions.execute(status -> {
                uploads.lock(token, Instant.now()).filter(u -> belongs(u, definition, owner))
                        .orElseThrow(ImportService::notFound);
                Report report = new Report(false);
                try (InputStream in = uploads.open(token)) {
                    Rows<T> rows = new Rows<>(definition, report, definition.writer(), progress::rows);
                    if (ahead) {
                        scanAhead(in, rows);
                    } else {
                        scan(in, rows);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (report.invalidRows > 0) {
                    status.setRollbackOnly();
                    return report.result(false);
                }
                uploads.delete(token);
                return report.result(true);
            });
            progress.end(result.committed() ? ImportProgress.DONE : ImportProgress.FAILED, result.totalRows());
            return result;
        } catch (RuntimeException e) {
            progress.end(ImportProgress.FAILED, progress.rows);
            throw e;
        }
    }

    /**
     * How far the commit of an upload of the signed-in user has come; empty before it started (or a day
     * after it ended).
     */
    public Optional<ImportProgress> progress(ImportDefinition<?> definition, UUID token) {
        return uploads.findProgress(token, definition.kind(), owner());
    }

    /** Runs {@code work} in a transaction of its own, outside the commit's, so that other nodes see it at once. */
    private void separately(Runnable work) {
        separate.executeWithoutResult(status -> work.run());
    }

    /** Writes a commit's progress at most every {@link #PROGRESS_INTERVAL}. */
    private final class Progress {
        private final UUID token;
        private long rows;
        private long written = System.nanoTime();

        Progress(UUID token) {
            this.token = token;
        }

        void rows(long rows) {
            this.rows = rows;
            long now = System.nanoTime();
            if (now - written >= PROGRESS_INTERVAL.toNanos()) {
                written = now;
                separately(() -> uploads.progress(token, ImportProgress.RUNNING, rows));
            }
        }

        void end(String state, long rows) {
            try {
                separately(() -> uploads.progress(token, state, rows));
            } catch (RuntimeException e) {
                // the import's outcome stands; only its progress display is stale
            }
        }
    }

    /** Deletes an upload that will not be committed; nothing happens when there is none. */
    public void discard(ImportDefinition<?> definition, UUID token) {
        uploads.find(token, Instant.now()).filter(u -> belongs(u, definition, owner()))
                .ifPresent(u -> uploads.delete(u.token()));
    }

    /** Every message of {@code e} in the user's language, e.g. to list a file's problems on a page. */
    public List<String> messages(InvalidInputException e) {
        return e.violations().stream().map(v -> text(v.messageKey(), v.args())).toList();
    }

    /** Reads the file and handles each batch of rows on this thread as soon as it is read. */
    private <T> void scan(InputStream content, Rows<T> rows) throws IOException {
        read(content, rows, batch -> rows.write(rows.match(batch)));
    }

    /**
     * Reads the file on a thread of its own — reading, checking and matching the next batch while this thread
     * writes the current one — and writes here, in this thread's transaction. At most {@link #AHEAD} batches wait
     * between the two. What the reading thread throws is thrown here once the batches before it are written; when
     * writing fails, the reading thread stops at its next batch and this returns only after it has ended.
     */
    private <T> void scanAhead(InputStream content, Rows<T> rows) throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        AtomicBoolean stop = new AtomicBoolean();
        LocaleContext locale = LocaleContextHolder.getLocaleContext();
        SecurityContext security = SecurityContextHolder.getContext();
        FutureTask<Void> reading = new FutureTask<>(() -> {
            LocaleContextHolder.setLocaleContext(locale);
            SecurityContextHolder.setContext(security);
            try {
                read(content, rows, batch -> handOver(queue, stop, rows.match(batch)));
            } finally {
                if (!stop.get()) {
                    handOver(queue, stop, END);
                }
                LocaleContextHolder.resetLocaleContext();
                SecurityContextHolder.clearContext();
            }
            return null;
        });
        Thread reader = new Thread(reading, "import-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Object item = queue.take(); item != END; item = queue.take()) {
                @SuppressWarnings("unchecked")
                Matched<T> batch = (Matched<T>) item;
                rows.write(batch);
            }
            reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopReading(stop, queue, reader);
            throw new IllegalStateException("the import was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (RuntimeException | Error e) {
            stopReading(stop, queue, reader);
            throw e;
        }
    }

    /** Marks the end of the file in the hand-over queue. */
    private static final Object END = new Object();

    /** Hands a batch (or {@link #END}) to the writing thread; gives up when it has stopped. */
    private static void handOver(BlockingQueue<Object> queue, AtomicBoolean stop, Object item) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new CancellationException("the writing thread has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** Stops the reading thread after the writing thread failed, and waits until it has ended. */
    private static void stopReading(AtomicBoolean stop, BlockingQueue<Object> queue, Thread reader) {
        stop.set(true);
        queue.clear();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> void read(InputStream content, Rows<T> rows, Consumer<List<Pending<T>>> batches) throws IOException {
        ImportDefinition<T> definition = rows.definition;
        BufferedInputStream in = new BufferedInputStream(content, 8192);
        in.mark(ZIP.length);
        byte[] head = in.readNBytes(ZIP.length);
        in.reset();
        Scan<T> scan = new Scan<>(definition, rows.report, batches);
        if (Arrays.equals(head, ZIP)) {
            if (!definition.workbooks()) {
                throw InvalidInputException.of("file", "exchange.import.file.workbook");
            }
            try {
                XlsxRowReader.read(in, scan::record);
            } catch (XlsxRowReader.NotAWorkbookException e) {
                throw InvalidInputException.of("file", "exchange.import.file.notWorkbook");
            }
            scan.finish();
            return;
        }
        CsvReader csv = null;
        try {
            csv = CsvReader.open(in);
            List<String> values;
            while ((values = csv.next()) != null) {
                scan.record(csv.recordNumber(), values);
            }
            scan.finish();
        } catch (CharacterCodingException e) {
            int row = csv == null ? 1 : Math.max(1, csv.recordNumber());
            throw InvalidInputException.of("file", "exchange.import.file.encoding", String.valueOf(row));
        } catch (CsvReader.UnclosedQuoteException e) {
            throw InvalidInputException.of("file", "exchange.import.file.unclosedQuote", String.valueOf(e.record()));
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
    }

    /** The rows of one file as they are read, CSV or XLSX: the header first, then the data rows. */
    private final class Scan<T> {
        private final ImportDefinition<T> definition;
        private final Report report;
        private final Consumer<List<Pending<T>>> batches;
        private final Map<String, ImportColumn> columns = new LinkedHashMap<>();
        private final Map<String, Integer> positions = new HashMap<>();
        private final List<Integer> unnamed = new ArrayList<>();
        private List<Pending<T>> pending;
        private List<String> header;

        Scan(ImportDefinition<T> definition, Report report, Consumer<List<Pending<T>>> batches) {
            this.definition = definition;
            this.report = report;
            this.batches = batches;
            this.pending = new ArrayList<>(definition.batchSize());
            definition.columns().forEach(c -> columns.put(c.name().toLowerCase(Locale.ROOT), c));
        }

        void record(int row, List<String> values) {
            if (header == null) {
                if (blank(values)) {
                    throw InvalidInputException.of("file", "exchange.import.file.noHeader");
                }
                header = values;
                checkHeader(definition, header, columns, positions, unnamed);
                report.columns = header.stream().map(String::strip).toList();
                return;
            }
            if (blank(values)) {
                return;
            }
            if (definition.maxRows() > 0 && report.totalRows >= definition.maxRows()) {
                throw InvalidInputException.of("file", "exchange.import.file.tooManyRows",
                        String.valueOf(definition.maxRows()));
            }
            PreviewRow view = report.start(row, values);
            List<ImportError> problems = shapeProblems(row, values, header.size(), unnamed);
            if (!problems.isEmpty()) {
                report.invalid(view, problems);
                return;
            }
            RowResult<T> result = map(definition, new CsvRow(row, values, positions, columns));
            if (!result.isValid()) {
                report.invalid(view, rowErrors(row, result.errors()));
                return;
            }
            pending.add(new Pending<>(row, result.value(), view));
            if (pending.size() == definition.batchSize()) {
                handOver();
            }
        }

        void finish() {
            if (header == null) {
                throw InvalidInputException.of("file", "exchange.import.file.noHeader");
            }
            if (!pending.isEmpty()) {
                handOver();
            }
            if (report.totalRows == 0) {
                throw InvalidInputException.of("file", "exchange.import.file.noRows");
            }
        }

        private void handOver() {
            List<Pending<T>> batch = pending;
            pending = new ArrayList<>(definition.batchSize());
            batches.accept(batch);
        }
    }

    /**
     * Where the batches of a file go: matched by the module's matcher (counted in the report) on the reading
     * thread, then written by its writer — as long as no row of the file so far was invalid, since the commit
     * will be refused then anyway — on the writing thread, which then reports how many rows are read.
     */
    private final class Rows<T> {
        private final ImportDefinition<T> definition;
        private final Report report;
        private final ImportWriter<T> writer;
        private final LongConsumer afterBatch;

        Rows(ImportDefinition<T> definition, Report report, ImportWriter<T> writer, LongConsumer afterBatch) {
            this.definition = definition;
            this.report = report;
            this.writer = writer;
            this.afterBatch = afterBatch;
        }

        Matched<T> match(List<Pending<T>> pending) {
            List<T> values = pending.stream().map(Pending::value).toList();
            boolean[] matches = definition.matcher().matches(values);
            if (matches.length != pending.size()) {
                throw new IllegalStateException("the matcher of " + definition.kind() + " answered " + matches.length
                        + " times for " + pending.size() + " rows");
            }
            Map<Integer, List<InvalidInputException.Violation>> refused = definition.matcher().refused(values);
            List<ImportRow<T>> rows = new ArrayList<>(pending.size());
            for (int i = 0; i < matches.length; i++) {
                Pending<T> p = pending.get(i);
                List<InvalidInputException.Violation> reasons = refused.get(i);
                if (reasons != null && !reasons.isEmpty()) {
                    report.invalid(p.view(), rowErrors(p.row(), reasons));
                    continue;
                }
                ImportStatus status = matches[i] ? ImportStatus.MATCHED : ImportStatus.NEW;
                report.valid(p.view(), status);
                rows.add(new ImportRow<>(p.row(), status, p.value()));
            }
            return new Matched<>(rows, report.invalidRows == 0, report.totalRows);
        }

        void write(Matched<T> batch) {
            if (batch.clean()) {
                writer.write(batch.rows());
            }
            afterBatch.accept(batch.rowsRead());
        }
    }

    /** A matched batch on its way to the writer: whether the file had no invalid row up to it, and how many rows were read. */
    private record Matched<T>(List<ImportRow<T>> rows, boolean clean, long rowsRead) {
    }

    /** Missing, unknown and repeated columns are the file's fault; blank headers are allowed if their column stays empty. */
    private void checkHeader(ImportDefinition<?> definition, List<String> header, Map<String, ImportColumn> columns,
                             Map<String, Integer> positions, List<Integer> unnamed) {
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String key = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                unnamed.add(i);
            } else if (!columns.containsKey(key)) {
                unknown.add(name);
            } else if (positions.putIfAbsent(key, i) != null) {
                repeated.add(name);
            }
        }
        List<String> missing = definition.columns().stream()
                .filter(c -> c.required() && !positions.containsKey(c.name().toLowerCase(Locale.ROOT)))
                .map(ImportColumn::name).toList();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (!missing.isEmpty()) {
            errors.add("file", "exchange.import.header.missing", String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            errors.add("file", "exchange.import.header.unknown", String.join(", ", unknown),
                    String.join(", ", definition.columnNames()));
        }
        if (!repeated.isEmpty()) {
            errors.add("file", "exchange.import.header.repeated", String.join(", ", repeated));
        }
        errors.throwIfAny();
    }

    /** Values beyond the header, or under a column without a name, would be dropped silently: refused instead. */
    private List<ImportError> shapeProblems(int row, List<String> values, int columns, List<Integer> unnamed) {
        List<ImportError> problems = new ArrayList<>();
        if (values.size() > columns && !blank(values.subList(columns, values.size()))) {
            problems.add(new ImportError(row, null, text("exchange.import.row.extraValues",
                    String.valueOf(values.size()), String.valueOf(columns))));
        }
        for (int position : unnamed) {
            if (position < values.size() && !values.get(position).isBlank()) {
                problems.add(new ImportError(row, null, text("exchange.import.row.unnamedColumn",
                        String.valueOf(position + 1))));
            }
        }
        return problems;
    }

    private List<ImportError> rowErrors(int row, List<InvalidInputException.Violation> violations) {
        return violations.stream().map(v -> new ImportError(row, v.field(), text(v.messageKey(), v.args()))).toList();
    }

    private static <T> RowResult<T> map(ImportDefinition<T> definition, CsvRow row) {
        try {
            return definition.mapper().map(row);
        } catch (InvalidInputException e) {
            return RowResult.invalid(e.violations());
        }
    }

    private static boolean belongs(Upload upload, ImportDefinition<?> definition, long owner) {
        return upload.kind().equals(definition.kind()) && upload.ownerId() == owner;
    }

    private static long owner() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return user.id();
        }
        throw new AccessDeniedException("an import needs a signed-in user");
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return name.isEmpty() ? "upload.csv" : name;
    }

    private static boolean blank(List<String> values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private InvalidInputException tooLarge(ImportDefinition<?> definition) {
        return InvalidInputException.of("file", "exchange.import.file.tooLarge", maxFileSizeText(definition));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("exchange.import.notFound");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private record Pending<T>(int row, T value, PreviewRow view) {
    }

    /** A row of the preview being built; its status is known once its batch has been matched. */
    private static final class PreviewRow {
        private final int row;
        private final List<String> values;
        private ImportStatus status;
        private List<ImportError> errors = List.of();

        PreviewRow(int row, List<String> values) {
            this.row = row;
            this.values = values;
        }

        ImportPreview.Row toRow() {
            return new ImportPreview.Row(row, status, values, errors);
        }
    }

    /** Counts for the whole file; rows and errors only up to {@link #REPORT_LIMIT}. */
    private static final class Report {
        private final boolean keepRows;
        private List<String> columns = List.of();
        private final List<PreviewRow> rows = new ArrayList<>();
        private final List<ImportError> errors = new ArrayList<>();
        private long totalRows;
        private long newRows;
        private long matchedRows;
        private long invalidRows;
        private long errorCount;

        Report(boolean keepRows) {
            this.keepRows = keepRows;
        }

        PreviewRow start(int row, List<String> values) {
            totalRows++;
            if (!keepRows || rows.size() >= REPORT_LIMIT) {
                return null;
            }
            PreviewRow view = new PreviewRow(row, List.copyOf(values));
            rows.add(view);
            return view;
        }

        void invalid(PreviewRow view, List<ImportError> rowErrors) {
            invalidRows++;
            errorCount += rowErrors.size();
            for (ImportError error : rowErrors) {
                if (errors.size() < REPORT_LIMIT) {
                    errors.add(error);
                }
            }
            if (view != null) {
                view.status = ImportStatus.ERROR;
                view.errors = List.copyOf(rowErrors);
            }
        }

        void valid(PreviewRow view, ImportStatus status) {
            if (status == ImportStatus.MATCHED) {
                matchedRows++;
            } else {
                newRows++;
            }
            if (view != null) {
                view.status = status;
            }
        }

        ImportResult result(boolean committed) {
            return new ImportResult(committed, totalRows, newRows, matchedRows, invalidRows, errorCount, errors);
        }
    }
}
