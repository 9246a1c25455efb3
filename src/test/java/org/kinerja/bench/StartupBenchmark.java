package org.kinerja.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kinerja.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Cold start to the first 200 and idle memory of the packaged application ({@code target/kinerja.jar}, built by
 * {@code ./mvnw -B -o -DskipTests package}) started with {@code -Xmx512m} against the migrated bench database,
 * against the floor of a bare JVM that opens one JDBC connection. Budgets (product.md): start ≤ 6 s, resident
 * memory ≤ 400 MB idle. The same jar is also started the way docs/operations.md recommends for production
 * ("Start-up"): extracted ({@code -Djarmode=tools extract}) and with a class data sharing archive written by a
 * training run ({@code -XX:ArchiveClassesAtExit}, {@code -Dspring.context.exit=onRefresh}), made here once per
 * benchmark run in {@code target/benchmarks/cds}. Figures go to {@code target/benchmarks/startup.md}.
 */
@BenchData.OnBenchDatabase
class StartupBenchmark {

    static final int RUNS = 2;
    static final Duration IDLE = Duration.ofSeconds(10);
    static final BenchReport report = new BenchReport("Start-up and idle memory on the bench data");

    @Autowired
    ApplicationContext context;

    @AfterAll
    static void write() throws Exception {
        report.write("startup", "kept benchmark database");
    }

    /** Wall time to ready, processor time used by then (user + system, all threads) and idle resident memory. */
    record Start(double seconds, double cpuSeconds, long rssKb) {
    }

    /** The processor time the process has used, in seconds ({@code /proc/<pid>/stat} utime + stime, 100 Hz ticks). */
    static double cpuSeconds(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after "pid (comm) ": state is field 3, utime 14 and stime 15 of the whole line
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A Kinerja process on the database: {@code java -Xmx512m <jvmOptions> -jar <jar>}. */
    private static ProcessBuilder java(TestDatabase db, int port, Path jar, String... jvmOptions) {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx512m"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SPRING_DATASOURCE_URL", db.url());
        pb.environment().put("SPRING_DATASOURCE_USERNAME", db.username());
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", db.password());
        pb.environment().put("SERVER_PORT", String.valueOf(port));
        return pb;
    }

    /**
     * The production start of docs/operations.md: the jar extracted into {@code dir} and a class data sharing
     * archive written by one training run that stops after the context refresh; answers the archive.
     */
    private static Path classDataSharing(Path jar, TestDatabase db, Path dir) throws Exception {
        run(new ProcessBuilder(javaBin(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
                "--destination", dir.toString()), dir.resolveSibling("cds-extract.log"));
        Path archive = dir.resolve("kinerja.jsa");
        Files.deleteIfExists(archive);
        run(java(db, freePort(), dir.resolve("kinerja.jar"), "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh"), dir.resolveSibling("cds-training.log"));
        assertThat(archive).as("the training run wrote no archive; see " + dir.resolveSibling("cds-training.log")).exists();
        return archive;
    }

    private static void run(ProcessBuilder pb, Path log) throws Exception {
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).as("still running after 5 minutes: " + log).isTrue();
        assertThat(p.exitValue()).as("failed; see " + log).isZero();
    }

    private Start kinerja(Path jar, TestDatabase db, String... jvmOptions) throws Exception {
        int port = freePort();
        ProcessBuilder pb = java(db, port, jar, jvmOptions);
        File log = Files.createTempFile("kinerja-start", ".log").toFile();
        pb.redirectErrorStream(true).redirectOutput(log);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            long deadline = t0 + Duration.ofMinutes(3).toNanos();
            while (true) {
                assertThat(p.isAlive()).as("Kinerja exited while starting; see " + log).isTrue();
                assertThat(System.nanoTime()).as("Kinerja did not answer within 3 minutes; see " + log).isLessThan(deadline);
                try {
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = cpuSeconds(p.pid());
            Thread.sleep(IDLE.toMillis());
            return new Start(seconds, cpu, rssKb(p.pid()));
        } finally {
            p.destroy();
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            Files.deleteIfExists(log.toPath());
        }
    }

    private Start bare(TestDatabase db) throws Exception {
        String classpath = System.getProperty("java.class.path");
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.contains("postgresql") || entry.endsWith("test-classes")) {
                entries.add(entry);
            }
        }
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx512m", "-cp", String.join(File.pathSeparator, entries),
                BareJdbc.class.getName(), db.url(), db.username(), db.password());
        pb.redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = cpuSeconds(p.pid());
            assertThat(line).isEqualTo("ready 1");
            Thread.sleep(IDLE.toMillis());
            return new Start(seconds, cpu, rssKb(p.pid()));
        } finally {
            p.getOutputStream().close();
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void coldStartAndIdleMemory() throws Exception {
        BenchData.ensure(context);
        Path jar = Path.of("target", "kinerja.jar");
        assertThat(jar).as("build it first: ./mvnw -B -o -DskipTests package").exists();
        TestDatabase db = TestDatabase.get("keep:" + System.getProperty("kinerja.bench.database", "kinerja_bench"));
        Path cds = Path.of("target", "benchmarks", "cds").toAbsolutePath();
        Path archive = classDataSharing(jar, db, cds);
        for (int run = 1; run <= RUNS; run++) {
            Start floor = bare(db);
            reportStart(run + ", `java -jar`", kinerja(jar, db), floor);
            reportStart(run + ", extracted with class data sharing", kinerja(cds.resolve("kinerja.jar"), db,
                    "-XX:SharedArchiveFile=" + archive), floor);
            reportStart(run + ", production start (class data sharing, C1 only)", kinerja(cds.resolve("kinerja.jar"), db,
                    "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"), floor);
        }
        report.note("class data sharing: `java -Djarmode=tools -jar target/kinerja.jar extract`, one training run"
                + " `-XX:ArchiveClassesAtExit=kinerja.jsa -Dspring.context.exit=onRefresh`, then"
                + " `java -Xmx512m -XX:SharedArchiveFile=kinerja.jsa -jar kinerja.jar`; the production start of"
                + " docs/operations.md adds `-XX:TieredStopAtLevel=1` (the C1 compiler only)");
        report.note("floor: a bare JVM (`-Xmx512m`) opening one JDBC connection to the same database and running"
                + " `select 1` (`org.kinerja.bench.BareJdbc`), timed from process start to its first line");
        report.note(String.format(Locale.ROOT, "load average at the end: %.1f on %d processors — the processor time"
                        + " is the figure that does not depend on what else the machine runs",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        report.note("the application starts against the migrated bench database: Flyway validates and Tomcat answers;"
                + " the reference data loaders (finding their resources loaded) and the dashboard's rollup rebuild run"
                + " after Tomcat has started, so the first 200 may come before they finish");
    }

    private static void reportStart(String run, Start app, Start floor) {
        report.line("run " + run + ": cold start to the first 200 (`GET /login`), `-Xmx512m`", BenchReport.ms(app.seconds()),
                BenchReport.ms(floor.seconds()), BenchReport.ratio(app.seconds() / floor.seconds()), "≤ 6 s",
                app.seconds() <= 6 ? "yes" : "**no**");
        report.line("run " + run + ": processor time used until then (user + system, all threads)",
                BenchReport.ms(app.cpuSeconds()), BenchReport.ms(floor.cpuSeconds()),
                BenchReport.ratio(app.cpuSeconds() / floor.cpuSeconds()), "—", "—");
        report.line("run " + run + ": resident memory after " + IDLE.toSeconds() + " s idle",
                String.format(Locale.ROOT, "%d MB", app.rssKb() >> 10), String.format(Locale.ROOT, "%d MB", floor.rssKb() >> 10),
                BenchReport.ratio((double) app.rssKb() / floor.rssKb()), "≤ 400 MB", app.rssKb() <= 400 * 1024 ? "yes" : "**no**");
    }
}
