package org.kinerja.measurement;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.Baseline;
import org.kinerja.indicator.ComputedSource;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.indicator.Measure;
import org.kinerja.indicator.Target;
import org.kinerja.measurement.db.tables.records.IndicatorValueRecord;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator values, their approval, and targets against actuals (see {@code docs/values.md}).
 * <p>
 * A MANUAL indicator's value is entered per period of its frequency; a computed indicator's value is read live
 * from its source ({@link FigureService}) and may be recorded for a period, without a number, to put it
 * through approval. Values move DRAFT → SUBMITTED → APPROVED (by a MEL officer or Co-Manager other than the
 * submitter) → LOCKED when an issued report uses them; a submitted or approved value may be returned to DRAFT
 * with a comment. A LOCKED value never changes: a computed one keeps the number it had when it was locked.
 * Every write is checked first (nothing is written when anything is refused) and published as
 * {@link EntityChanged}; every step is kept with who and when.
 */
@Service
public class IndicatorValueService {

    public static final int COMMENT_MAX = 2000;
    public static final int TEXT_MAX = 4000;
    public static final int URL_MAX = 500;
    private static final BigDecimal LARGEST = new BigDecimal("100000000000000");
    private static final BigDecimal RATIO_TOLERANCE = new BigDecimal("0.01");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");
    private static final String ENTITY = "IndicatorValue";

    private final IndicatorValueRepository repository;
    private final IndicatorService indicators;
    private final PlanService plans;
    private final UserService users;
    private final FigureService figures;
    private final ApplicationEventPublisher events;
    private final ValueMath.Thresholds thresholds;

    IndicatorValueService(IndicatorValueRepository repository, IndicatorService indicators, PlanService plans,
                          UserService users, FigureService figures, ApplicationEventPublisher events,
                          @Value("${kinerja.measurement.achieved-percent:100}") BigDecimal achieved,
                          @Value("${kinerja.measurement.on-track-percent:75}") BigDecimal onTrack,
                          @Value("${kinerja.measurement.maintain-tolerance-percent:5}") BigDecimal maintainTolerance) {
        this.repository = repository;
        this.indicators = indicators;
        this.plans = plans;
        this.users = users;
        this.figures = figures;
        this.events = events;
        this.thresholds = new ValueMath.Thresholds(achieved, onTrack, maintainTolerance);
    }

    // --- reading ----------------------------------------------------------------------------------

    /** The indicator's values by period, computed ones not yet locked with their live figure; 404 for an unknown indicator. */
    @Transactional(readOnly = true)
    public List<IndicatorValue> values(long indicatorId) {
        Indicator indicator = indicators.indicator(indicatorId);
        Names names = new Names();
        return repository.ofIndicator(indicatorId).stream().map(r -> toValue(indicator, r, names)).toList();
    }

    /** One value of the indicator; 404 when it is not one of the indicator's. */
    @Transactional(readOnly = true)
    public IndicatorValue value(long indicatorId, long valueId) {
        Indicator indicator = indicators.indicator(indicatorId);
        return toValue(indicator, record(indicatorId, valueId, false), new Names());
    }

    /** The steps of one of the indicator's values, oldest first. */
    @Transactional(readOnly = true)
    public List<ValueStep> steps(long indicatorId, long valueId) {
        record(indicatorId, valueId, false);
        Names names = new Names();
        return repository.steps(valueId).stream().map(s -> new ValueStep(s.getAction(),
                s.getFromStatus() == null ? null : ValueStatus.valueOf(s.getFromStatus()),
                ValueStatus.valueOf(s.getToStatus()), s.getComment(), names.of(s.getUserId()), s.getReportId(),
                s.getAt())).toList();
    }

    /** The periods a value may be entered for: those of the indicator's frequency in its plan's years. */
    @Transactional(readOnly = true)
    public List<Period> periods(long indicatorId) {
        Indicator indicator = indicators.indicator(indicatorId);
        Plan plan = plans.get(indicator.planCode());
        List<Period> out = new ArrayList<>();
        for (int y = plan.startYear(); y <= plan.endYear(); y++) {
            out.addAll(ValueMath.periodsWithin(indicator.frequency(), Period.ofYear(y)));
        }
        return out;
    }

    // --- entering ---------------------------------------------------------------------------------

    /**
     * Enters the value of an indicator for a period, or changes the one entered while it is a DRAFT. Refused
     * (422, naming the field) for a period not of the indicator's frequency or outside its plan's years, a value
     * of the wrong kind (a text for a number, a number for a qualitative or computed indicator), a percentage
     * outside 0–100, a ratio without its parts; 409 when the period's value is submitted, approved or locked,
     * or when {@code version} is stale.
     */
    @Transactional
    public IndicatorValue enter(long indicatorId, ValueInput input, long userId) {
        Indicator indicator = indicators.indicator(indicatorId);
        Plan plan = plans.get(indicator.planCode());
        ValueInput in = input == null ? new ValueInput(null, null, null, null, null, null, null, null) : input;
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Period period = period(indicator, plan, in.period(), errors);
        IndicatorValueRecord entry = check(indicator, in, errors);
        errors.throwIfAny();
        entry.setEnteredBy(userId);
        Optional<IndicatorValueRecord> existing = repository.findForUpdate(indicatorId, period.label());
        if (existing.isPresent()) {
            IndicatorValueRecord before = existing.get();
            ValueStatus status = ValueStatus.valueOf(before.getStatus());
            if (status == ValueStatus.LOCKED) {
                throw locked(before);
            }
            if (status != ValueStatus.DRAFT) {
                throw new ConflictException("status", "values.notDraft", period.label(), status.name());
            }
            if (in.version() != null && in.version() != before.getVersion()) {
                throw stale(before);
            }
            EntityChanged change = fields(EntityChanged.updated(ENTITY, before.getId()), before, entry).build();
            if (!change.isEmpty()) {
                if (!repository.updateEntry(before.getId(), before.getVersion(), entry)) {
                    throw stale(before);
                }
                repository.step(before.getId(), "CHANGED", ValueStatus.DRAFT, ValueStatus.DRAFT, null, userId, null);
                events.publishEvent(change);
            }
            return value(indicatorId, before.getId());
        }
        entry.setIndicatorId(indicatorId);
        entry.setPlanCode(plan.code());
        entry.setPeriodLabel(period.label());
        entry.setPeriodYear(period.year());
        entry.setStatus(ValueStatus.DRAFT.name());
        long id = repository.insert(entry)
                .orElseThrow(() -> new ConflictException("period", "values.period.taken", period.label()));
        repository.step(id, "ENTERED", null, ValueStatus.DRAFT, null, userId, null);
        events.publishEvent(fields(EntityChanged.created(ENTITY, id)
                .field("indicator", null, indicator.planCode() + "/" + indicator.code())
                .field("period", null, period.label()).field("origin", null, entry.getOrigin()), null, entry).build());
        return value(indicatorId, id);
    }

    /** The period the text names, checked against the indicator's frequency and its plan's years. */
    private static Period period(Indicator indicator, Plan plan, String text, InvalidInputException.Collector errors) {
        Period period;
        try {
            period = Period.parse("period", text);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), v.messageKey(), v.args()));
            return null;
        }
        if (!ValueMath.fits(indicator.frequency(), period)) {
            errors.add("period", "values.period.frequency", period.label(), indicator.frequency().name());
        } else if (period.year() < plan.startYear() || period.year() > plan.endYear()) {
            errors.add("period", "values.period.outsidePlan", period.label(), plan.code(),
                    String.valueOf(plan.startYear()), String.valueOf(plan.endYear()));
        }
        return period;
    }

    /** What the input says, checked against the indicator's kind; the errors name the fields refused. */
    private static IndicatorValueRecord check(Indicator indicator, ValueInput in, InvalidInputException.Collector errors) {
        IndicatorValueRecord r = new IndicatorValueRecord();
        String comment = tidy(in.comment());
        errors.check(comment == null || comment.length() <= COMMENT_MAX, "comment", "validation.length.max",
                String.valueOf(COMMENT_MAX));
        r.setComment(comment == null ? "" : comment);
        String url = tidy(in.evidenceUrl());
        if (url != null && !url.isEmpty()) {
            errors.check(url.length() <= URL_MAX, "evidenceUrl", "validation.length.max", String.valueOf(URL_MAX));
            errors.check(isWebLink(url), "evidenceUrl", "values.evidenceUrl.invalid");
        }
        r.setEvidenceUrl(url == null || url.isEmpty() ? null : url);
        String text = tidy(in.text());
        boolean hasText = text != null && !text.isEmpty();
        boolean hasNumber = in.value() != null || in.numerator() != null || in.denominator() != null;
        Optional<ComputedSource> computed = indicator.computedSource();
        if (computed.isPresent()) {
            r.setOrigin(ValueOrigin.COMPUTED.name());
            errors.check(!hasNumber && !hasText, "value", "values.value.computed", computed.get().name());
            return r;
        }
        r.setOrigin(ValueOrigin.MANUAL.name());
        if (indicator.measure() == Measure.QUALITATIVE) {
            errors.check(!hasNumber, "value", "values.value.qualitative");
            errors.check(hasText, "text", "validation.required");
            errors.check(!hasText || text.length() <= TEXT_MAX, "text", "validation.length.max", String.valueOf(TEXT_MAX));
            r.setTextValue(hasText ? text : null);
            return r;
        }
        errors.check(!hasText, "text", "values.text.notQualitative", indicator.measure().name());
        boolean numbersOk = number("value", in.value(), errors) & number("numerator", in.numerator(), errors)
                & number("denominator", in.denominator(), errors);
        if (indicator.aggregation() == Aggregation.RATIO) {
            errors.check(in.numerator() != null, "numerator", "validation.required");
            errors.check(in.denominator() != null, "denominator", "validation.required");
            errors.check(in.numerator() == null || in.numerator().signum() >= 0, "numerator", "values.numerator.negative");
            errors.check(in.denominator() == null || in.denominator().signum() > 0, "denominator",
                    "values.denominator.positive");
            if (!numbersOk || in.numerator() == null || in.denominator() == null || in.denominator().signum() <= 0) {
                return r;
            }
            BigDecimal value = ValueMath.ratio(indicator.measure(), in.numerator(), in.denominator());
            errors.check(in.value() == null || in.value().subtract(value).abs().compareTo(RATIO_TOLERANCE) <= 0,
                    "value", "values.value.ratioMismatch", value.toPlainString());
            percentage(indicator, value, errors);
            r.setNumerator(in.numerator());
            r.setDenominator(in.denominator());
            r.setValue(value);
            return r;
        }
        errors.check(in.numerator() == null && in.denominator() == null, "numerator", "values.parts.notRatio",
                indicator.aggregation().name());
        errors.check(in.value() != null, "value", "validation.required");
        if (in.value() != null && numbersOk) {
            percentage(indicator, in.value(), errors);
        }
        r.setValue(in.value());
        return r;
    }

    private static void percentage(Indicator indicator, BigDecimal value, InvalidInputException.Collector errors) {
        errors.check(indicator.measure() != Measure.PERCENTAGE
                        || (value.signum() >= 0 && value.compareTo(ValueMath.HUNDRED) <= 0),
                "value", "values.value.percentage", value.stripTrailingZeros().toPlainString());
    }

    /** A number the column holds: at most 4 decimals, below 10^14 either way. */
    private static boolean number(String field, BigDecimal n, InvalidInputException.Collector errors) {
        if (n == null) {
            return true;
        }
        boolean ok = n.stripTrailingZeros().scale() <= 4 && n.abs().compareTo(LARGEST) < 0;
        errors.check(ok, field, "values.number.range");
        return ok;
    }

    private static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String tidy(String s) {
        return s == null ? null : s.strip();
    }

    // --- approval ---------------------------------------------------------------------------------

    /** Submits a DRAFT value for approval. */
    @Transactional
    public IndicatorValue submit(long indicatorId, long valueId, Integer version, long userId) {
        IndicatorValueRecord r = transition(indicatorId, valueId, version, Set.of(ValueStatus.DRAFT), "submit");
        return move(indicatorId, r, ValueStatus.SUBMITTED, "SUBMITTED", userId, null);
    }

    /** Approves a SUBMITTED value; 409 when {@code userId} submitted it. */
    @Transactional
    public IndicatorValue approve(long indicatorId, long valueId, Integer version, long userId) {
        IndicatorValueRecord r = transition(indicatorId, valueId, version, Set.of(ValueStatus.SUBMITTED), "approve");
        if (r.getSubmittedBy() != null && r.getSubmittedBy() == userId) {
            throw new ConflictException("status", "values.approve.own", r.getPeriodLabel());
        }
        return move(indicatorId, r, ValueStatus.APPROVED, "APPROVED", userId, null);
    }

    /** Returns a SUBMITTED or APPROVED value to DRAFT with a comment (required) saying why. */
    @Transactional
    public IndicatorValue returnToDraft(long indicatorId, long valueId, String comment, Integer version, long userId) {
        String why = tidy(comment);
        if (why == null || why.isEmpty()) {
            throw InvalidInputException.of("comment", "validation.required");
        }
        if (why.length() > COMMENT_MAX) {
            throw InvalidInputException.of("comment", "validation.length.max", String.valueOf(COMMENT_MAX));
        }
        IndicatorValueRecord r = transition(indicatorId, valueId, version,
                Set.of(ValueStatus.SUBMITTED, ValueStatus.APPROVED), "return");
        return move(indicatorId, r, ValueStatus.DRAFT, "RETURNED", userId, why);
    }

    /** The value, locked for this transaction, when it may take the step: not LOCKED, of a status in {@code from}. */
    private IndicatorValueRecord transition(long indicatorId, long valueId, Integer version, Set<ValueStatus> from,
                                            String step) {
        indicators.indicator(indicatorId);
        IndicatorValueRecord r = record(indicatorId, valueId, true);
        ValueStatus status = ValueStatus.valueOf(r.getStatus());
        if (status == ValueStatus.LOCKED) {
            throw locked(r);
        }
        if (version != null && version != r.getVersion()) {
            throw stale(r);
        }
        if (!from.contains(status)) {
            throw new ConflictException("status", "values.status.wrong", r.getPeriodLabel(), status.name(), step);
        }
        return r;
    }

    private IndicatorValue move(long indicatorId, IndicatorValueRecord r, ValueStatus to, String action, long userId,
                                String comment) {
        ValueStatus from = ValueStatus.valueOf(r.getStatus());
        if (!repository.changeStatus(r.getId(), r.getVersion(), to, userId, comment)) {
            throw stale(r);
        }
        repository.step(r.getId(), action, from, to, comment, userId, null);
        EntityChanged.Builder change = EntityChanged.updated(ENTITY, r.getId()).field("status", from.name(), to.name());
        if (comment != null) {
            change.field("returnComment", r.getReturnComment(), comment);
        }
        events.publishEvent(change.build());
        return value(indicatorId, r.getId());
    }

    private IndicatorValueRecord record(long indicatorId, long valueId, boolean forUpdate) {
        Optional<IndicatorValueRecord> r = forUpdate ? repository.findForUpdate(valueId) : repository.find(valueId);
        return r.filter(v -> v.getIndicatorId() == indicatorId)
                .orElseThrow(() -> new NotFoundException("values.notFound", String.valueOf(valueId)));
    }

    // --- targets against actuals ------------------------------------------------------------------

    /** Every indicator of the plan against its target for the year; 422 (field {@code year}) outside the plan. */
    @Transactional(readOnly = true)
    public List<IpttRow> iptt(String planCode, int year) {
        return iptt(planCode, Period.ofYear(year));
    }

    /**
     * Every indicator of the plan against its target for the period, in code order. The actual is the value
     * locked for the period when there is one; else a computed indicator's figure over the whole period, read
     * now; else the APPROVED (or LOCKED) values of the periods within it, combined by the indicator's
     * aggregation. 422 (field {@code year}) when the period's year is not one of the plan's.
     */
    @Transactional(readOnly = true)
    public List<IpttRow> iptt(String planCode, Period period) {
        Plan plan = plans.get(planCode);
        checkYear(plan, period);
        return actuals(plan, period).stream().map(a -> a.row).toList();
    }

    /** An indicator's actual for a period, its row, and the figure it was computed from (computed ones). */
    private record Actual(Indicator indicator, IpttRow row, Figure figure, String text,
                          List<IndicatorValueRecord> stored) {
    }

    private List<Actual> actuals(Plan plan, Period period) {
        List<Indicator> all = allIndicators(plan.code());
        Map<Long, List<IndicatorValueRecord>> stored = repository.ofPlanYear(plan.code(), period.year()).stream()
                .collect(Collectors.groupingBy(IndicatorValueRecord::getIndicatorId, LinkedHashMap::new,
                        Collectors.toList()));
        Map<Integer, Map<ComputedSource, Figure>> live = new HashMap<>();
        List<Actual> out = new ArrayList<>();
        for (Indicator indicator : all) {
            List<IndicatorValueRecord> mine = stored.getOrDefault(indicator.id(), List.of());
            out.add(actual(plan, period, indicator, mine, live));
        }
        return out;
    }

    private Actual actual(Plan plan, Period period, Indicator indicator, List<IndicatorValueRecord> mine,
                          Map<Integer, Map<ComputedSource, Figure>> live) {
        Map<String, IndicatorValueRecord> byLabel = new HashMap<>();
        mine.forEach(r -> byLabel.put(r.getPeriodLabel(), r));
        List<Period> within = ValueMath.periodsWithin(indicator.frequency(), period);
        IndicatorValueRecord exact = byLabel.get(period.label());
        IndicatorValueRecord shown = exact;
        for (Period p : within) {
            if (exact == null && byLabel.containsKey(p.label())) {
                shown = byLabel.get(p.label());
            }
        }
        BigDecimal actual;
        String text = null;
        Figure figure = null;
        Optional<ComputedSource> source = indicator.computedSource();
        if (exact != null && ValueStatus.LOCKED.name().equals(exact.getStatus())) {
            actual = exact.getValue();
            text = exact.getTextValue();
        } else if (source.isPresent()) {
            figure = live.computeIfAbsent(indicator.purposeNumber(),
                    n -> figures.figures(FigureScope.purpose(plan.code(), n), period)).get(source.get());
            actual = figure == null ? null : figure.value();
        } else {
            List<ValueMath.Part> parts = new ArrayList<>();
            for (Period p : within) {
                IndicatorValueRecord r = byLabel.get(p.label());
                if (r != null && counts(r)) {
                    parts.add(new ValueMath.Part(r.getValue(), r.getNumerator(), r.getDenominator()));
                    text = r.getTextValue() == null ? text : r.getTextValue();
                }
            }
            actual = ValueMath.combine(indicator.aggregation(), indicator.measure(), parts);
        }
        BigDecimal target = indicator.target(period.year()).map(Target::value).orElse(null);
        Baseline baseline = indicator.baseline();
        ProgressStatus status;
        BigDecimal percent;
        if (indicator.measure() == Measure.QUALITATIVE) {
            percent = null;
            status = text == null ? ProgressStatus.NO_DATA : ProgressStatus.ON_TRACK;
        } else {
            percent = ValueMath.percentOfTarget(indicator.direction(), target, actual);
            status = ValueMath.status(indicator.direction(), target, actual, thresholds);
        }
        IpttRow row = new IpttRow(indicator.id(), indicator.code(), indicator.name(), indicator.purposeNumber(),
                indicator.unit(), indicator.measure().name(), indicator.direction().name(), indicator.source(),
                baseline == null ? null : baseline.value(), target, actual, percent, status,
                shown == null ? null : shown.getId(), shown == null ? null : shown.getStatus());
        return new Actual(indicator, row, figure, text, mine);
    }

    /** Whether a stored manual value counts towards actuals: approved, or locked by a report. */
    private static boolean counts(IndicatorValueRecord r) {
        return ValueStatus.APPROVED.name().equals(r.getStatus()) || ValueStatus.LOCKED.name().equals(r.getStatus());
    }

    private static void checkYear(Plan plan, Period period) {
        if (period.year() < plan.startYear() || period.year() > plan.endYear()) {
            throw InvalidInputException.of("year", "values.year.outsidePlan", String.valueOf(period.year()),
                    plan.code(), String.valueOf(plan.startYear()), String.valueOf(plan.endYear()));
        }
    }

    private List<Indicator> allIndicators(String planCode) {
        List<Indicator> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            ListPage<Indicator> p = indicators.indicators(planCode, null, PageQuery.of(page, PageQuery.MAX_SIZE));
            out.addAll(p.items());
            if (p.items().size() < PageQuery.MAX_SIZE) {
                return out;
            }
        }
    }

    // --- locking ----------------------------------------------------------------------------------

    /**
     * Freezes the values an issued report uses: every indicator of the plan gets a LOCKED value for the period
     * — the actual the IPTT shows now (a computed one's figure of this moment, a manual one's approved values
     * combined) — tagged with the report; the approved values of the periods within it, and computed ones
     * recorded for them, are locked too. A value already LOCKED stays as it is (an issue again reuses it); a
     * DRAFT or SUBMITTED value entered for exactly the period is locked as it stands. Returns how many
     * indicators have a LOCKED value for the period.
     */
    @Transactional
    public int lockForReport(String planCode, Period period, long reportId) {
        Plan plan = plans.get(planCode);
        checkYear(plan, period);
        int count = 0;
        for (Actual a : actuals(plan, period)) {
            Indicator indicator = a.indicator();
            Optional<ComputedSource> source = indicator.computedSource();
            Map<String, IndicatorValueRecord> byLabel = new HashMap<>();
            a.stored().forEach(r -> byLabel.put(r.getPeriodLabel(), r));
            IndicatorValueRecord exact = byLabel.get(period.label());
            if (exact == null) {
                IndicatorValueRecord r = new IndicatorValueRecord();
                r.setIndicatorId(indicator.id());
                r.setPlanCode(plan.code());
                r.setPeriodLabel(period.label());
                r.setPeriodYear(period.year());
                r.setOrigin((source.isPresent() ? ValueOrigin.COMPUTED : ValueOrigin.MANUAL).name());
                r.setValue(a.row().actual());
                r.setTextValue(a.text());
                r.setNumerator(a.figure() == null ? null : a.figure().numerator());
                r.setDenominator(positive(a.figure() == null ? null : a.figure().denominator()));
                r.setComment("");
                r.setStatus(ValueStatus.LOCKED.name());
                r.setLockedByReport(reportId);
                r.setLockedAt(OffsetDateTime.now());
                long id = repository.insert(r).orElseThrow(() -> new ConflictException("period",
                        "values.period.taken", period.label()));
                repository.step(id, "LOCKED", null, ValueStatus.LOCKED, null, null, reportId);
                events.publishEvent(EntityChanged.created(ENTITY, id)
                        .field("indicator", null, plan.code() + "/" + indicator.code())
                        .field("period", null, period.label()).field("value", null, plain(r.getValue()))
                        .field("status", null, ValueStatus.LOCKED.name()).field("lockedByReport", null, reportId).build());
            } else if (!ValueStatus.LOCKED.name().equals(exact.getStatus())) {
                lock(exact, source.isPresent() ? a.figure() : null, reportId);
            }
            for (Period p : ValueMath.periodsWithin(indicator.frequency(), period)) {
                IndicatorValueRecord r = byLabel.get(p.label());
                if (r == null || r == exact || ValueStatus.LOCKED.name().equals(r.getStatus())) {
                    continue;
                }
                if (source.isPresent()) {
                    lock(r, figures.figure(source.get(), FigureScope.purpose(plan.code(),
                            indicator.purposeNumber()), p), reportId);
                } else if (counts(r)) {
                    lock(r, null, reportId);
                }
            }
            count++;
        }
        return count;
    }

    /** Locks a stored value: a computed one takes {@code figure}'s number of now, a manual one keeps its own. */
    private void lock(IndicatorValueRecord r, Figure figure, long reportId) {
        boolean computed = ValueOrigin.COMPUTED.name().equals(r.getOrigin());
        BigDecimal value = computed ? (figure == null ? null : figure.value()) : r.getValue();
        BigDecimal numerator = computed ? (figure == null ? null : figure.numerator()) : r.getNumerator();
        BigDecimal denominator = computed ? (figure == null ? null : positive(figure.denominator())) : r.getDenominator();
        ValueStatus from = ValueStatus.valueOf(r.getStatus());
        repository.lock(r.getId(), value, numerator, denominator, reportId);
        repository.step(r.getId(), "LOCKED", from, ValueStatus.LOCKED, null, null, reportId);
        events.publishEvent(EntityChanged.updated(ENTITY, r.getId()).field("status", from.name(), ValueStatus.LOCKED.name())
                .field("value", computed ? null : plain(r.getValue()), plain(value))
                .field("lockedByReport", null, reportId).build());
    }

    /** A denominator the table takes (above 0); a figure of nothing to divide by has none. */
    private static BigDecimal positive(BigDecimal denominator) {
        return denominator != null && denominator.signum() > 0 ? denominator : null;
    }

    // --- helpers ----------------------------------------------------------------------------------

    private IndicatorValue toValue(Indicator indicator, IndicatorValueRecord r, Names names) {
        boolean live = ValueOrigin.COMPUTED.name().equals(r.getOrigin()) && !ValueStatus.LOCKED.name().equals(r.getStatus());
        BigDecimal value = r.getValue();
        BigDecimal numerator = r.getNumerator();
        BigDecimal denominator = r.getDenominator();
        if (live) {
            Figure f = figures.figure(indicator.computedSource().orElseThrow(),
                    FigureScope.purpose(indicator.planCode(), indicator.purposeNumber()),
                    Period.parse("period", r.getPeriodLabel()));
            value = f.value();
            numerator = f.numerator();
            denominator = f.denominator();
        }
        return new IndicatorValue(r.getId(), r.getIndicatorId(), r.getPlanCode(), r.getPeriodLabel(),
                ValueOrigin.valueOf(r.getOrigin()), strip(value), r.getTextValue(), strip(numerator), strip(denominator),
                r.getComment(), r.getEvidenceUrl(), ValueStatus.valueOf(r.getStatus()), r.getReturnComment(),
                names.of(r.getEnteredBy()), r.getEnteredAt(), r.getSubmittedBy(), names.of(r.getSubmittedBy()),
                r.getSubmittedAt(), names.of(r.getApprovedBy()), r.getApprovedAt(), r.getLockedByReport(),
                r.getLockedAt(), live, r.getVersion());
    }

    private static BigDecimal strip(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros();
    }

    private static String plain(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }

    /** The audit fields of an entry: every field whose value differs. */
    private static EntityChanged.Builder fields(EntityChanged.Builder change, IndicatorValueRecord before,
                                                IndicatorValueRecord after) {
        return change
                .field("value", before == null ? null : plain(before.getValue()), plain(after.getValue()))
                .field("text", before == null ? null : before.getTextValue(), after.getTextValue())
                .field("numerator", before == null ? null : plain(before.getNumerator()), plain(after.getNumerator()))
                .field("denominator", before == null ? null : plain(before.getDenominator()), plain(after.getDenominator()))
                .field("comment", before == null ? null : before.getComment(), after.getComment())
                .field("evidenceUrl", before == null ? null : before.getEvidenceUrl(), after.getEvidenceUrl());
    }

    private static ConflictException locked(IndicatorValueRecord r) {
        return new ConflictException("status", "values.locked", r.getPeriodLabel(),
                r.getLockedByReport() == null ? "" : String.valueOf(r.getLockedByReport()));
    }

    private static ConflictException stale(IndicatorValueRecord r) {
        return new ConflictException("version", "conflict.version",
                STAMP.format(r.getUpdatedAt().withOffsetSameInstant(ZoneOffset.UTC)));
    }

    /** Users' names, each looked up once per call. */
    private final class Names {
        private final Map<Long, String> cache = new HashMap<>();

        String of(Long userId) {
            if (userId == null) {
                return null;
            }
            return cache.computeIfAbsent(userId, id -> users.find(id).map(UserAccount::displayName).orElse(null));
        }
    }
}
