package org.kinerja.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.Purpose;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results frameworks of strategic plans: outcomes under each purpose and indicator definitions with a
 * baseline and yearly targets. Plans and purposes are read through {@link PlanService}, responsible users
 * through {@link UserService}. Every change is checked against the rules (see {@code docs/indicators.md}),
 * refused when made from a stale version, and published as {@link EntityChanged} for the audit trail.
 * Writes to one plan's framework are serialised, so that checks and writes see the same framework.
 */
@Service
public class IndicatorService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final ObjectProvider<IndicatorUsage> usages;
    private final IndicatorRepository repository;
    private final PlanService plans;
    private final UserService users;
    private final ApplicationEventPublisher events;

    IndicatorService(IndicatorRepository repository, PlanService plans, UserService users,
                     ApplicationEventPublisher events, ObjectProvider<IndicatorUsage> usages) {
        this.usages = usages;
        this.repository = repository;
        this.plans = plans;
        this.users = users;
        this.events = events;
    }

    // --- reading ----------------------------------------------------------------------------------

    /** The plan's whole framework, purpose by purpose; {@link NotFoundException} for an unknown plan. */
    @Transactional(readOnly = true)
    public Framework framework(String planCode) {
        Plan plan = plans.get(planCode);
        List<Outcome> outcomes = repository.outcomes(plan.code());
        List<Indicator> indicators = repository.indicators(plan.code());
        Set<Integer> numbers = new TreeSet<>();
        outcomes.forEach(o -> numbers.add(o.purposeNumber()));
        indicators.forEach(i -> numbers.add(i.purposeNumber()));
        List<FrameworkPurpose> purposes = new ArrayList<>();
        for (Purpose purpose : plan.purposes()) {
            purposes.add(purpose(purpose.number(), purpose.title(), true, outcomes, indicators));
            numbers.remove(purpose.number());
        }
        for (int orphan : numbers) {
            purposes.add(purpose(orphan, "", false, outcomes, indicators));
        }
        return new Framework(plan.summary(), purposes);
    }

    private static FrameworkPurpose purpose(int number, String title, boolean inPlan, List<Outcome> outcomes,
                                            List<Indicator> indicators) {
        List<OutcomeIndicators> groups = outcomes.stream().filter(o -> o.purposeNumber() == number)
                .map(o -> new OutcomeIndicators(o, indicators.stream()
                        .filter(i -> o.code().equals(i.outcomeCode())).toList()))
                .toList();
        List<Indicator> unassigned = indicators.stream()
                .filter(i -> i.purposeNumber() == number && i.outcomeCode() == null).toList();
        return new FrameworkPurpose(number, title, inPlan, groups, unassigned);
    }

    /** The plan's indicators by purpose and code; {@code purpose}, when given, keeps that purpose's. */
    @Transactional(readOnly = true)
    public ListPage<Indicator> indicators(String planCode, Integer purpose, PageQuery page) {
        return repository.indicators(plans.get(planCode).code(), purpose, page);
    }

    @Transactional(readOnly = true)
    public Optional<Indicator> findIndicator(long id) {
        return repository.findIndicator(id);
    }

    /** The indicator with this id; {@link NotFoundException} when there is none. */
    @Transactional(readOnly = true)
    public Indicator indicator(long id) {
        return findIndicator(id).orElseThrow(() -> new NotFoundException("indicator.notFound", String.valueOf(id)));
    }

    /** The plan's outcomes by purpose and code; {@code purpose}, when given, keeps that purpose's. */
    @Transactional(readOnly = true)
    public ListPage<Outcome> outcomes(String planCode, Integer purpose, PageQuery page) {
        return repository.outcomes(plans.get(planCode).code(), purpose, page);
    }

    /** All of the plan's outcomes by purpose and code. */
    @Transactional(readOnly = true)
    public List<Outcome> outcomes(String planCode) {
        return repository.outcomes(plans.get(planCode).code());
    }

    @Transactional(readOnly = true)
    public Optional<Outcome> findOutcome(long id) {
        return repository.findOutcome(id);
    }

    /** The outcome with this id; {@link NotFoundException} when there is none. */
    @Transactional(readOnly = true)
    public Outcome outcome(long id) {
        return findOutcome(id).orElseThrow(() -> new NotFoundException("indicator.outcome.notFound", String.valueOf(id)));
    }

    // --- outcomes ---------------------------------------------------------------------------------

    /** Adds an outcome to a plan; a code the plan already uses is a {@link ConflictException}. */
    @Transactional
    public Outcome createOutcome(String planCode, OutcomeInput input) {
        OutcomeInput in = IndicatorRules.tidy(input);
        Plan plan = plans.get(planCode);
        repository.lockFramework(plan.code());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        IndicatorRules.check(in, context(plan, repository.outcomes(plan.code())), errors);
        errors.throwIfAny();
        long id = repository.insertOutcome(plan.code(), in)
                .orElseThrow(() -> new ConflictException("code", "indicator.code.taken", in.code(), plan.code()));
        Outcome created = outcome(id);
        events.publishEvent(EntityChanged.created("Outcome", entityId(created.planCode(), created.code()))
                .field("code", null, created.code()).field("purposeNumber", null, created.purposeNumber())
                .field("statement", null, created.statement()).build());
        return created;
    }

    /**
     * Changes an outcome. An outcome that indicators measure keeps its purpose (a {@link ConflictException}
     * names them); a stale {@code version} is a {@link ConflictException} and nothing is written.
     */
    @Transactional
    public Outcome updateOutcome(long id, OutcomeInput input) {
        OutcomeInput in = IndicatorRules.tidy(input);
        Outcome before = lockedOutcome(id);
        Plan plan = plans.get(before.planCode());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        IndicatorRules.check(in, context(plan, repository.outcomes(plan.code())), errors);
        errors.check(in.version() != null, "version", "validation.required");
        errors.throwIfAny();
        if (in.version() != before.version()) {
            throw staleOutcome(id);
        }
        if (!in.code().equals(before.code()) && repository.outcomeCodeTaken(plan.code(), in.code(), id)) {
            throw new ConflictException("code", "indicator.code.taken", in.code(), plan.code());
        }
        if (!in.purposeNumber().equals(before.purposeNumber())) {
            List<String> measuredBy = repository.indicatorCodesOfOutcome(id);
            if (!measuredBy.isEmpty()) {
                throw new ConflictException("purposeNumber", "indicator.outcome.purposeInUse", before.code(),
                        String.join(", ", measuredBy));
            }
        }
        EntityChanged change = EntityChanged.updated("Outcome", entityId(plan.code(), in.code()))
                .field("code", before.code(), in.code())
                .field("purposeNumber", before.purposeNumber(), in.purposeNumber())
                .field("statement", before.statement(), in.statement()).build();
        if (change.isEmpty()) {
            return before;
        }
        if (!repository.updateOutcome(id, before.version(), in)) {
            throw staleOutcome(id);
        }
        events.publishEvent(change);
        return outcome(id);
    }

    /**
     * Deletes an outcome that no indicator measures (otherwise a {@link ConflictException} names the
     * indicators). A {@code version} given must be the current one.
     */
    @Transactional
    public void deleteOutcome(long id, Integer version) {
        Outcome before = lockedOutcome(id);
        if (version != null && version != before.version()) {
            throw staleOutcome(id);
        }
        List<String> measuredBy = repository.indicatorCodesOfOutcome(id);
        if (!measuredBy.isEmpty()) {
            throw new ConflictException(null, "indicator.outcome.inUse", before.code(), String.join(", ", measuredBy));
        }
        repository.deleteOutcome(id);
        events.publishEvent(EntityChanged.deleted("Outcome", entityId(before.planCode(), before.code()))
                .field("code", before.code(), null).field("purposeNumber", before.purposeNumber(), null)
                .field("statement", before.statement(), null).build());
    }

    /** The outcome, read again once its plan's framework is locked for this transaction. */
    private Outcome lockedOutcome(long id) {
        repository.lockFramework(outcome(id).planCode());
        return outcome(id);
    }

    // --- indicators -------------------------------------------------------------------------------

    /** Adds an indicator to a plan; a code the plan already uses is a {@link ConflictException}. */
    @Transactional
    public Indicator createIndicator(String planCode, IndicatorInput input) {
        IndicatorInput in = IndicatorRules.tidy(input);
        Plan plan = plans.get(planCode);
        repository.lockFramework(plan.code());
        List<Outcome> outcomes = repository.outcomes(plan.code());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        IndicatorRules.check(in, context(plan, outcomes), errors);
        errors.throwIfAny();
        long id = repository.insertIndicator(plan.code(), in, outcomeId(outcomes, in.outcomeCode()))
                .orElseThrow(() -> new ConflictException("code", "indicator.code.taken", in.code(), plan.code()));
        Indicator created = indicator(id);
        events.publishEvent(fields(EntityChanged.created("Indicator", entityId(plan.code(), created.code())),
                null, created).build());
        return created;
    }

    /** Changes an indicator; a stale {@code version} is a {@link ConflictException} and nothing is written. */
    @Transactional
    public Indicator updateIndicator(long id, IndicatorInput input) {
        IndicatorInput in = IndicatorRules.tidy(input);
        Indicator before = lockedIndicator(id);
        Plan plan = plans.get(before.planCode());
        List<Outcome> outcomes = repository.outcomes(plan.code());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        IndicatorRules.check(in, context(plan, outcomes), errors);
        errors.check(in.version() != null, "version", "validation.required");
        errors.throwIfAny();
        if (in.version() != before.version()) {
            throw staleIndicator(id);
        }
        if (!in.code().equals(before.code()) && repository.indicatorCodeTaken(plan.code(), in.code(), id)) {
            throw new ConflictException("code", "indicator.code.taken", in.code(), plan.code());
        }
        Indicator after = asIndicator(id, plan.code(), in, before.version());
        EntityChanged change = fields(EntityChanged.updated("Indicator", entityId(plan.code(), in.code())),
                before, after).build();
        if (change.isEmpty()) {
            return before;
        }
        if (!repository.updateIndicator(id, before.version(), in, outcomeId(outcomes, in.outcomeCode()))) {
            throw staleIndicator(id);
        }
        events.publishEvent(change);
        return indicator(id);
    }

    /**
     * Deletes an indicator with its targets. A {@code version} given must be the current one. Refused (409) while
     * another module's records refer to it: values recorded for any period.
     */
    @Transactional
    public void deleteIndicator(long id, Integer version) {
        Indicator before = lockedIndicator(id);
        if (version != null && version != before.version()) {
            throw staleIndicator(id);
        }
        long records = usages.orderedStream().mapToLong(u -> u.recordsOf(id)).sum();
        if (records > 0) {
            throw new ConflictException(null, "indicator.inUse", before.code(), String.valueOf(records));
        }
        repository.deleteIndicator(id);
        events.publishEvent(fields(EntityChanged.deleted("Indicator", entityId(before.planCode(), before.code())),
                before, null).build());
    }

    /** The indicator, read again once its plan's framework is locked for this transaction. */
    private Indicator lockedIndicator(long id) {
        repository.lockFramework(indicator(id).planCode());
        return indicator(id);
    }

    // --- copying ----------------------------------------------------------------------------------

    /**
     * Copies the outcomes and indicators of plan {@code from} into plan {@code planCode} in one transaction:
     * baselines are kept, targets only for the years the plan covers, and every copied indicator is marked
     * proposed, for review. Refused (and nothing written) when {@code from} is unknown, has no framework, uses
     * a purpose the plan lacks or a baseline year after the plan's first year (422), or when the plan already
     * uses one of the codes (409).
     */
    @Transactional
    public CopiedFramework copyFramework(String planCode, String from) {
        Plan target = plans.get(planCode);
        String sourceCode = IndicatorRules.tidy(from);
        if (sourceCode == null || sourceCode.isEmpty()) {
            throw InvalidInputException.of("from", "validation.required");
        }
        if (sourceCode.equals(target.code())) {
            throw InvalidInputException.of("from", "indicator.copy.samePlan");
        }
        Plan source = plans.find(sourceCode)
                .orElseThrow(() -> InvalidInputException.of("from", "indicator.copy.unknownPlan", sourceCode));
        repository.lockFramework(target.code());
        List<Outcome> outcomes = repository.outcomes(source.code());
        List<Indicator> indicators = repository.indicators(source.code());
        if (outcomes.isEmpty() && indicators.isEmpty()) {
            throw InvalidInputException.of("from", "indicator.copy.empty", source.code());
        }
        Set<Integer> missing = new TreeSet<>();
        outcomes.forEach(o -> missing.add(o.purposeNumber()));
        indicators.forEach(i -> missing.add(i.purposeNumber()));
        target.purposes().forEach(p -> missing.remove(p.number()));
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("from", "indicator.copy.purposeMissing", target.code(),
                    missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        List<String> lateBaselines = indicators.stream()
                .filter(i -> i.baseline() != null && i.baseline().year() > target.startYear())
                .map(Indicator::code).toList();
        if (!lateBaselines.isEmpty()) {
            throw InvalidInputException.of("from", "indicator.copy.baselineAfterStart", String.join(", ", lateBaselines),
                    String.valueOf(target.startYear()));
        }
        List<String> taken = new ArrayList<>();
        outcomes.stream().map(Outcome::code).filter(c -> repository.outcomeCodeTaken(target.code(), c, null))
                .forEach(taken::add);
        indicators.stream().map(Indicator::code).filter(c -> repository.indicatorCodeTaken(target.code(), c, null))
                .forEach(taken::add);
        if (!taken.isEmpty()) {
            throw new ConflictException("from", "indicator.copy.codesTaken", target.code(), String.join(", ", taken));
        }

        Map<String, Long> outcomeIds = new HashMap<>();
        List<Outcome> newOutcomes = new ArrayList<>();
        for (Outcome o : outcomes) {
            long id = repository.insertOutcome(target.code(),
                            new OutcomeInput(o.code(), o.purposeNumber(), o.statement(), null))
                    .orElseThrow(() -> new ConflictException("from", "indicator.copy.codesTaken", target.code(), o.code()));
            outcomeIds.put(o.code(), id);
            Outcome copy = outcome(id);
            newOutcomes.add(copy);
            events.publishEvent(EntityChanged.created("Outcome", entityId(target.code(), copy.code()))
                    .field("code", null, copy.code()).field("purposeNumber", null, copy.purposeNumber())
                    .field("statement", null, copy.statement()).field("copiedFrom", null, source.code()).build());
        }
        List<Indicator> newIndicators = new ArrayList<>();
        for (Indicator i : indicators) {
            IndicatorInput in = IndicatorInput.of(i);
            List<Target> targets = i.targets().stream()
                    .filter(t -> t.year() >= target.startYear() && t.year() <= target.endYear()).toList();
            IndicatorInput copyInput = new IndicatorInput(in.code(), in.name(), in.definition(), in.purposeNumber(),
                    in.outcomeCode(), in.unit(), in.measure(), in.direction(), in.aggregation(), in.disaggregations(),
                    in.baseline(), targets, in.source(), in.frequency(), in.responsibleUserId(),
                    in.meansOfVerification(), true, null);
            Long outcomeId = i.outcomeCode() == null ? null : outcomeIds.get(i.outcomeCode());
            long id = repository.insertIndicator(target.code(), copyInput, outcomeId)
                    .orElseThrow(() -> new ConflictException("from", "indicator.copy.codesTaken", target.code(), i.code()));
            Indicator copy = indicator(id);
            newIndicators.add(copy);
            events.publishEvent(fields(EntityChanged.created("Indicator", entityId(target.code(), copy.code())), null, copy)
                    .field("copiedFrom", null, source.code()).build());
        }
        return new CopiedFramework(source.code(), target.code(), newOutcomes, newIndicators);
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** What the rules need to know about the plan: its years, purposes, outcomes and who may be responsible. */
    private FrameworkContext context(Plan plan, List<Outcome> outcomes) {
        Map<String, Integer> outcomePurposes = new LinkedHashMap<>();
        outcomes.forEach(o -> outcomePurposes.put(o.code(), o.purposeNumber()));
        return new FrameworkContext(plan.startYear(), plan.endYear(),
                plan.purposes().stream().map(Purpose::number).collect(Collectors.toSet()), outcomePurposes,
                userId -> users.find(userId).filter(UserAccount::active).isPresent());
    }

    private static Long outcomeId(List<Outcome> outcomes, String code) {
        if (code == null) {
            return null;
        }
        return outcomes.stream().filter(o -> o.code().equals(code)).map(Outcome::id).findFirst()
                .orElseThrow(() -> InvalidInputException.of("outcomeCode", "indicator.outcome.unknown", code));
    }

    /** The indicator that checked input describes, for comparing it with the stored one. */
    private static Indicator asIndicator(long id, String planCode, IndicatorInput in, int version) {
        return new Indicator(id, planCode, in.code(), in.name(), in.definition(), in.purposeNumber(), in.outcomeCode(),
                in.unit(), in.measure(), in.direction(), in.aggregation(),
                in.disaggregations().stream().sorted().toList(), in.baseline(),
                in.targets().stream().sorted(Comparator.comparing(Target::year)).toList(), in.source(),
                in.frequency(), in.responsibleUserId(), in.meansOfVerification(), Boolean.TRUE.equals(in.proposed()),
                version);
    }

    /** The audit fields of an indicator change: every field whose value differs between before and after. */
    private static EntityChanged.Builder fields(EntityChanged.Builder change, Indicator before, Indicator after) {
        return change
                .field("code", get(before, Indicator::code), get(after, Indicator::code))
                .field("name", get(before, Indicator::name), get(after, Indicator::name))
                .field("definition", get(before, Indicator::definition), get(after, Indicator::definition))
                .field("purposeNumber", get(before, Indicator::purposeNumber), get(after, Indicator::purposeNumber))
                .field("outcomeCode", get(before, Indicator::outcomeCode), get(after, Indicator::outcomeCode))
                .field("unit", get(before, Indicator::unit), get(after, Indicator::unit))
                .field("measure", get(before, i -> i.measure().name()), get(after, i -> i.measure().name()))
                .field("direction", get(before, i -> i.direction().name()), get(after, i -> i.direction().name()))
                .field("aggregation", get(before, i -> i.aggregation().name()), get(after, i -> i.aggregation().name()))
                .field("disaggregations", get(before, IndicatorService::disaggregations),
                        get(after, IndicatorService::disaggregations))
                .field("baseline", get(before, i -> baseline(i.baseline())), get(after, i -> baseline(i.baseline())))
                .field("targets", get(before, IndicatorService::targets), get(after, IndicatorService::targets))
                .field("source", get(before, Indicator::source), get(after, Indicator::source))
                .field("frequency", get(before, i -> i.frequency().name()), get(after, i -> i.frequency().name()))
                .field("responsibleUserId", get(before, Indicator::responsibleUserId),
                        get(after, Indicator::responsibleUserId))
                .field("meansOfVerification", get(before, Indicator::meansOfVerification),
                        get(after, Indicator::meansOfVerification))
                .field("proposed", get(before, Indicator::proposed), get(after, Indicator::proposed));
    }

    private static <T> T get(Indicator indicator, Function<Indicator, T> field) {
        return indicator == null ? null : field.apply(indicator);
    }

    private static String disaggregations(Indicator i) {
        return i.disaggregations().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A baseline as the audit trail shows it, e.g. {@code 240 (2020) estimate}. */
    private static String baseline(Baseline b) {
        if (b == null) {
            return null;
        }
        String text = plain(b.value()) + " (" + b.year() + ")";
        return b.note() == null || b.note().isEmpty() ? text : text + " " + b.note();
    }

    /** Targets as the audit trail shows them, e.g. {@code 2021: 300; 2022: 350 (anniversary year)}. */
    private static String targets(Indicator i) {
        return i.targets().stream()
                .map(t -> t.year() + ": " + plain(t.value()) + (t.note().isEmpty() ? "" : " (" + t.note() + ")"))
                .collect(Collectors.joining("; "));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }

    static String entityId(String planCode, String code) {
        return planCode + "/" + code;
    }

    private ConflictException staleIndicator(long id) {
        return stale(repository.indicatorUpdatedAt(id));
    }

    private ConflictException staleOutcome(long id) {
        return stale(repository.outcomeUpdatedAt(id));
    }

    private static ConflictException stale(Optional<OffsetDateTime> updatedAt) {
        return new ConflictException("version", "conflict.version",
                updatedAt.map(at -> STAMP.format(at.withOffsetSameInstant(ZoneOffset.UTC))).orElse(""));
    }
}
