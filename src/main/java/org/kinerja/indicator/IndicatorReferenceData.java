package org.kinerja.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.Purpose;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the results frameworks shipped with every install ({@code src/main/resources/indicator/*.json}) at
 * start-up, after the shipped plans: a plan's framework is loaded once (recorded in
 * {@code indicator.shipped_framework}), so outcomes and indicators that users change or delete stay as they
 * left them. Nodes starting together wait for each other on a transaction-scoped advisory lock.
 */
@Component
@Order(60)
class IndicatorReferenceData implements ApplicationRunner {

    static final String SHIPPED = "indicator/SP-2021-22-framework.json";

    private static final Log log = LogFactory.getLog(IndicatorReferenceData.class);

    /** The layout of a shipped framework file. */
    record ShippedFile(int resourceVersion, String sources, String planCode, List<OutcomeInput> outcomes,
                       List<IndicatorInput> indicators) {

        ShippedFile {
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    private final IndicatorRepository repository;
    private final PlanService plans;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    IndicatorReferenceData(IndicatorRepository repository, PlanService plans, TransactionTemplate transactions,
                           JsonMapper json, ApplicationEventPublisher events) {
        this.repository = repository;
        this.plans = plans;
        this.transactions = transactions;
        this.json = json;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (load(new ClassPathResource(SHIPPED))) {
            log.info("Loaded the shipped results framework from " + SHIPPED + ".");
        }
    }

    /**
     * Loads one shipped framework file; whether it was loaded now (false when it was loaded before, or when
     * its plan does not exist).
     */
    boolean load(Resource resource) {
        ShippedFile file = read(resource);
        Boolean loaded = transactions.execute(status -> {
            repository.lockReferenceData();
            Plan plan = plans.find(file.planCode()).orElse(null);
            if (plan == null) {
                log.warn("The shipped results framework " + resource + " is for plan " + file.planCode()
                        + ", which does not exist; it was not loaded.");
                return false;
            }
            check(file, plan, resource);
            if (!repository.markShipped(plan.code(), file.resourceVersion())) {
                return false;
            }
            repository.lockFramework(plan.code());
            Map<String, Long> outcomeIds = new HashMap<>();
            for (OutcomeInput o : file.outcomes()) {
                OutcomeInput in = IndicatorRules.tidy(o);
                repository.insertOutcome(plan.code(), in).ifPresentOrElse(id -> {
                    outcomeIds.put(in.code(), id);
                    events.publishEvent(EntityChanged.created("Outcome", IndicatorService.entityId(plan.code(), in.code()))
                            .field("code", null, in.code()).field("purposeNumber", null, in.purposeNumber())
                            .field("statement", null, in.statement()).field("source", null, source(resource, file))
                            .build());
                }, () -> log.warn("Plan " + plan.code() + " already has an outcome " + in.code()
                        + "; the shipped one was not loaded."));
            }
            for (IndicatorInput i : file.indicators()) {
                IndicatorInput in = IndicatorRules.tidy(i);
                Long outcomeId = in.outcomeCode() == null ? null : outcomeIds.get(in.outcomeCode());
                IndicatorInput stored = outcomeId == null && in.outcomeCode() != null ? withoutOutcome(in) : in;
                repository.insertIndicator(plan.code(), stored, outcomeId).ifPresentOrElse(id ->
                        events.publishEvent(EntityChanged.created("Indicator",
                                        IndicatorService.entityId(plan.code(), in.code()))
                                .field("code", null, in.code()).field("name", null, in.name())
                                .field("purposeNumber", null, in.purposeNumber())
                                .field("outcomeCode", null, stored.outcomeCode())
                                .field("proposed", null, true).field("source", null, source(resource, file))
                                .build()),
                        () -> log.warn("Plan " + plan.code() + " already has an indicator " + in.code()
                                + "; the shipped one was not loaded."));
            }
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    private static String source(Resource resource, ShippedFile file) {
        return resource.getFilename() + " version " + file.resourceVersion();
    }

    /** An indicator whose shipped outcome a user's outcome of the same code displaced measures no outcome. */
    private static IndicatorInput withoutOutcome(IndicatorInput in) {
        return new IndicatorInput(in.code(), in.name(), in.definition(), in.purposeNumber(), null, in.unit(),
                in.measure(), in.direction(), in.aggregation(), in.disaggregations(), in.baseline(), in.targets(),
                in.source(), in.frequency(), in.responsibleUserId(), in.meansOfVerification(), in.proposed(), null);
    }

    private ShippedFile read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, ShippedFile.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The shipped results framework " + resource + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A shipped file that breaks the rules users are held to is a build defect: fail the start. Shipped
     * indicators are all proposed, name no responsible user (no user exists in a fresh install) and have
     * unique codes.
     */
    static void check(ShippedFile file, Plan plan, Resource resource) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        Map<String, Integer> outcomePurposes = new LinkedHashMap<>();
        for (int n = 0; n < file.outcomes().size(); n++) {
            OutcomeInput o = IndicatorRules.tidy(file.outcomes().get(n));
            if (outcomePurposes.putIfAbsent(o.code(), o.purposeNumber()) != null) {
                violations.add(new InvalidInputException.Violation("outcomes[" + n + "].code", "indicator.code.taken",
                        o.code(), plan.code()));
            }
        }
        FrameworkContext context = new FrameworkContext(plan.startYear(), plan.endYear(),
                plan.purposes().stream().map(Purpose::number).collect(Collectors.toSet()), outcomePurposes,
                id -> false);
        for (int n = 0; n < file.outcomes().size(); n++) {
            OutcomeInput o = IndicatorRules.tidy(file.outcomes().get(n));
            checkInto("outcomes[" + n + "].", errors -> IndicatorRules.check(o, context, errors), violations);
        }
        List<String> codes = new ArrayList<>();
        for (int n = 0; n < file.indicators().size(); n++) {
            IndicatorInput in = IndicatorRules.tidy(file.indicators().get(n));
            String prefix = "indicators[" + n + "].";
            checkInto(prefix, errors -> IndicatorRules.check(in, context, errors), violations);
            if (codes.contains(in.code())) {
                violations.add(new InvalidInputException.Violation(prefix + "code", "indicator.code.taken", in.code(),
                        plan.code()));
            }
            if (!Boolean.TRUE.equals(in.proposed())) {
                violations.add(new InvalidInputException.Violation(prefix + "proposed", "validation.required"));
            }
            codes.add(in.code());
        }
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The shipped results framework " + resource + " breaks the rules: "
                    + violations.stream().map(v -> v.field() + " " + v.messageKey() + " " + List.of(v.args()))
                    .collect(Collectors.joining("; ")));
        }
    }

    /** Runs one check and adds what it found to {@code out}, each field name prefixed, e.g. {@code indicators[3].code}. */
    private static void checkInto(String prefix, Consumer<InvalidInputException.Collector> check,
                                  List<InvalidInputException.Violation> out) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        check.accept(errors);
        try {
            errors.throwIfAny();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> out.add(new InvalidInputException.Violation(prefix + v.field(), v.messageKey(),
                    v.args())));
        }
    }
}
