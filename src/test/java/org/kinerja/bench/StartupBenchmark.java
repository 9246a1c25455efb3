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
 * memory ≤ 400 MB idle. Figures go to {@code target/benchmarks/startup.md}.
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

    private Start kinerja(Path jar, TestDatabase db) throws Exception {
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx512m", "-jar", jar.toString());
        pb.environment().put("SPRING_DATASOURCE_URL", db.url());
        pb.environment().put("SPRING_DATASOURCE_USERNAME", db.username());
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", db.password());
        pb.environment().put("SERVER_PORT", String.valueOf(port));
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
        for (int run = 1; run <= RUNS; run++) {
            Start floor = bare(db);
            Start app = kinerja(jar, db);
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
        report.note("floor: a bare JVM (`-Xmx512m`) opening one JDBC connection to the same database and running"
                + " `select 1` (`org.kinerja.bench.BareJdbc`), timed from process start to its first line");
        report.note(String.format(Locale.ROOT, "load average at the end: %.1f on %d processors — the processor time"
                        + " is the figure that does not depend on what else the machine runs",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        report.note("the application starts against the migrated bench database: Flyway validates, the reference data"
                + " loaders find their resources loaded, then Tomcat answers");
    }
}
