package org.kinerja.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinerja.plan.PlanService;
import org.kinerja.report.ReportAudience;
import org.kinerja.report.ReportData;
import org.kinerja.report.ReportRenderer;
import org.kinerja.report.ReportService;
import org.kinerja.report.ReportType;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Kinerja's quality budgets on the {@code bench} data (10 years, 50 k events, 5 M attendances, 1.5 M people),
 * each against a floor measured in the same run: the dashboard against a raw GROUP BY over attendances, the
 * annual report's data against the same SQL statements run directly over JDBC, the report's PDF against a
 * plain table of as many rows rendered by openhtmltopdf, and pages under 16 concurrent users. Never run by
 * {@code verify}: {@code ./mvnw -B -o test -Pbenchmark -Dtest=BenchScaleBenchmark}. Figures go to
 * {@code target/benchmarks/bench-scale.md}.
 */
@BenchData.OnBenchDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchScaleBenchmark {

    /** The year of the annual report measured: the last complete year of the data. */
    static final int REPORT_YEAR = Integer.getInteger("benchmark.report.year", 2025);
    static final int USERS = 16;

    static final BenchReport report = new BenchReport("The bench data: report, dashboard, PDF and pages");
    static String holds = "";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;

    JdbcTemplate plain;
    HttpClient client;
    String cookie;

    @BeforeEach
    void data() throws Exception {
        holds = BenchData.ensure(context);
        plain = new JdbcTemplate(SqlCapture.unwrapped(context.getBean(DataSource.class)));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        cookie = new PageLoad("http://127.0.0.1:" + port, Users.ADMIN_EMAIL, Users.ADMIN_PASSWORD).signIn(client);
    }

    @AfterAll
    static void write() throws Exception {
        report.write("bench-scale", holds);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        // the API is stateless: HTTP Basic on each request, as API clients do; pages use the signed-in session
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(5)).GET();
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (Users.ADMIN_EMAIL + ":" + Users.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } else {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private double timedGet(String path) throws Exception {
        return BenchReport.median(1, 3, () -> {
            HttpResponse<byte[]> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            return r;
        });
    }

    /** The dashboard: the home page of the current year against counting the year's attendances directly. */
    @Test
    @Order(1)
    void dashboard() throws Exception {
        int year = BenchData.scale().lastYear();
        String groupBy = "select a.purpose_number, p.sex, count(distinct t.person_id) from delivery.attendance t"
                + " join delivery.event e on e.id = t.event_id join workplan.activity a on a.id = e.activity_id"
                + " join delivery.person p on p.id = t.person_id where e.status = 'HELD' and t.role = 'PARTICIPANT'"
                + " and e.end_date between ? and ? group by a.purpose_number, p.sex";
        double floor = BenchReport.median(1, 3, () -> plain.queryForList(groupBy,
                java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31)));
        double page = timedGet("/");
        report.seconds("dashboard `GET /` (current year " + year + "), one user, warm, median of 3", page, floor,
                "reads rollups: below the floor", page < floor);
        report.note("dashboard floor: people trained by purpose and sex in " + year
                + " counted directly from the attendances (a GROUP BY joining event, activity and person)");
    }

    /** The annual report's data built by ReportService, against the statements it sends to PostgreSQL run directly. */
    @Test
    @Order(2)
    void annualReportData() throws Exception {
        ReportService reports = context.getBean(ReportService.class);
        String plan = plans.current(REPORT_YEAR).orElseThrow().code();
        // read afresh each time: inside a transaction of the caller's, the live report's cache is passed by
        TransactionTemplate fresh = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        fresh.setReadOnly(true);
        Callable<ReportData> build = () -> fresh.execute(status ->
                reports.build(ReportType.ANNUAL, plan, REPORT_YEAR, null, ReportAudience.INTERNAL));
        double kinerja = BenchReport.median(1, 3, build);
        SqlCapture.start();
        ReportData data = build.call();
        List<SqlCapture.Executed> statements = SqlCapture.stop();
        double floor = BenchReport.median(1, 3, () -> SqlCapture.replay(context.getBean(DataSource.class), statements));
        double ratio = kinerja / floor;
        report.seconds("annual report data `ReportService.build(ANNUAL, " + plan + ", " + REPORT_YEAR
                + ")`, warm, median of 3", kinerja, floor, "≤ 1.5×", ratio <= 1.5);
        long writes = statements.stream().filter(e -> !SqlCapture.reads(e.sql())).count();
        report.note("report data floor: the " + (statements.size() - writes) + " reading SQL statements one build sent"
                + (writes > 0 ? " (" + writes + " writing ones left out)" : "") + ", captured at the"
                + " data source and run again over plain JDBC in one read-only transaction (same text, same bound"
                + " values, every row read)");
        report.note(String.format(Locale.ROOT, "the %d report of %s: %s people trained, %d purposes, %d activities in the annex",
                REPORT_YEAR, plan, data.peopleTrained() == null ? "—" : String.valueOf(data.peopleTrained().total()),
                data.purposes().size(), data.activities() == null ? 0 : data.activities().size()));
        Path statementsFile = Path.of("target", "benchmarks", "report-statements.sql");
        Files.createDirectories(statementsFile.getParent());
        Files.write(statementsFile, SqlCapture.texts(statements));
    }

    /**
     * The report's PDF: rendered from the year's built data (the renderer alone, warm), and served by the API once the
     * live report is kept (a repeat request), against a plain table of as many lines rendered with openhtmltopdf.
     */
    @Test
    @Order(3)
    void annualReportPdf() throws Exception {
        String path = "/api/v1/reports/annual/" + REPORT_YEAR + ".pdf";
        HttpResponse<byte[]> first = get(path);
        if (first.statusCode() != 200) {
            report.line("annual report PDF `GET " + path + "`", "not on this build (" + first.statusCode() + ")",
                    "—", "—", "≤ 3 s warm", "not measured");
            return;
        }
        int lines;
        int pages;
        try (PDDocument pdf = Loader.loadPDF(first.body())) {
            pages = pdf.getNumberOfPages();
            lines = (int) new PDFTextStripper().getText(pdf).lines().filter(l -> !l.isBlank()).count();
        }
        ReportService reports = context.getBean(ReportService.class);
        String plan = plans.current(REPORT_YEAR).orElseThrow().code();
        ReportData data = reports.build(ReportType.ANNUAL, plan, REPORT_YEAR, null, ReportAudience.INTERNAL);
        ReportRenderer renderer = context.getBean(ReportRenderer.class);
        double rendered = BenchReport.median(1, 3, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.writePdf(data, out);
            return out.size();
        });
        double served = timedGet(path);
        String table = plainTable(lines);
        double floor = BenchReport.median(1, 3, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(table, null);
            builder.toStream(out);
            builder.run();
            return out.size();
        });
        report.seconds("annual report PDF (" + pages + " pages) rendered from the year's data, `ReportRenderer.writePdf`,"
                + " warm, median of 3", rendered, floor, "≤ 3 s", rendered <= 3.0);
        report.seconds("annual report PDF `GET " + path + "` again, the live report kept, median of 3", served, floor,
                "≤ 3 s", served <= 3.0);
        report.note(String.format(Locale.ROOT, "PDF floor: openhtmltopdf rendering a plain A4 table of %d rows (the"
                + " report PDF's count of text lines), no charts, fonts or table of contents; the first request after"
                + " a change builds the data (above) and renders it", lines));
    }

    static String plainTable(int rows) {
        StringBuilder html = new StringBuilder("<html><head><style>@page { size: A4; margin: 15mm }"
                + " td { border: 1px solid #888; font-size: 9pt }</style></head><body><table>");
        for (int i = 0; i < rows; i++) {
            html.append("<tr><td>").append(i + 1).append("</td><td>Row ").append(i + 1)
                    .append(" of the plain table</td><td>").append(i * 37 % 1000).append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    /** Pages under 16 concurrent signed-in users against a static file served through the same stack. */
    @Test
    @Order(4)
    void pagesUnderLoad() throws Exception {
        PageLoad load = new PageLoad("http://127.0.0.1:" + port, Users.ADMIN_EMAIL, Users.ADMIN_PASSWORD);
        Long event = plain.queryForObject("select t.event_id from delivery.attendance t join delivery.event e"
                + " on e.id = t.event_id where e.end_date between ? and ? group by t.event_id order by count(*) desc,"
                + " t.event_id limit 1", Long.class, java.time.LocalDate.of(REPORT_YEAR, 1, 1),
                java.time.LocalDate.of(REPORT_YEAR, 12, 31));
        Duration limit = Duration.ofSeconds(90);
        PageLoad.Result floor = load.run("/css/kinerja.css", USERS, 30, limit);
        report.note(String.format(Locale.ROOT, "pages floor: `/css/kinerja.css` (a static file through the same"
                        + " filters and session) under the same load: p50 %.0f ms, p95 %.0f ms, %.0f requests/s",
                floor.percentile(50), floor.percentile(95), floor.perSecond()));
        for (String page : List.of("/", "/events", "/events/" + event, "/reports/annual/" + REPORT_YEAR)) {
            int status = load.status(page);
            if (status != 200) {
                report.line("page `" + page + "`, " + USERS + " users", "not on this build (" + status + ")", "—", "—",
                        "p95 ≤ 300 ms", "not measured");
                continue;
            }
            if (page.startsWith("/reports/")) {
                // the live report is built in the background and kept until the data changes: measured once kept
                assertThat(get("/api/v1/reports/annual/" + REPORT_YEAR).statusCode()).isEqualTo(200);
            }
            PageLoad.Result r = load.run(page, USERS, 20, limit);
            double p95 = r.percentile(95);
            report.line(String.format(Locale.ROOT, "page `%s`, %d users, %d answers: p95 (p50 %.0f ms, p99 %.0f ms, %d errors)",
                            page, USERS, r.millis().length, r.percentile(50), r.percentile(99), r.errors()),
                    String.format(Locale.ROOT, "%.0f ms", p95), String.format(Locale.ROOT, "%.0f ms", floor.percentile(95)),
                    BenchReport.ratio(p95 / floor.percentile(95)), "p95 ≤ 300 ms", p95 <= 300 && r.errors() == 0 ? "yes" : "**no**");
        }
    }
}
