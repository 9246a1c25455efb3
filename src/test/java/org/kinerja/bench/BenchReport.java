package org.kinerja.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A benchmark's results table — what was measured, Kinerja's figure, the floor measured in the same run, their
 * ratio, the budget and whether it was met — with notes, written to {@code target/benchmarks/<name>.md} (and
 * the console) for {@code docs/benchmarks.md}.
 */
final class BenchReport {

    /** One measured line; figures in the unit the line names, {@code null} when not measured. */
    record Line(String what, String kinerja, String floor, String ratio, String budget, String met) {
    }

    private final String title;
    private final List<Line> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchReport(String title) {
        this.title = title;
    }

    synchronized void line(String what, String kinerja, String floor, String ratio, String budget, String met) {
        lines.add(new Line(what, kinerja, floor, ratio, budget, met));
        System.out.println("[benchmark] " + what + ": " + kinerja + " (floor " + floor + ", ratio " + ratio + ", budget "
                + budget + ", met " + met + ")");
    }

    /** A line of two times in seconds, with their ratio; {@code budgetRatio} the largest ratio allowed, if any. */
    void seconds(String what, double kinerja, double floor, String budget, Boolean met) {
        line(what, ms(kinerja), ms(floor), ratio(kinerja / floor), budget, met == null ? "—" : met ? "yes" : "**no**");
    }

    synchronized void note(String text) {
        notes.add(text);
        System.out.println("[benchmark] " + text);
    }

    static String ms(double seconds) {
        return seconds >= 1 ? String.format(Locale.ROOT, "%.2f s", seconds) : String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    /** The median of {@code runs} timed calls in seconds, after {@code warmUps} untimed ones. */
    static double median(int warmUps, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            work.call();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.call();
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    synchronized Path write(String name, String database) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(title).append("\n\n");
        out.append("Run ").append(Instant.now()).append(" — ").append(Runtime.getRuntime().availableProcessors())
                .append(" processors, max heap ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, load average ")
                .append(String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(", ").append(database).append("\n\n");
        out.append("| what | Kinerja | floor | ratio | budget | met? |\n|---|---|---|---|---|---|\n");
        for (Line l : lines) {
            out.append("| ").append(l.what()).append(" | ").append(l.kinerja()).append(" | ").append(l.floor()).append(" | ")
                    .append(l.ratio()).append(" | ").append(l.budget()).append(" | ").append(l.met()).append(" |\n");
        }
        out.append('\n');
        for (String n : notes) {
            out.append("- ").append(n).append('\n');
        }
        Path file = Path.of("target", "benchmarks", name + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println(out);
        return file;
    }
}
