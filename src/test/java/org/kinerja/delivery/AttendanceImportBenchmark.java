package org.kinerja.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kinerja.exchange.ImportPreview;
import org.kinerja.exchange.ImportResult;
import org.kinerja.exchange.ImportService;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The participant import's quality budget (product.md: CSV ≥ 20 k rows/s; XLSX 100 k rows ≤ 10 s with a heap
 * ≤ 512 MB), measured — never run by {@code verify}: {@code ./mvnw -B -o test -Pbenchmark} (the profile runs
 * only classes named {@code *Benchmark} tagged {@code benchmark}, with {@code -Xmx512m}). It generates seeded
 * 100 k-row CSV and XLSX files, imports them through {@link ImportService} into the real PostgreSQL, and
 * measures in the same run the floor: a plain JDBC batch insert of the same rows into a scratch table.
 * Figures go to {@code target/benchmarks/participant-import.md}; copy them to {@code docs/benchmarks.md}.
 */
@Tag("benchmark")
@SpringBootTest
class AttendanceImportBenchmark {

    static final int ROWS = Integer.getInteger("benchmark.rows", 100_000);
    /** The XLSX warm-up's rows: enough for the JIT to compile the workbook reader, as a server that has read one. */
    static final int WARM_UP_WORKBOOK_ROWS = 20_000;
    static final String[] MEMBERS = {"AUS", "IDN", "THA", "MYS", "PHL", "VNM", "NZL"};
    static final String[] GIVEN = {"Siti", "Ahmad", "Nguyen", "Maria", "John", "Aroha", "Somchai", "Ana", "Li", "Priya",
            "José", "Fatima", "Budi", "Kim", "Tevita", "Mei"};
    static final String[] FAMILY = {"Rahman", "Santos", "Tran", "Smith", "O'Brien", "Wongsakul", "Lim", "Hakim",
            "Ngata", "Perera", "García", "Tanaka"};
    static final String[] AGENCIES = {"Directorate General of Immigration", "National Police", "Attorney-General's Office",
            "Ministry of Foreign Affairs", "Department of Labour", "Border Force"};
    static final String[] AGENCY_TYPES = {"IMMIGRATION_BORDER", "POLICE_LAW_ENFORCEMENT", "PROSECUTION_JUSTICE",
            "FOREIGN_AFFAIRS", "LABOUR", "IMMIGRATION_BORDER"};
    static final String[] SEXES = {"FEMALE", "MALE", "FEMALE", "MALE", "OTHER", ""};
    static final String[] ROLES = {"PARTICIPANT", "PARTICIPANT", "PARTICIPANT", "SPEAKER", "FACILITATOR", ""};

    @Autowired
    ImportService imports;
    @Autowired
    AttendanceImports attendanceImports;
    @Autowired
    EventService events;
    @Autowired
    DSLContext db;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserDetailsService details;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Row {@code i} of the file made with {@code seed}: 70 % with an e-mail, every person distinct. */
    static List<String> row(Random random, String seed, int i) {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)] + " " + seed + Integer.toString(i, 36);
        int agency = random.nextInt(AGENCIES.length);
        boolean email = random.nextInt(10) < 7;
        int pre = random.nextInt(80);
        return List.of(given, family, SEXES[random.nextInt(SEXES.length)], MEMBERS[random.nextInt(MEMBERS.length)],
                AGENCIES[agency], AGENCY_TYPES[agency], random.nextInt(3) == 0 ? "" : "Officer grade " + random.nextInt(9),
                email ? (given + "." + seed + i + "@example.org").toLowerCase(Locale.ROOT) : "",
                ROLES[random.nextInt(ROLES.length)], String.valueOf(1 + random.nextInt(5)), String.valueOf(pre),
                String.valueOf(pre + random.nextInt(21)), String.valueOf(1 + random.nextInt(5)));
    }

    static Path csv(String seed, long randomSeed) throws IOException {
        Path file = Files.createTempFile("attendances-" + seed, ".csv");
        Random random = new Random(randomSeed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", AttendanceImports.COLUMNS));
            out.write('\n');
            for (int i = 1; i <= ROWS; i++) {
                List<String> values = row(random, seed, i);
                for (int c = 0; c < values.size(); c++) {
                    if (c > 0) {
                        out.write(',');
                    }
                    String v = values.get(c);
                    out.write(v.contains(",") || v.contains("'") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
                }
                out.write('\n');
            }
        }
        return file;
    }

    static Path xlsx(String seed, long randomSeed) throws IOException {
        return xlsx(seed, randomSeed, ROWS);
    }

    static Path xlsx(String seed, long randomSeed, int count) throws IOException {
        Path file = Files.createTempFile("attendances-" + seed, ".xlsx");
        Random random = new Random(randomSeed);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("attendances");
            Row header = sheet.createRow(0);
            for (int c = 0; c < AttendanceImports.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(AttendanceImports.COLUMNS.get(c));
            }
            for (int i = 1; i <= count; i++) {
                List<String> values = row(random, seed, i);
                Row r = sheet.createRow(i);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (c >= 9) {
                        r.createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        r.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    private void signIn() {
        UserDetails user = details.loadUserByUsername(Users.ADMIN_EMAIL);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long newEvent() {
        long activity = DeliveryFixtures.activity(db, "TRAINING");
        return events.create(new EventInput(activity, EventKind.TRAINING, "Import benchmark", LocalDate.of(2024, 5, 6),
                LocalDate.of(2024, 5, 8), "Bangkok", "THA", false, EventStatus.HELD, List.of("en"), List.of(), "", null)).id();
    }

    record Run(String name, double previewSeconds, double commitSeconds, long newPeople, long matched, long heapPeak,
               long heapAfter) {
        double rowsPerSecond() {
            return ROWS / commitSeconds;
        }
    }

    private Run importFile(String name, Path file, boolean measureHeap) throws IOException {
        return importFile(name, file, measureHeap, ROWS);
    }

    private Run importFile(String name, Path file, boolean measureHeap, int rows) throws IOException {
        long event = newEvent();
        HeapWatch heap = measureHeap ? HeapWatch.start() : null;
        long t0 = System.nanoTime();
        ImportPreview preview;
        try (InputStream in = Files.newInputStream(file)) {
            preview = imports.upload(attendanceImports.definition(event), file.getFileName().toString(), in);
        }
        long t1 = System.nanoTime();
        assertThat(preview.errors()).as(name).isEmpty();
        assertThat(preview.totalRows()).as(name).isEqualTo(rows);
        ImportResult result = imports.commit(attendanceImports.definition(event), preview.token());
        long t2 = System.nanoTime();
        long peak = heap == null ? 0 : heap.stop();
        long after = 0;
        if (measureHeap) {
            System.gc();
            after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        assertThat(result.committed()).as(name).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from delivery.attendance where event_id = ?", Long.class, event))
                .as(name).isEqualTo(rows);
        return new Run(name, (t1 - t0) / 1e9, (t2 - t1) / 1e9, result.newRows(), result.matchedRows(), peak, after);
    }

    /** The most heap in use while it runs: sampled every 20 ms, and the heap pools' own peaks since the start. */
    static final class HeapWatch {
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        private HeapWatch() {
            thread = new Thread(() -> {
                while (running) {
                    max.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
        }

        static HeapWatch start() {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
            HeapWatch watch = new HeapWatch();
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        long stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return max.get();
        }
    }

    /** The floor: the same rows as plain JDBC batch inserts (batch 1000, one transaction) into a scratch table. */
    private double floorSeconds(String seed, long randomSeed) {
        jdbc.execute("drop table if exists public.benchmark_floor_person");
        jdbc.execute("create table public.benchmark_floor_person (like delivery.person including defaults including identity including indexes)");
        try {
            Random random = new Random(randomSeed);
            List<List<String>> rows = new ArrayList<>(ROWS);
            for (int i = 1; i <= ROWS; i++) {
                rows.add(row(random, seed, i));
            }
            long t0 = System.nanoTime();
            transactions.executeWithoutResult(status -> {
                for (int from = 0; from < ROWS; from += 1000) {
                    jdbc.batchUpdate("insert into public.benchmark_floor_person (given_name, family_name, sex, member_code, agency,"
                                    + " agency_type, position, email, email_key, name_key, agency_key) values (?,?,?,?,?,?,?,?,?,?,?)",
                            rows.subList(from, Math.min(ROWS, from + 1000)), 1000, (ps, r) -> {
                                ps.setString(1, r.get(0));
                                ps.setString(2, r.get(1));
                                ps.setString(3, r.get(2).isEmpty() ? "NOT_RECORDED" : r.get(2));
                                ps.setString(4, r.get(3));
                                ps.setString(5, r.get(4));
                                ps.setString(6, r.get(5));
                                ps.setString(7, r.get(6));
                                ps.setString(8, r.get(7).isEmpty() ? null : r.get(7));
                                ps.setString(9, r.get(7).isEmpty() ? null : r.get(7).toLowerCase(Locale.ROOT));
                                ps.setString(10, (r.get(0) + " " + r.get(1)).toLowerCase(Locale.ROOT));
                                ps.setString(11, r.get(4).toLowerCase(Locale.ROOT));
                            });
                }
            });
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            jdbc.execute("drop table if exists public.benchmark_floor_person");
        }
    }

    @Test
    void participantImport() throws IOException {
        signIn();
        Path csv = csv("c", 20241);
        Path xlsx = xlsx("x", 20242);
        try {
            // warm-up: a first import of each format loads classes and fills the JIT, as on a running server
            importFile("warm-up", csv, false);
            Path warmWorkbook = xlsx("w", 20244, WARM_UP_WORKBOOK_ROWS);
            try {
                importFile("warm-up XLSX", warmWorkbook, false, WARM_UP_WORKBOOK_ROWS);
            } finally {
                Files.deleteIfExists(warmWorkbook);
            }
            double floor = floorSeconds("c", 20241);
            Run fresh = importFile("CSV, all new people", csv("n", 20243), false);
            Run again = importFile("CSV, all people matched", csv, false);
            Run workbook = importFile("XLSX, all new people", xlsx, true);
            double floorRate = ROWS / floor;
            StringBuilder out = new StringBuilder();
            out.append("Participant import benchmark, ").append(Instant.now()).append('\n');
            out.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" processors, max heap ")
                    .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, ")
                    .append(jdbc.queryForObject("select version()", String.class)).append('\n');
            out.append("rows: ").append(ROWS).append(", CSV ").append(Files.size(csv) >> 10).append(" KB, XLSX ")
                    .append(Files.size(xlsx) >> 10).append(" KB\n\n");
            out.append(String.format(Locale.ROOT, "floor (JDBC batch insert of the same rows): %.2f s, %.0f rows/s%n%n", floor, floorRate));
            out.append("| file | preview | commit | commit rows/s | commit time ÷ floor time | new | matched | heap peak | heap after GC |\n");
            out.append("|---|---|---|---|---|---|---|---|---|\n");
            for (Run r : List.of(fresh, again, workbook)) {
                out.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.0f | %.2f | %d | %d | %s | %s |%n", r.name(),
                        r.previewSeconds(), r.commitSeconds(), r.rowsPerSecond(), r.commitSeconds() / floor, r.newPeople(),
                        r.matched(), r.heapPeak() == 0 ? "—" : (r.heapPeak() >> 20) + " MB",
                        r.heapAfter() == 0 ? "—" : (r.heapAfter() >> 20) + " MB"));
            }
            Path report = Path.of("target", "benchmarks", "participant-import.md");
            Files.createDirectories(report.getParent());
            Files.writeString(report, out);
            System.out.println(out);
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(xlsx);
        }
    }
}
