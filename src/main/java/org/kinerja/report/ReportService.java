package org.kinerja.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.kinerja.measurement.Period;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Annual (and semi-annual) Performance Report: its data read live for a plan year or half, the Co-Managers'
 * narratives, and issued reports — frozen, versioned snapshots with their files, generated in the background.
 */
@Service
public class ReportService {

    /** The longest narrative text, in characters. */
    public static final int NARRATIVE_MAX = 20000;

    private final PlanService plans;
    private final ReportAssembler assembler;
    private final NarrativeRepository narratives;
    private final IssuedReportRepository issued;
    private final ReportIssuer issuer;
    private final ObjectProvider<ReportRenderer> renderer;
    private final JsonMapper json;
    private final LiveReports live;
    private final ApplicationEventPublisher events;

    ReportService(PlanService plans, ReportAssembler assembler, NarrativeRepository narratives,
                  IssuedReportRepository issued, ReportIssuer issuer, ObjectProvider<ReportRenderer> renderer,
                  JsonMapper json, LiveReports live, ApplicationEventPublisher events) {
        this.live = live;
        this.events = events;
        this.plans = plans;
        this.assembler = assembler;
        this.narratives = narratives;
        this.issued = issued;
        this.issuer = issuer;
        this.renderer = renderer;
        this.json = json;
    }

    /** The threshold under which a PUBLIC report's disaggregated counts are suppressed. */
    public int publicThreshold() {
        return assembler.publicThreshold();
    }

    // ---- live ---------------------------------------------------------------------------------------------

    /**
     * The report's data as of now. The plan defaults to the one whose period includes the year; a year
     * outside the plan's period is invalid input of field {@code year}. A report built since the data last
     * changed is answered from this node's cache; callers asking for one being built share its build.
     */
    public ReportData build(ReportType type, String planCode, Integer year, Integer half, ReportAudience audience) {
        Scope scope = scope(new ReportRequest(type, planCode, year, half, audience));
        return live.data(key(scope), () -> assemble(scope));
    }

    public ReportData build(ReportRequest request) {
        return build(request.type(), request.planCode(), request.year(), request.half(), request.audience());
    }

    /**
     * The live report for its page: with its data when it is built since the data last changed, else BUILDING
     * while it is read in the background (started here unless it runs already), or FAILED when that failed.
     * {@code retry} starts a failed build again; the page's polls leave it failed.
     */
    public LiveReport live(ReportRequest request, boolean retry) {
        Scope scope = scope(request);
        LiveReports.Status status = live.status(key(scope), () -> assemble(scope), retry);
        return new LiveReport(scope.type(), scope.plan(), scope.period().year(), scope.period().half(),
                scope.audience(), status.state(), status.data());
    }

    /**
     * The live report rendered as a file, in the reader's language; rendered once per report, format and
     * language until the data changes.
     */
    public byte[] liveFile(ReportRequest request, ReportFormat format) {
        Scope scope = scope(request);
        LiveReports.Key key = key(scope);
        ReportData data = live.data(key, () -> assemble(scope));
        return live.file(new LiveReports.FileKey(key, format, LocaleContextHolder.getLocale()),
                () -> render(data, format));
    }

    /**
     * The live report's body on its web page, in the reader's language, made by {@code render} from the report's
     * data; rendered once per report and language until the data changes.
     */
    public String liveBody(ReportRequest request, java.util.function.Function<ReportData, String> render) {
        Scope scope = scope(request);
        LiveReports.Key key = key(scope);
        ReportData data = live.data(key, () -> assemble(scope));
        return live.body(new LiveReports.BodyKey(key, LocaleContextHolder.getLocale()), () -> render.apply(data));
    }

    /** The report rendered as a file now. */
    public byte[] render(ReportData data, ReportFormat format) {
        try {
            return ReportIssuer.render(data, format, renderer.getObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReportData assemble(Scope scope) {
        return assembler.assemble(scope.type(), scope.plan(), scope.period(), scope.audience());
    }

    private LiveReports.Key key(Scope scope) {
        return live.key(scope.type(), scope.plan().code(), scope.period().year(), scope.period().half(),
                scope.audience());
    }

    /** The plan of a report of {@code year}: {@code planCode} if given, else the plan whose period includes the year. */
    public Plan plan(String planCode, Integer year) {
        return scope(new ReportRequest(ReportType.ANNUAL, planCode, year, null, ReportAudience.INTERNAL)).plan();
    }

    // ---- narratives ---------------------------------------------------------------------------------------

    /** A narrative of the report (empty text, version 0, before it is first written). */
    @Transactional(readOnly = true)
    public Narrative narrative(String planCode, int year, Integer half, int purposeNumber) {
        Scope scope = scope(new ReportRequest(half == null ? ReportType.ANNUAL : ReportType.SEMI_ANNUAL, planCode,
                year, half, ReportAudience.INTERNAL));
        checkPurpose(scope.plan(), purposeNumber);
        int h = half == null ? 0 : half;
        return narratives.find(scope.plan().code(), year, h, purposeNumber)
                .orElse(new Narrative(scope.plan().code(), year, h, purposeNumber, "", 0, null));
    }

    /**
     * Writes a narrative. {@code version} is the version read (0 for a narrative never written); a stale one
     * is a conflict.
     */
    @Transactional
    public Narrative saveNarrative(String planCode, int year, Integer half, int purposeNumber, String text,
                                   Integer version, SignedInUser user) {
        Scope scope = scope(new ReportRequest(half == null ? ReportType.ANNUAL : ReportType.SEMI_ANNUAL, planCode,
                year, half, ReportAudience.INTERNAL));
        checkPurpose(scope.plan(), purposeNumber);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(text != null, "text", "validation.required");
        errors.check(text == null || text.length() <= NARRATIVE_MAX, "text", "validation.length.max",
                String.valueOf(NARRATIVE_MAX));
        errors.check(version != null && version >= 0, "version", "validation.required");
        errors.throwIfAny();
        int h = half == null ? 0 : half;
        if (!narratives.save(scope.plan().code(), year, h, purposeNumber, text.strip(), version, user.id())) {
            throw new ConflictException("version", "conflict.version");
        }
        events.publishEvent(new LiveReports.NarrativeSaved(scope.plan().code(), year, h, purposeNumber));
        return narratives.find(scope.plan().code(), year, h, purposeNumber).orElseThrow();
    }

    private static void checkPurpose(Plan plan, int purposeNumber) {
        if (purposeNumber != Narrative.FOREWORD && plan.purpose(purposeNumber).isEmpty()) {
            throw new NotFoundException("plan.purpose.notFound", plan.code(), purposeNumber);
        }
    }

    // ---- issuing ------------------------------------------------------------------------------------------

    /**
     * Issues a report: queues its generation with the next version and answers at once. A second issue of the
     * same report (type, plan, year, half, audience) while one is queued or generating is a conflict naming it.
     */
    public IssuedReport issue(ReportRequest request, SignedInUser user) {
        Scope scope = scope(request);
        int half = scope.period().half() == null ? 0 : scope.period().half();
        issuer.failStale();
        Optional<Long> id = Optional.empty();
        for (int attempt = 0; attempt < 3 && id.isEmpty(); attempt++) {
            id = issued.insertQueued(scope.type(), scope.plan().code(), scope.period().year(), half, scope.audience(),
                    user.id(), user.displayName());
            if (id.isEmpty()) {
                // refused by the one-pending-issue index; when the other issue has just finished, try again
                Optional<IssuedReport> running = issued.pending(scope.type(), scope.plan().code(),
                        scope.period().year(), half, scope.audience());
                if (running.isPresent()) {
                    throw new ConflictException("report", "reporting.issue.running", String.valueOf(running.get().id()),
                            String.valueOf(running.get().version()));
                }
            }
        }
        if (id.isEmpty()) {
            throw new ConflictException("report", "reporting.issue.busy");
        }
        if (!issuer.submit(id.get(), scope.type(), scope.plan(), scope.period(), scope.audience())) {
            issued.failed(id.get(), "queue full");
            throw new ConflictException("report", "reporting.issue.busy");
        }
        return issued.find(id.get()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public ListPage<IssuedReport> list(boolean publicOnly, PageQuery page) {
        return issued.list(publicOnly, page);
    }

    @Transactional(readOnly = true)
    public IssuedReport get(long id) {
        return issued.find(id).orElseThrow(() -> new NotFoundException("reporting.notFound", String.valueOf(id)));
    }

    /** The data an issued report froze, or empty while it is generating (or when it failed before storing it). */
    @Transactional(readOnly = true)
    public Optional<ReportData> snapshot(long id) {
        get(id);
        return issued.snapshotJson(id).map(s -> json.readValue(s, ReportData.class));
    }

    /** A stored file of an issued report; a conflict while the report is not done. */
    @Transactional(readOnly = true)
    public byte[] file(long id, ReportFormat format) {
        IssuedReport report = get(id);
        if (report.status() != IssueStatus.DONE) {
            throw new ConflictException("status", "reporting.notDone", report.status().name());
        }
        return issued.fileContent(id, format).orElseThrow();
    }

    // ---- scope --------------------------------------------------------------------------------------------

    private record Scope(ReportType type, Plan plan, Period period, ReportAudience audience) {
    }

    private Scope scope(ReportRequest r) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(r.type() != null, "type", "validation.required");
        errors.check(r.audience() != null, "audience", "validation.required");
        errors.check(r.year() != null, "year", "validation.required");
        errors.check(r.year() == null || (r.year() >= 2000 && r.year() <= 2100), "year", "reporting.year.range");
        if (r.type() == ReportType.SEMI_ANNUAL) {
            errors.check(r.half() != null && (r.half() == 1 || r.half() == 2), "half", "reporting.half.required");
        } else if (r.type() == ReportType.ANNUAL) {
            errors.check(r.half() == null, "half", "reporting.half.annual");
        }
        errors.throwIfAny();
        Plan plan;
        if (r.planCode() != null && !r.planCode().isBlank()) {
            plan = plans.find(r.planCode().strip())
                    .orElseThrow(() -> InvalidInputException.of("planCode", "reporting.plan.unknown", r.planCode()));
        } else {
            plan = plans.current(r.year()).filter(p -> p.startYear() <= r.year() && r.year() <= p.endYear())
                    .orElseThrow(() -> InvalidInputException.of("year", "reporting.year.noPlan", String.valueOf(r.year())));
        }
        if (r.year() < plan.startYear() || r.year() > plan.endYear()) {
            throw InvalidInputException.of("year", "reporting.year.outsidePlan", String.valueOf(r.year()), plan.code(),
                    String.valueOf(plan.startYear()), String.valueOf(plan.endYear()));
        }
        Period period = r.type() == ReportType.SEMI_ANNUAL ? Period.ofHalf(r.year(), r.half()) : Period.ofYear(r.year());
        return new Scope(r.type(), plan, period, r.audience());
    }
}
