package org.kinerja.workplan;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kinerja.directory.DirectoryService;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.indicator.Outcome;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.SignedInUser;
import org.kinerja.workplan.internal.WorkPlanGate;
import org.kinerja.workplan.internal.WorkPlanHeader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities of annual work plans, with their milestones, progress updates and risks. Planning fields
 * change only while the work plan is a draft ({@link WorkPlanGate#lockForPlanning}); implementation fields
 * (status, actual dates, expenditure, progress updates, milestones done) at any time. Every change is
 * validated as a whole (422 naming each field, nothing written), refused when made from a stale version
 * (409 naming who changed the activity and when), and published as {@link EntityChanged}.
 */
@Service
public class ActivityService {

    /** The audit trail's name for activities; their history is kept under their id. */
    public static final String ENTITY_TYPE = "Activity";
    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 8000;
    public static final int REASON_MAX = 2000;
    public static final int EVIDENCE_MAX = 4000;
    public static final int LINK_MAX = 1000;
    /** The largest amount numeric(14, 2) holds. */
    static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999999.99");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    /** The fields that record implementation: they change whatever the work plan's state. */
    static final Set<String> IMPLEMENTATION_FIELDS = Set.of("status", "statusReason", "actualStart", "actualEnd", "expenditure");

    private final ActivityRepository activities;
    private final WorkPlanGate gate;
    private final PlanService plans;
    private final IndicatorService indicators;
    private final UserService users;
    private final DirectoryService directory;
    private final ObjectProvider<ActivityReferenceCheck> referenceChecks;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final String defaultCurrency;

    ActivityService(ActivityRepository activities, WorkPlanGate gate, PlanService plans, IndicatorService indicators,
                    UserService users, DirectoryService directory, ObjectProvider<ActivityReferenceCheck> referenceChecks,
                    ApplicationEventPublisher events, MessageSource messages,
                    @Value("${kinerja.workplan.default-currency:AUD}") String defaultCurrency) {
        this.activities = activities;
        this.gate = gate;
        this.plans = plans;
        this.indicators = indicators;
        this.users = users;
        this.directory = directory;
        this.referenceChecks = referenceChecks;
        this.events = events;
        this.messages = messages;
        this.defaultCurrency = defaultCurrency == null ? "AUD" : defaultCurrency.strip().toUpperCase(Locale.ROOT);
    }

    /** The currency a budget is in when none is given (setting {@code kinerja.workplan.default-currency}). */
    public String defaultCurrency() {
        return defaultCurrency;
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public Optional<Activity> find(long id) {
        return activities.find(id, names());
    }

    @Transactional(readOnly = true)
    public Activity get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("activity.notFound", String.valueOf(id)));
    }

    /** One page of activities, in year, purpose and code order. */
    @Transactional(readOnly = true)
    public ListPage<Activity> list(ActivityFilter filter, PageQuery page) {
        ActivityFilter f = filter == null ? ActivityFilter.all() : filter;
        if (f.countryCode() != null) {
            f = new ActivityFilter(f.workplanId(), f.purposeNumber(), f.status(), f.type(), f.partnerId(),
                    f.countryCode().strip().toUpperCase(Locale.ROOT), f.leadOfficerId());
        }
        return activities.list(f, page, names());
    }

    @Transactional(readOnly = true)
    public List<Milestone> milestones(long activityId) {
        get(activityId);
        return activities.milestones(activityId);
    }

    @Transactional(readOnly = true)
    public List<ProgressUpdate> progressUpdates(long activityId) {
        get(activityId);
        return activities.updates(activityId, this::userName);
    }

    @Transactional(readOnly = true)
    public List<Risk> risks(long activityId) {
        get(activityId);
        return activities.risks(activityId);
    }

    /** Whether the planning of the activity's work plan may change now (it is a draft). */
    @Transactional(readOnly = true)
    public boolean planningOpen(long activityId) {
        return gate.get(get(activityId).workplanId()).status() == WorkPlanStatus.DRAFT;
    }

    // ------------------------------------------------------------------ writing

    @Transactional
    public Activity create(ActivityInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (input.workplanId() == null) {
            errors.add("workplanId", "validation.required");
            check(input, null, null, errors);
            errors.throwIfAny();
        }
        WorkPlanHeader plan = gate.find(input.workplanId()).orElse(null);
        if (plan == null) {
            errors.add("workplanId", "activity.workplan.unknown", String.valueOf(input.workplanId()));
            check(input, null, null, errors);
            errors.throwIfAny();
        }
        ActivityRepository.Values v = check(input, plan, null, errors);
        errors.throwIfAny();
        WorkPlanHeader locked = gate.lockForPlanning(plan.id());
        int sequence = activities.nextSequence(locked.id(), v.purposeNumber());
        long id = activities.insert(locked.id(), code(locked.year(), v.purposeNumber(), sequence), sequence, v, currentUserId());
        Activity created = get(id);
        events.publishEvent(changes(EntityChanged.created(ENTITY_TYPE, id), Map.of(), fields(created)).build());
        return created;
    }

    @Transactional
    public Activity update(long id, ActivityInput input) {
        long workPlanId = activities.workPlanOf(id).orElseThrow(() -> new NotFoundException("activity.notFound", String.valueOf(id)));
        WorkPlanHeader plan = gate.lock(workPlanId);
        activities.lock(id);
        Activity before = get(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (input.workplanId() != null && input.workplanId() != workPlanId) {
            errors.add("workplanId", "activity.workplan.fixed");
        }
        ActivityRepository.Values v = check(input, plan, before, errors);
        errors.check(input.version() != null, "version", "validation.required");
        errors.throwIfAny();
        if (input.version() != before.version()) {
            throw stale(before);
        }
        Activity proposed = proposed(before, v);
        Map<String, Object> old = fields(before);
        Map<String, Object> now = fields(proposed);
        if (planningChanged(old, now)) {
            gate.lockForPlanning(workPlanId);
        }
        String code = before.code();
        int sequence = activities.sequenceOf(id);
        if (v.purposeNumber() != before.purposeNumber()) {
            sequence = activities.nextSequence(workPlanId, v.purposeNumber());
            code = code(plan.year(), v.purposeNumber(), sequence);
        }
        if (old.equals(now) && code.equals(before.code())) {
            return before;
        }
        if (!activities.update(id, before.version(), code, sequence, v, currentUserId())) {
            throw stale(get(id));
        }
        Activity after = get(id);
        events.publishEvent(changes(EntityChanged.updated(ENTITY_TYPE, id), old, fields(after)).build());
        if (before.status() != after.status()) {
            events.publishEvent(new ActivityStatusChanged(id, workPlanId, after.code(), before.status(), after.status(),
                    after.statusReason()));
        }
        return after;
    }

    /**
     * Moves the activity to {@code status}; a reason is required for POSTPONED and CANCELLED. Allowed whatever
     * the work plan's state. {@code version}, when given, must be the current one.
     */
    @Transactional
    public Activity changeStatus(long id, ActivityStatus status, String reason, Integer version) {
        long workPlanId = activities.workPlanOf(id).orElseThrow(() -> new NotFoundException("activity.notFound", String.valueOf(id)));
        gate.lock(workPlanId);
        activities.lock(id);
        Activity before = get(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String r = optional(reason);
        text(errors, "reason", r, REASON_MAX);
        if (status == null) {
            errors.add("status", "validation.required");
        } else if (status.needsReason() && r == null) {
            errors.add("reason", "activity.status.reasonRequired", label("activity.status." + status.name()));
        }
        errors.throwIfAny();
        if (version != null && version != before.version()) {
            throw stale(before);
        }
        if (before.status() == status && Objects.equals(before.statusReason(), r)) {
            return before;
        }
        if (!activities.updateStatus(id, before.version(), status, r, currentUserId())) {
            throw stale(get(id));
        }
        Activity after = get(id);
        events.publishEvent(changes(EntityChanged.updated(ENTITY_TYPE, id), fields(before), fields(after)).build());
        if (before.status() != status) {
            events.publishEvent(new ActivityStatusChanged(id, workPlanId, after.code(), before.status(), status, r));
        }
        return after;
    }

    /**
     * Deletes an activity while its work plan's planning may change and nothing refers to it: 409 naming what
     * does (events, products … through {@link ActivityReferenceCheck}, activities carried over from it).
     */
    @Transactional
    public void delete(long id, Integer version) {
        long workPlanId = activities.workPlanOf(id).orElseThrow(() -> new NotFoundException("activity.notFound", String.valueOf(id)));
        if (version == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        gate.lockForPlanning(workPlanId);
        activities.lock(id);
        Activity before = get(id);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> phrases = new ArrayList<>();
        List<String> carried = activities.carriedFrom(id);
        if (!carried.isEmpty()) {
            phrases.add(messages.getMessage("activity.refs.carried", new Object[] {String.join(", ", carried)}, locale));
        }
        referenceChecks.orderedStream().forEach(check -> phrases.addAll(check.referencesTo(id, locale)));
        if (!phrases.isEmpty()) {
            throw new ConflictException(null, "activity.delete.referenced", String.join("; ", phrases), before.code());
        }
        if (version != before.version() || !activities.delete(id, version)) {
            throw stale(before);
        }
        events.publishEvent(changes(EntityChanged.deleted(ENTITY_TYPE, id), fields(before), Map.of()).build());
    }

    // ------------------------------------------------------------------ milestones, progress updates, risks

    @Transactional
    public Milestone addMilestone(long activityId, Milestone.Input input) {
        Activity a = lockActivity(activityId);
        Milestone.Input in = check(input);
        gate.lockForPlanning(a.workplanId());
        long id = activities.insertMilestone(activityId, in);
        Milestone m = activities.milestone(activityId, id).orElseThrow();
        publishChild(activityId, "milestone " + id, null, milestoneFields(m));
        return m;
    }

    @Transactional
    public Milestone updateMilestone(long activityId, long milestoneId, Milestone.Input input) {
        Activity a = lockActivity(activityId);
        Milestone before = activities.milestone(activityId, milestoneId)
                .orElseThrow(() -> new NotFoundException("activity.milestone.notFound", String.valueOf(milestoneId)));
        Milestone.Input in = check(input);
        if (!before.title().equals(in.title()) || !before.dueMonth().equals(in.dueMonth())) {
            gate.lockForPlanning(a.workplanId());
        }
        activities.updateMilestone(milestoneId, in);
        Milestone after = activities.milestone(activityId, milestoneId).orElseThrow();
        publishChild(activityId, "milestone " + milestoneId, milestoneFields(before), milestoneFields(after));
        return after;
    }

    @Transactional
    public void deleteMilestone(long activityId, long milestoneId) {
        Activity a = lockActivity(activityId);
        Milestone before = activities.milestone(activityId, milestoneId)
                .orElseThrow(() -> new NotFoundException("activity.milestone.notFound", String.valueOf(milestoneId)));
        gate.lockForPlanning(a.workplanId());
        activities.deleteMilestone(milestoneId);
        publishChild(activityId, "milestone " + milestoneId, milestoneFields(before), null);
    }

    /** Records a progress update by the signed-in user; allowed whatever the work plan's state. */
    @Transactional
    public ProgressUpdate addProgressUpdate(long activityId, ProgressUpdate.Input input) {
        lockActivity(activityId);
        ProgressUpdate.Input in = check(input);
        Long author = currentUserId();
        if (author == null) {
            throw new IllegalStateException("a progress update needs a signed-in author");
        }
        long id = activities.insertUpdate(activityId, in.reportedOn(), in.narrative(), in.link(), author);
        ProgressUpdate u = progressUpdate(activityId, id);
        publishChild(activityId, "progressUpdate " + id, null, updateFields(u));
        return u;
    }

    @Transactional
    public ProgressUpdate updateProgressUpdate(long activityId, long updateId, ProgressUpdate.Input input) {
        lockActivity(activityId);
        ProgressUpdate before = progressUpdate(activityId, updateId);
        ProgressUpdate.Input in = check(input);
        activities.updateUpdate(updateId, in.reportedOn(), in.narrative(), in.link());
        ProgressUpdate after = progressUpdate(activityId, updateId);
        publishChild(activityId, "progressUpdate " + updateId, updateFields(before), updateFields(after));
        return after;
    }

    @Transactional
    public void deleteProgressUpdate(long activityId, long updateId) {
        lockActivity(activityId);
        ProgressUpdate before = progressUpdate(activityId, updateId);
        activities.deleteUpdate(updateId);
        publishChild(activityId, "progressUpdate " + updateId, updateFields(before), null);
    }

    @Transactional
    public Risk addRisk(long activityId, Risk.Input input) {
        Activity a = lockActivity(activityId);
        Risk.Input in = check(input);
        gate.lockForPlanning(a.workplanId());
        long id = activities.insertRisk(activityId, in);
        Risk r = risk(activityId, id);
        publishChild(activityId, "risk " + id, null, riskFields(r));
        return r;
    }

    @Transactional
    public Risk updateRisk(long activityId, long riskId, Risk.Input input) {
        Activity a = lockActivity(activityId);
        Risk before = risk(activityId, riskId);
        Risk.Input in = check(input);
        gate.lockForPlanning(a.workplanId());
        activities.updateRisk(riskId, in);
        Risk after = risk(activityId, riskId);
        publishChild(activityId, "risk " + riskId, riskFields(before), riskFields(after));
        return after;
    }

    @Transactional
    public void deleteRisk(long activityId, long riskId) {
        Activity a = lockActivity(activityId);
        Risk before = risk(activityId, riskId);
        gate.lockForPlanning(a.workplanId());
        activities.deleteRisk(riskId);
        publishChild(activityId, "risk " + riskId, riskFields(before), null);
    }

    private ProgressUpdate progressUpdate(long activityId, long id) {
        return activities.updates(activityId, this::userName).stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("activity.progressUpdate.notFound", String.valueOf(id)));
    }

    private Risk risk(long activityId, long id) {
        return activities.risks(activityId).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("activity.risk.notFound", String.valueOf(id)));
    }

    /** Locks the work plan, then the activity (the order every change takes), and reads the activity. */
    private Activity lockActivity(long activityId) {
        long workPlanId = activities.workPlanOf(activityId)
                .orElseThrow(() -> new NotFoundException("activity.notFound", String.valueOf(activityId)));
        gate.lock(workPlanId);
        activities.lock(activityId);
        return get(activityId);
    }

    private void publishChild(long activityId, String prefix, Map<String, Object> before, Map<String, Object> after) {
        EntityChanged.Builder b = EntityChanged.updated(ENTITY_TYPE, activityId);
        Set<String> keys = new java.util.LinkedHashSet<>();
        if (before != null) {
            keys.addAll(before.keySet());
        }
        if (after != null) {
            keys.addAll(after.keySet());
        }
        for (String k : keys) {
            b.field(prefix + " " + k, before == null ? null : before.get(k), after == null ? null : after.get(k));
        }
        EntityChanged change = b.build();
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
    }

    private static Map<String, Object> milestoneFields(Milestone m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", m.title());
        f.put("dueMonth", m.dueMonth().toString());
        f.put("doneOn", m.doneOn() == null ? null : m.doneOn().toString());
        return f;
    }

    private static Map<String, Object> updateFields(ProgressUpdate u) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("reportedOn", u.reportedOn().toString());
        f.put("narrative", u.narrative());
        f.put("link", u.link());
        return f;
    }

    private static Map<String, Object> riskFields(Risk r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("description", r.description());
        f.put("likelihood", r.likelihood().name());
        f.put("impact", r.impact().name());
        f.put("mitigation", r.mitigation().isEmpty() ? null : r.mitigation());
        return f;
    }

    private Milestone.Input check(Milestone.Input input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String title = tidy(input.title());
        required(errors, "title", title, TITLE_MAX);
        errors.check(input.dueMonth() != null, "dueMonth", "validation.required");
        errors.throwIfAny();
        return new Milestone.Input(title, input.dueMonth(), input.doneOn());
    }

    private ProgressUpdate.Input check(ProgressUpdate.Input input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(input.reportedOn() != null, "reportedOn", "validation.required");
        String narrative = tidy(input.narrative());
        required(errors, "narrative", narrative, TEXT_MAX);
        String link = optional(input.link());
        if (text(errors, "link", link, LINK_MAX) && link != null && !webLink(link)) {
            errors.add("link", "activity.link.format");
        }
        errors.throwIfAny();
        return new ProgressUpdate.Input(input.reportedOn(), narrative, link);
    }

    private Risk.Input check(Risk.Input input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String description = tidy(input.description());
        required(errors, "description", description, REASON_MAX);
        errors.check(input.likelihood() != null, "likelihood", "validation.required");
        errors.check(input.impact() != null, "impact", "validation.required");
        String mitigation = orEmpty(input.mitigation());
        text(errors, "mitigation", mitigation, REASON_MAX);
        errors.throwIfAny();
        return new Risk.Input(description, input.likelihood(), input.impact(), mitigation);
    }

    private static boolean webLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ validation of an activity

    /**
     * Checks every field of {@code input} against the work plan {@code plan} (null when unknown: the fields that
     * depend on it are not checked) and returns the tidied values; every broken rule goes to {@code errors}.
     */
    private ActivityRepository.Values check(ActivityInput in, WorkPlanHeader plan, Activity before,
                                            InvalidInputException.Collector errors) {
        Plan strategic = plan == null ? null : plans.find(plan.planCode()).orElse(null);
        if (plan != null && strategic == null) {
            // a work plan of a plan that no longer exists: nothing can be checked against it, so nothing is written
            errors.add("workplanId", "activity.plan.unknown", plan.planCode());
        }
        String title = tidy(in.title());
        required(errors, "title", title, TITLE_MAX);
        Integer purpose = in.purposeNumber();
        if (purpose == null) {
            errors.add("purposeNumber", "validation.required");
        } else if (strategic != null && strategic.purpose(purpose).isEmpty()) {
            errors.add("purposeNumber", "activity.purpose.unknown", String.valueOf(purpose), strategic.code());
        }
        errors.check(in.type() != null, "type", "validation.required");
        String outcome = code(in.outcomeCode());
        if (outcome != null && plan != null) {
            Optional<Outcome> o = indicators.outcomes(plan.planCode()).stream().filter(x -> x.code().equalsIgnoreCase(outcome))
                    .findFirst();
            if (o.isEmpty()) {
                errors.add("outcomeCode", "activity.outcome.unknown", outcome, plan.planCode());
            } else if (purpose != null && o.get().purposeNumber() != purpose) {
                errors.add("outcomeCode", "activity.outcome.otherPurpose", o.get().code(),
                        String.valueOf(o.get().purposeNumber()), String.valueOf(purpose));
            }
        }
        ActivityStatus status = in.status() != null ? in.status() : before != null ? before.status() : ActivityStatus.PLANNED;
        String reason = in.status() == null && before != null && in.statusReason() == null ? before.statusReason()
                : optional(in.statusReason());
        text(errors, "statusReason", reason, REASON_MAX);
        if (status.needsReason() && reason == null) {
            errors.add("statusReason", "activity.status.reasonRequired", label("activity.status." + status.name()));
        }
        String description = orEmpty(in.description());
        text(errors, "description", description, TEXT_MAX);
        String objectives = orEmpty(in.objectives());
        text(errors, "objectives", objectives, TEXT_MAX);
        if (in.leadOfficerId() != null) {
            Optional<UserAccount> officer = users.find(in.leadOfficerId());
            if (officer.isEmpty()) {
                errors.add("leadOfficerId", "activity.leadOfficer.unknown", String.valueOf(in.leadOfficerId()));
            } else if (!officer.get().active()) {
                errors.add("leadOfficerId", "activity.leadOfficer.inactive", officer.get().displayName());
            }
        }
        List<Activity.Partner> partners = partners(in.partners(), errors);
        Activity.RequestedBy requestedBy = requestedBy(in.requestedBy(), errors);
        List<Long> commitments = commitments(in.commitmentIds(), errors);
        List<String> countries = countries(in.countryCodes(), errors);
        if (in.plannedStart() != null && in.plannedEnd() != null && in.plannedEnd().isBefore(in.plannedStart())) {
            errors.add("plannedEnd", "activity.plannedEnd.beforeStart");
        }
        if (in.actualStart() != null && in.actualEnd() != null && in.actualEnd().isBefore(in.actualStart())) {
            errors.add("actualEnd", "activity.actualEnd.beforeStart");
        }
        Activity.Budget budget = budget(in.budget(), errors);
        BigDecimal expenditure = amount(errors, "expenditure", in.expenditure());
        Integer marker = in.genderMarker();
        String justification = optional(in.genderMarkerJustification());
        text(errors, "genderMarkerJustification", justification, REASON_MAX);
        if (marker != null && (marker < 0 || marker > 2)) {
            errors.add("genderMarker", "activity.genderMarker.range");
        } else if (marker != null && marker > 0 && justification == null) {
            errors.add("genderMarkerJustification", "activity.genderMarker.justificationRequired", String.valueOf(marker));
        }
        if (marker == null && justification != null) {
            errors.add("genderMarker", "activity.genderMarker.missing");
        }
        List<Activity.Principle> principles = principles(in.principles(), strategic, errors);
        return new ActivityRepository.Values(title, purpose == null ? 0 : purpose, outcome, in.type(), status, reason,
                description, objectives, in.leadOfficerId(), partners, requestedBy, commitments, countries, in.modality(),
                in.plannedStart(), in.plannedEnd(), in.actualStart(), in.actualEnd(), budget, expenditure, marker,
                justification, principles);
    }

    private List<Activity.Partner> partners(List<ActivityInput.PartnerShare> input, InvalidInputException.Collector errors) {
        if (input == null || input.isEmpty()) {
            return List.of();
        }
        List<Long> ids = input.stream().filter(Objects::nonNull).map(ActivityInput.PartnerShare::partnerId)
                .filter(Objects::nonNull).distinct().toList();
        Map<Long, String> known = new HashMap<>();
        directory.partnersByIds(ids).forEach(p -> known.put(p.id(), p.name()));
        List<Activity.Partner> result = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean sharesOk = true;
        for (int i = 0; i < input.size(); i++) {
            String f = "partners[" + i + "]";
            ActivityInput.PartnerShare p = input.get(i);
            if (p == null || p.partnerId() == null) {
                errors.add(f + ".partnerId", "validation.required");
                continue;
            }
            boolean ok = true;
            if (!known.containsKey(p.partnerId())) {
                errors.add(f + ".partnerId", "activity.partner.unknown", String.valueOf(p.partnerId()));
                ok = false;
            } else if (!seen.add(p.partnerId())) {
                errors.add(f + ".partnerId", "activity.partner.twice", known.get(p.partnerId()));
                ok = false;
            }
            if (p.role() == null) {
                errors.add(f + ".role", "validation.required");
                ok = false;
            }
            BigDecimal share = p.sharePercent() == null ? BigDecimal.ZERO : p.sharePercent();
            if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
                errors.add(f + ".sharePercent", "activity.share.range");
                ok = false;
                sharesOk = false;
            } else if (share.stripTrailingZeros().scale() > 2) {
                errors.add(f + ".sharePercent", "activity.amount.decimals");
                ok = false;
                sharesOk = false;
            } else {
                total = total.add(share);
            }
            if (ok) {
                result.add(new Activity.Partner(p.partnerId(), known.get(p.partnerId()), p.role(), share.setScale(2)));
            }
        }
        if (sharesOk && total.compareTo(HUNDRED) > 0) {
            errors.add("partners", "activity.share.total", total.stripTrailingZeros().toPlainString());
        }
        result.sort(ActivityRepository.PARTNER_ORDER);
        return result;
    }

    private Activity.RequestedBy requestedBy(ActivityInput.RequestedBy input, InvalidInputException.Collector errors) {
        if (input == null) {
            return Activity.RequestedBy.NOBODY;
        }
        String member = code(input.memberCode());
        boolean coChairs = Boolean.TRUE.equals(input.coChairs());
        int given = (member != null ? 1 : 0) + (input.bodyId() != null ? 1 : 0) + (coChairs ? 1 : 0);
        if (given > 1) {
            errors.add("requestedBy", "activity.requestedBy.one");
            return Activity.RequestedBy.NOBODY;
        }
        if (member != null && !directory.memberExists(member)) {
            errors.add("requestedBy.memberCode", "activity.member.unknown", member);
        }
        if (input.bodyId() != null && directory.findBody(input.bodyId()).isEmpty()) {
            errors.add("requestedBy.bodyId", "activity.body.unknown", String.valueOf(input.bodyId()));
        }
        return new Activity.RequestedBy(member, input.bodyId(), coChairs);
    }

    private List<Long> commitments(List<Long> input, InvalidInputException.Collector errors) {
        if (input == null || input.isEmpty()) {
            return List.of();
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            Long id = input.get(i);
            String f = "commitmentIds[" + i + "]";
            if (id == null) {
                errors.add(f, "validation.required");
            } else if (!seen.add(id)) {
                errors.add(f, "activity.listedTwice", String.valueOf(id));
            } else if (directory.findCommitment(id).isEmpty()) {
                errors.add(f, "activity.commitment.unknown", String.valueOf(id));
            }
        }
        return seen.stream().sorted().toList();
    }

    private List<String> countries(List<String> input, InvalidInputException.Collector errors) {
        if (input == null || input.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            String c = code(input.get(i));
            String f = "countryCodes[" + i + "]";
            if (c == null) {
                errors.add(f, "validation.required");
            } else if (!c.matches("[A-Z]{3}")) {
                errors.add(f, "activity.country.format", c);
            } else if (!seen.add(c)) {
                errors.add(f, "activity.listedTwice", c);
            } else if (directory.country(c).isEmpty()) {
                errors.add(f, "activity.country.unknown", c);
            }
        }
        return seen.stream().sorted().toList();
    }

    private Activity.Budget budget(ActivityInput.Budget input, InvalidInputException.Collector errors) {
        if (input == null || (input.amount() == null && optional(input.currency()) == null)) {
            return null;
        }
        if (input.amount() == null) {
            errors.add("budget.amount", "activity.budget.amountRequired");
            return null;
        }
        BigDecimal amount = amount(errors, "budget.amount", input.amount());
        String currency = code(input.currency());
        if (currency == null) {
            currency = defaultCurrency;
        }
        if (!currency.matches("[A-Z]{3}") || directory.currency(currency).isEmpty()) {
            errors.add("budget.currency", "activity.currency.unknown", currency);
        }
        return amount == null ? null : new Activity.Budget(amount, currency);
    }

    private static BigDecimal amount(InvalidInputException.Collector errors, String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            errors.add(field, "activity.amount.negative");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            errors.add(field, "activity.amount.decimals");
            return null;
        }
        if (value.compareTo(AMOUNT_MAX) > 0) {
            errors.add(field, "activity.amount.tooLarge", AMOUNT_MAX.toPlainString());
            return null;
        }
        return value.setScale(2);
    }

    private static List<Activity.Principle> principles(List<ActivityInput.PrincipleMarker> input, Plan plan,
                                                        InvalidInputException.Collector errors) {
        if (input == null || input.isEmpty()) {
            return List.of();
        }
        List<Activity.Principle> result = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            String f = "principles[" + i + "]";
            ActivityInput.PrincipleMarker p = input.get(i);
            if (p == null || p.number() == null) {
                errors.add(f + ".number", "validation.required");
                continue;
            }
            boolean ok = true;
            if (plan != null && plan.principle(p.number()).isEmpty()) {
                errors.add(f + ".number", "activity.principle.unknown", String.valueOf(p.number()), plan.code());
                ok = false;
            } else if (!seen.add(p.number())) {
                errors.add(f + ".number", "activity.listedTwice", String.valueOf(p.number()));
                ok = false;
            }
            if (p.rating() == null) {
                errors.add(f + ".rating", "validation.required");
                ok = false;
            }
            String evidence = orEmpty(p.evidence());
            ok &= text(errors, f + ".evidence", evidence, EVIDENCE_MAX);
            if (ok) {
                result.add(new Activity.Principle(p.number(), p.rating(), evidence));
            }
        }
        result.sort(Comparator.comparingInt(Activity.Principle::number));
        return result;
    }

    // ------------------------------------------------------------------ comparing and auditing

    private static Activity proposed(Activity before, ActivityRepository.Values v) {
        return new Activity(before.id(), before.code(), before.workplanId(), before.planCode(), before.year(), v.title(),
                v.purposeNumber(), v.outcomeCode(), v.type(), v.status(), v.statusReason(), v.description(),
                v.objectives(), v.leadOfficerId(), null, v.partners(), v.requestedBy(), v.commitmentIds(),
                v.countryCodes(), v.modality(), v.plannedStart(), v.plannedEnd(), v.actualStart(), v.actualEnd(),
                v.budget(), v.expenditure(), v.genderMarker(), v.genderMarkerJustification(), v.principles(),
                before.listedInPlan(), before.carriedFromId(), before.version(), before.updatedAt(), before.updatedBy(),
                before.updatedByName());
    }

    /** Whether any field outside {@link #IMPLEMENTATION_FIELDS} differs. */
    static boolean planningChanged(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().filter(k -> !IMPLEMENTATION_FIELDS.contains(k) && !k.equals("code"))
                .anyMatch(k -> !Objects.equals(before.get(k), after.get(k)));
    }

    /** The activity's fields as the audit trail records them: text, numbers and booleans; lists as text. */
    static Map<String, Object> fields(Activity a) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", a.code());
        f.put("title", a.title());
        f.put("purposeNumber", a.purposeNumber());
        f.put("outcomeCode", a.outcomeCode());
        f.put("type", a.type().name());
        f.put("status", a.status().name());
        f.put("statusReason", a.statusReason());
        f.put("description", a.description().isEmpty() ? null : a.description());
        f.put("objectives", a.objectives().isEmpty() ? null : a.objectives());
        f.put("leadOfficerId", a.leadOfficerId());
        f.put("partners", a.partners().isEmpty() ? null : a.partners().stream()
                .sorted(Comparator.comparingLong(Activity.Partner::partnerId))
                .map(p -> p.partnerId() + " " + p.role().name() + " " + p.sharePercent().setScale(2).toPlainString() + "%")
                .collect(Collectors.joining("; ")));
        Activity.RequestedBy r = a.requestedBy();
        f.put("requestedBy", r.memberCode() != null ? "member " + r.memberCode()
                : r.bodyId() != null ? "body " + r.bodyId() : r.coChairs() ? "Co-Chairs" : null);
        f.put("commitmentIds", a.commitmentIds().isEmpty() ? null
                : a.commitmentIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
        f.put("countryCodes", a.countryCodes().isEmpty() ? null
                : a.countryCodes().stream().sorted().collect(Collectors.joining(", ")));
        f.put("modality", a.modality() == null ? null : a.modality().name());
        f.put("plannedStart", a.plannedStart() == null ? null : a.plannedStart().toString());
        f.put("plannedEnd", a.plannedEnd() == null ? null : a.plannedEnd().toString());
        f.put("actualStart", a.actualStart() == null ? null : a.actualStart().toString());
        f.put("actualEnd", a.actualEnd() == null ? null : a.actualEnd().toString());
        f.put("budget", a.budget() == null ? null
                : a.budget().amount().setScale(2).toPlainString() + " " + a.budget().currency());
        f.put("expenditure", a.expenditure() == null ? null : a.expenditure().setScale(2).toPlainString());
        f.put("genderMarker", a.genderMarker());
        f.put("genderMarkerJustification", a.genderMarkerJustification());
        f.put("principles", a.principles().isEmpty() ? null : a.principles().stream()
                .map(p -> p.number() + " " + p.rating().name() + (p.evidence().isEmpty() ? "" : ": " + p.evidence()))
                .collect(Collectors.joining("; ")));
        return f;
    }

    private static EntityChanged.Builder changes(EntityChanged.Builder b, Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            b.field(k, before.get(k), after.get(k));
        }
        return b;
    }

    // ------------------------------------------------------------------ helpers

    /** The answer to a change made from a stale version: who changed the activity last, and when. */
    private ConflictException stale(Activity current) {
        String when = current.updatedAt() == null ? ""
                : STAMP.format(current.updatedAt().withOffsetSameInstant(ZoneOffset.UTC));
        if (current.updatedByName() == null) {
            return new ConflictException("version", "activity.stale.unknown", when);
        }
        return new ConflictException("version", "activity.stale", current.updatedByName(), when);
    }

    private static String code(int year, int purpose, int sequence) {
        return year + "-P" + purpose + "-" + String.format(Locale.ROOT, "%02d", sequence);
    }

    private ActivityRepository.Names names() {
        return new ActivityRepository.Names(this::partnerNames, this::userName);
    }

    private Map<Long, String> partnerNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        directory.partnersByIds(ids).forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    private String userName(Long id) {
        return id == null ? null : users.find(id).map(UserAccount::displayName).orElse(null);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static Long currentUserId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user.id() : null;
    }

    private static String tidy(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String optional(String text) {
        String t = tidy(text);
        return t == null || t.isEmpty() ? null : t;
    }

    private static String orEmpty(String text) {
        String t = tidy(text);
        return t == null ? "" : t;
    }

    private static String code(String text) {
        String t = optional(text);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    private static boolean required(InvalidInputException.Collector errors, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            errors.add(field, "validation.required");
            return false;
        }
        return text(errors, field, value, max);
    }

    private static boolean text(InvalidInputException.Collector errors, String field, String value, int max) {
        if (value == null) {
            return true;
        }
        if (value.length() > max) {
            errors.add(field, "validation.length.max", String.valueOf(max));
            return false;
        }
        if (value.indexOf('\u0000') >= 0) {
            errors.add(field, "validation.text.character");
            return false;
        }
        return true;
    }
}
