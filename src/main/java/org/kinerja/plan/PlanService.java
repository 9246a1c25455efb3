package org.kinerja.plan;

import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategic plans: what other modules read (purposes, principles, the current plan) and what the
 * Co-Managers change. Every change is checked against the rules of {@link PlanLimits}, refused when made
 * from a stale version, and published as {@link EntityChanged} for the audit trail.
 */
@Service
public class PlanService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final PlanRepository plans;
    private final ApplicationEventPublisher events;

    PlanService(PlanRepository plans, ApplicationEventPublisher events) {
        this.plans = plans;
        this.events = events;
    }

    /** Plans, the most recent period first; {@code year}, when given, keeps the plans whose period includes it. */
    @Transactional(readOnly = true)
    public ListPage<PlanSummary> list(Integer year, PageQuery page) {
        return plans.list(year, page);
    }

    @Transactional(readOnly = true)
    public Optional<Plan> find(String code) {
        return code == null ? Optional.empty() : plans.find(code);
    }

    /** The plan with this code; {@link NotFoundException} when there is none. */
    @Transactional(readOnly = true)
    public Plan get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("plan.notFound", code));
    }

    /** The plan whose period includes this year, else the latest one; empty when there is no plan at all. */
    @Transactional(readOnly = true)
    public Optional<Plan> current() {
        return current(Year.now(ZoneOffset.UTC).getValue());
    }

    /** The plan whose period includes {@code year} (the most recently started), else the one ending last. */
    @Transactional(readOnly = true)
    public Optional<Plan> current(int year) {
        return plans.currentCode(year).flatMap(plans::find);
    }

    @Transactional(readOnly = true)
    public List<Purpose> purposes(String code) {
        return get(code).purposes();
    }

    @Transactional(readOnly = true)
    public Purpose purpose(String code, int number) {
        return get(code).purpose(number)
                .orElseThrow(() -> new NotFoundException("plan.purpose.notFound", code, number));
    }

    @Transactional(readOnly = true)
    public List<Principle> principles(String code) {
        return get(code).principles();
    }

    @Transactional(readOnly = true)
    public Principle principle(String code, int number) {
        return get(code).principle(number)
                .orElseThrow(() -> new NotFoundException("plan.principle.notFound", code, number));
    }

    /** The office's contact details and Co-Managers, as shipped with Kinerja. */
    @Transactional(readOnly = true)
    public Optional<OrganisationProfile> organisationProfile() {
        return plans.organisationProfile();
    }

    /**
     * Creates a plan, with copies of another plan's principles and purposes when {@code copyFrom} names one.
     * A taken code is a {@link ConflictException}.
     */
    @Transactional
    public Plan create(NewPlan input) {
        NewPlan p = PlanRules.tidy(input);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PlanRules.check(p, errors);
        Plan source = null;
        if (p.copyFrom() != null) {
            source = plans.find(p.copyFrom()).orElse(null);
            errors.check(source != null, "copyFrom", "plan.copyFrom.unknown", p.copyFrom());
        }
        errors.throwIfAny();
        long id = plans.insert(p.code(), p.title(), p.startYear(), p.endYear(), "", "", "", "", null)
                .orElseThrow(() -> new ConflictException("code", "plan.code.taken", p.code()));
        events.publishEvent(EntityChanged.created("Plan", p.code())
                .field("title", null, p.title()).field("startYear", null, p.startYear())
                .field("endYear", null, p.endYear()).field("copyFrom", null, p.copyFrom()).build());
        if (source != null) {
            for (Principle principle : source.principles()) {
                plans.insertPrinciple(id, principle);
                events.publishEvent(created(p.code(), principle));
            }
            for (Purpose purpose : source.purposes()) {
                plans.insertPurpose(id, purpose);
                events.publishEvent(created(p.code(), purpose));
            }
        }
        return get(p.code());
    }

    /**
     * Changes a plan's texts and, where the change carries them, its signatories, principles and purposes.
     * A stale {@code version} is a {@link ConflictException} and nothing is written.
     */
    @Transactional
    public Plan update(String code, PlanChange input) {
        PlanChange c = PlanRules.tidy(input);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PlanRules.check(c, errors);
        errors.throwIfAny();
        PlanRepository.Locked locked = lock(code, c.version());
        Plan before = get(code);
        String foreword = c.foreword() == null ? before.foreword() : c.foreword();
        String description = c.description() == null ? before.description() : c.description();
        String mission = c.mission() == null ? before.mission() : c.mission();
        String reporting = c.reporting() == null ? before.reporting() : c.reporting();
        EntityChanged planChange = EntityChanged.updated("Plan", code)
                .field("title", before.title(), c.title())
                .field("startYear", before.startYear(), c.startYear())
                .field("endYear", before.endYear(), c.endYear())
                .field("foreword", before.foreword(), foreword)
                .field("description", before.description(), description)
                .field("mission", before.mission(), mission)
                .field("reporting", before.reporting(), reporting)
                .field("signatories", signatories(before.signatories()),
                        c.signatories() == null ? signatories(before.signatories()) : signatories(c.signatories()))
                .build();
        List<EntityChanged> partChanges = new ArrayList<>();
        if (c.principles() != null) {
            partChanges.addAll(principleChanges(code, before.principles(), c.principles()));
        }
        if (c.purposes() != null) {
            partChanges.addAll(purposeChanges(code, before.purposes(), c.purposes()));
        }
        if (planChange.isEmpty() && partChanges.isEmpty()) {
            return before;
        }
        if (!plans.update(locked.id(), locked.version(), c.title(), c.startYear(), c.endYear(), foreword,
                description, mission, reporting)) {
            throw stale(before);
        }
        if (c.signatories() != null && !signatories(before.signatories()).equals(signatories(c.signatories()))) {
            plans.replaceSignatories(locked.id(), c.signatories());
        }
        if (c.principles() != null) {
            writePrinciples(locked.id(), before.principles(), c.principles());
        }
        if (c.purposes() != null) {
            writePurposes(locked.id(), before.purposes(), c.purposes());
        }
        if (!planChange.isEmpty()) {
            events.publishEvent(planChange);
        }
        partChanges.forEach(events::publishEvent);
        return get(code);
    }

    /**
     * Adds a principle ({@code number} null) or changes the principle numbered {@code number}; the new
     * number must not be used by another principle of the plan.
     */
    @Transactional
    public Plan savePrinciple(String code, Integer number, Principle input, Integer version) {
        Principle p = PlanRules.tidy(input);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PlanRules.check("", p, errors);
        errors.check(version != null, "version", "validation.required");
        errors.throwIfAny();
        PlanRepository.Locked locked = lock(code, version);
        Plan before = get(code);
        Principle old = number == null ? null : before.principle(number)
                .orElseThrow(() -> new NotFoundException("plan.principle.notFound", code, number));
        if (!Objects.equals(p.number(), number) && before.principle(p.number()).isPresent()) {
            throw InvalidInputException.of("number", "plan.number.taken", p.number());
        }
        EntityChanged change = old == null ? created(code, p) : principleChange(code, old, p);
        if (change.isEmpty()) {
            return before;
        }
        touch(locked, before);
        if (old == null) {
            plans.insertPrinciple(locked.id(), p);
        } else {
            plans.updatePrinciple(locked.id(), number, p);
        }
        events.publishEvent(change);
        return get(code);
    }

    @Transactional
    public Plan deletePrinciple(String code, int number, Integer version) {
        PlanRepository.Locked locked = lock(code, version);
        Plan before = get(code);
        Principle old = before.principle(number)
                .orElseThrow(() -> new NotFoundException("plan.principle.notFound", code, number));
        touch(locked, before);
        plans.deletePrinciple(locked.id(), number);
        events.publishEvent(deleted(code, old));
        return get(code);
    }

    /**
     * Adds a purpose ({@code number} null) or changes the purpose numbered {@code number}, with its example
     * activities; the new number must not be used by another purpose of the plan.
     */
    @Transactional
    public Plan savePurpose(String code, Integer number, Purpose input, Integer version) {
        Purpose p = PlanRules.tidy(input);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PlanRules.check("", p, errors);
        errors.check(version != null, "version", "validation.required");
        errors.throwIfAny();
        PlanRepository.Locked locked = lock(code, version);
        Plan before = get(code);
        Purpose old = number == null ? null : before.purpose(number)
                .orElseThrow(() -> new NotFoundException("plan.purpose.notFound", code, number));
        if (!Objects.equals(p.number(), number) && before.purpose(p.number()).isPresent()) {
            throw InvalidInputException.of("number", "plan.number.taken", p.number());
        }
        EntityChanged change = old == null ? created(code, p) : purposeChange(code, old, p);
        if (change.isEmpty()) {
            return before;
        }
        touch(locked, before);
        if (old == null) {
            plans.insertPurpose(locked.id(), p);
        } else {
            plans.updatePurpose(locked.id(), number, p);
        }
        events.publishEvent(change);
        return get(code);
    }

    @Transactional
    public Plan deletePurpose(String code, int number, Integer version) {
        PlanRepository.Locked locked = lock(code, version);
        Plan before = get(code);
        Purpose old = before.purpose(number)
                .orElseThrow(() -> new NotFoundException("plan.purpose.notFound", code, number));
        touch(locked, before);
        plans.deletePurpose(locked.id(), number);
        events.publishEvent(deleted(code, old));
        return get(code);
    }

    /** Locks the plan's row, so that its parts are read and written by one change at a time. */
    private PlanRepository.Locked lock(String code, Integer version) {
        if (version == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        PlanRepository.Locked locked = (code == null ? Optional.<PlanRepository.Locked>empty() : plans.lock(code))
                .orElseThrow(() -> new NotFoundException("plan.notFound", code));
        if (locked.version() != version) {
            throw stale(get(code));
        }
        return locked;
    }

    private void touch(PlanRepository.Locked locked, Plan before) {
        if (!plans.touch(locked.id(), locked.version())) {
            throw stale(before);
        }
    }

    private static ConflictException stale(Plan current) {
        OffsetDateTime at = current.updatedAt();
        return new ConflictException("version", "conflict.version",
                at == null ? "" : STAMP.format(at.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    private void writePrinciples(long planId, List<Principle> before, List<Principle> after) {
        Map<Integer, Principle> old = byNumber(before, Principle::number);
        Map<Integer, Principle> wanted = byNumber(after, Principle::number);
        old.keySet().stream().filter(n -> !wanted.containsKey(n)).forEach(n -> plans.deletePrinciple(planId, n));
        wanted.forEach((n, p) -> {
            if (!old.containsKey(n)) {
                plans.insertPrinciple(planId, p);
            } else if (!old.get(n).equals(p)) {
                plans.updatePrinciple(planId, n, p);
            }
        });
    }

    private void writePurposes(long planId, List<Purpose> before, List<Purpose> after) {
        Map<Integer, Purpose> old = byNumber(before, Purpose::number);
        Map<Integer, Purpose> wanted = byNumber(after, Purpose::number);
        old.keySet().stream().filter(n -> !wanted.containsKey(n)).forEach(n -> plans.deletePurpose(planId, n));
        wanted.forEach((n, p) -> {
            if (!old.containsKey(n)) {
                plans.insertPurpose(planId, p);
            } else if (!old.get(n).equals(p)) {
                plans.updatePurpose(planId, n, p);
            }
        });
    }

    private List<EntityChanged> principleChanges(String code, List<Principle> before, List<Principle> after) {
        Map<Integer, Principle> old = byNumber(before, Principle::number);
        Map<Integer, Principle> wanted = byNumber(after, Principle::number);
        List<EntityChanged> changes = new ArrayList<>();
        old.forEach((n, p) -> {
            if (!wanted.containsKey(n)) {
                changes.add(deleted(code, p));
            }
        });
        wanted.forEach((n, p) -> {
            EntityChanged change = old.containsKey(n) ? principleChange(code, old.get(n), p) : created(code, p);
            if (!change.isEmpty()) {
                changes.add(change);
            }
        });
        return changes;
    }

    private List<EntityChanged> purposeChanges(String code, List<Purpose> before, List<Purpose> after) {
        Map<Integer, Purpose> old = byNumber(before, Purpose::number);
        Map<Integer, Purpose> wanted = byNumber(after, Purpose::number);
        List<EntityChanged> changes = new ArrayList<>();
        old.forEach((n, p) -> {
            if (!wanted.containsKey(n)) {
                changes.add(deleted(code, p));
            }
        });
        wanted.forEach((n, p) -> {
            EntityChanged change = old.containsKey(n) ? purposeChange(code, old.get(n), p) : created(code, p);
            if (!change.isEmpty()) {
                changes.add(change);
            }
        });
        return changes;
    }

    private static <T> Map<Integer, T> byNumber(List<T> items, java.util.function.Function<T, Integer> number) {
        Map<Integer, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(number.apply(item), item));
        return map;
    }

    private static String partId(String code, int number) {
        return code + "/" + number;
    }

    private static EntityChanged created(String code, Principle p) {
        return EntityChanged.created("Principle", partId(code, p.number()))
                .field("number", null, p.number()).field("title", null, p.title())
                .field("description", null, p.description()).build();
    }

    private static EntityChanged principleChange(String code, Principle before, Principle after) {
        return EntityChanged.updated("Principle", partId(code, before.number()))
                .field("number", before.number(), after.number()).field("title", before.title(), after.title())
                .field("description", before.description(), after.description()).build();
    }

    private static EntityChanged deleted(String code, Principle p) {
        return EntityChanged.deleted("Principle", partId(code, p.number()))
                .field("number", p.number(), null).field("title", p.title(), null)
                .field("description", p.description(), null).build();
    }

    private static EntityChanged created(String code, Purpose p) {
        return EntityChanged.created("Purpose", partId(code, p.number()))
                .field("number", null, p.number()).field("title", null, p.title())
                .field("summary", null, p.summary()).field("description", null, p.description())
                .field("exampleActivities", null, lines(p.exampleActivities())).build();
    }

    private static EntityChanged purposeChange(String code, Purpose before, Purpose after) {
        return EntityChanged.updated("Purpose", partId(code, before.number()))
                .field("number", before.number(), after.number()).field("title", before.title(), after.title())
                .field("summary", before.summary(), after.summary())
                .field("description", before.description(), after.description())
                .field("exampleActivities", lines(before.exampleActivities()), lines(after.exampleActivities()))
                .build();
    }

    private static EntityChanged deleted(String code, Purpose p) {
        return EntityChanged.deleted("Purpose", partId(code, p.number()))
                .field("number", p.number(), null).field("title", p.title(), null)
                .field("summary", p.summary(), null).field("description", p.description(), null)
                .field("exampleActivities", lines(p.exampleActivities()), null).build();
    }

    private static String lines(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }

    private static String signatories(List<Signatory> signatories) {
        return signatories.stream()
                .map(s -> s.name() + ", " + s.roleTitle() + ", " + s.countryName() + " (" + s.countryCode() + ")")
                .collect(Collectors.joining("; "));
    }
}
