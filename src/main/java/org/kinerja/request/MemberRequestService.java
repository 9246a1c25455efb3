package org.kinerja.request;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kinerja.directory.Body;
import org.kinerja.directory.BodyKind;
import org.kinerja.directory.Contact;
import org.kinerja.directory.ContactService;
import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.Member;
import org.kinerja.directory.Organisation;
import org.kinerja.directory.OrganisationType;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.request.db.tables.records.MemberRequestRecord;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.ActivityLookup;
import org.kinerja.workplan.ActivityRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of member requests. Every change is validated field by field (nothing is written when any
 * field is refused), refused when made from a stale version, and published as {@link EntityChanged}. Status
 * only moves forward ({@link MemberRequestStatus}); no date lies before the received date or in the future.
 * Member focal points ({@link RequestViewer#restricted()}) see and submit only their own member's requests.
 * The read methods without a viewer ({@link #list(MemberRequestFilter, PageQuery)}, {@link #count}) are what
 * the measurement and report modules use.
 */
@Service
public class MemberRequestService {

    public static final int SUBJECT_MAX = 300;
    public static final int TEXT_MAX = 8000;
    public static final int REASON_MAX = 2000;
    public static final int ACTIVITIES_MAX = 50;
    /** The roles of RSO staff, to whom requests are assigned. */
    static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.CO_MANAGER, Role.PROGRAMME_OFFICER, Role.MEL_OFFICER);
    private static final LocalDate EARLIEST = LocalDate.of(2002, 1, 1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final MemberRequestRepository requests;
    private final DirectoryService directory;
    private final ContactService contacts;
    private final UserService users;
    private final ActivityLookup activities;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final int acknowledgeDays;
    private final int deliverDays;

    MemberRequestService(MemberRequestRepository requests, DirectoryService directory, ContactService contacts,
                         UserService users, ActivityLookup activities, MessageSource messages,
                         ApplicationEventPublisher events,
                         @Value("${kinerja.request.acknowledge-days:5}") int acknowledgeDays,
                         @Value("${kinerja.request.deliver-days:60}") int deliverDays) {
        if (acknowledgeDays < 1 || acknowledgeDays > 365 || deliverDays < 1 || deliverDays > 3650) {
            throw new IllegalStateException("kinerja.request.acknowledge-days must be 1 to 365 and "
                    + "kinerja.request.deliver-days 1 to 3650; they are " + acknowledgeDays + " and " + deliverDays);
        }
        this.requests = requests;
        this.directory = directory;
        this.contacts = contacts;
        this.users = users;
        this.activities = activities;
        this.messages = messages;
        this.events = events;
        this.acknowledgeDays = acknowledgeDays;
        this.deliverDays = deliverDays;
    }

    /** Calendar days after receipt by which a request should be acknowledged. */
    public int acknowledgeDays() {
        return acknowledgeDays;
    }

    /** Calendar days after receipt by which a request should be delivered: the default due date. */
    public int deliverDays() {
        return deliverDays;
    }

    /** One page of every request the filter holds, latest received first, computed for today. */
    @Transactional(readOnly = true)
    public ListPage<MemberRequest> list(MemberRequestFilter filter, PageQuery page) {
        ListPage<MemberRequestRepository.Row> rows = requests.list(filter == null ? MemberRequestFilter.all() : filter,
                page, today(), acknowledgeDays);
        return new ListPage<>(resolve(rows.items()), rows.page(), rows.size(), rows.total());
    }

    /** One page of the requests {@code viewer} may see. */
    @Transactional(readOnly = true)
    public ListPage<MemberRequest> list(MemberRequestFilter filter, PageQuery page, RequestViewer viewer) {
        return list(visible(filter, viewer), page);
    }

    /** How many requests the filter holds, computed for today. */
    @Transactional(readOnly = true)
    public int count(MemberRequestFilter filter) {
        return requests.count(filter == null ? MemberRequestFilter.all() : filter, today(), acknowledgeDays);
    }

    private static MemberRequestFilter visible(MemberRequestFilter filter, RequestViewer viewer) {
        MemberRequestFilter f = filter == null ? MemberRequestFilter.all() : filter;
        return viewer != null && viewer.restricted() ? f.ofMember(viewer.memberCode()) : f;
    }

    @Transactional(readOnly = true)
    public Optional<MemberRequest> find(long id) {
        return requests.find(id, today(), acknowledgeDays).map(r -> resolve(List.of(r)).get(0));
    }

    /** The request, when {@code viewer} may see it; 404 otherwise, as if it did not exist. */
    @Transactional(readOnly = true)
    public MemberRequest get(long id, RequestViewer viewer) {
        return find(id).filter(r -> viewer == null || !viewer.restricted()
                        || (r.requester().kind() == RequesterKind.MEMBER && viewer.memberCode().equals(r.requester().memberCode())))
                .orElseThrow(() -> new NotFoundException("request.notFound", String.valueOf(id)));
    }

    /** The status history of a request {@code viewer} may see, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusHistoryEntry> history(long id, RequestViewer viewer) {
        get(id, viewer);
        Map<Long, String> names = new HashMap<>();
        return requests.history(id).stream().map(h -> new StatusHistoryEntry(h.from(), h.to(), h.date(), h.reason(),
                h.changedBy() == null ? null : names.computeIfAbsent(h.changedBy(), this::userName))).toList();
    }

    /** The users requests may be assigned to: active staff, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> possibleOfficers() {
        Map<Long, UserAccount> out = new HashMap<>();
        for (Role role : STAFF) {
            users.list(null, role, true, PageQuery.of(0, PageQuery.MAX_SIZE)).items().forEach(u -> out.put(u.id(), u));
        }
        return out.values().stream().sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName())).toList();
    }

    /**
     * Records a request. A restricted viewer (a focal point) submits for their own member only, received today
     * through Kinerja; the fields only staff set (officer, due date, response, activities) are refused to them.
     */
    @Transactional
    public MemberRequest create(MemberRequestInput input, RequestViewer viewer) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MemberRequestInput in = viewer != null && viewer.restricted() ? forFocalPoint(input, viewer, errors) : input;
        Checked c = check(in, errors);
        errors.throwIfAny();
        c.record.setStatus(MemberRequestStatus.RECEIVED.name());
        c.record.setSubmittedBy(viewer == null ? null : viewer.userId());
        long id = requests.insert(c.record, c.activityIds);
        requests.history(id, null, MemberRequestStatus.RECEIVED, c.record.getReceivedDate(), null,
                viewer == null ? null : viewer.userId());
        MemberRequest after = find(id).orElseThrow();
        events.publishEvent(fields(EntityChanged.created("MemberRequest", id), null, after).build());
        return after;
    }

    private MemberRequestInput forFocalPoint(MemberRequestInput in, RequestViewer viewer,
                                             InvalidInputException.Collector errors) {
        String own = viewer.memberCode();
        if (in.requesterBodyId() != null || Boolean.TRUE.equals(in.requesterCoChairs())
                || (in.requesterMemberCode() != null && !in.requesterMemberCode().isBlank()
                && !in.requesterMemberCode().strip().equalsIgnoreCase(own))) {
            errors.add("requesterMemberCode", "request.requester.ownMember", own);
        }
        LocalDate today = today();
        if (in.receivedDate() != null && !in.receivedDate().equals(today)) {
            errors.add("receivedDate", "request.focalPoint.receivedToday");
        }
        if (in.channel() != null && in.channel() != RequestChannel.KINERJA) {
            errors.add("channel", "request.focalPoint.channel");
        }
        errors.check(in.assignedOfficerId() == null, "assignedOfficerId", "request.focalPoint.staffOnly");
        errors.check(in.dueDate() == null, "dueDate", "request.focalPoint.staffOnly");
        errors.check(in.responseSummary() == null || in.responseSummary().isBlank(), "responseSummary",
                "request.focalPoint.staffOnly");
        errors.check(in.activityIds() == null || in.activityIds().isEmpty(), "activityIds", "request.focalPoint.staffOnly");
        return new MemberRequestInput(own, null, null, in.requesterContactId(), today, RequestChannel.KINERJA,
                in.subject(), in.description(), in.type(), null, null, null, List.of(), null);
    }

    @Transactional
    public MemberRequest update(long id, MemberRequestInput input) {
        MemberRequest before = find(id).orElseThrow(() -> new NotFoundException("request.notFound", String.valueOf(id)));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(input.version() != null, "version", "validation.required");
        Checked c = check(input, errors);
        LocalDate received = input.receivedDate();
        if (received != null) {
            for (LocalDate d : new LocalDate[] {before.acknowledgedDate(), before.deliveredDate(), before.closedDate()}) {
                if (d != null && received.isAfter(d)) {
                    errors.add("receivedDate", "request.receivedDate.afterStatusDates", d.toString());
                    break;
                }
            }
        }
        errors.throwIfAny();
        if (before.version() != input.version() || !requests.update(id, input.version(), c.record, c.activityIds)) {
            throw stale(before);
        }
        MemberRequest after = find(id).orElseThrow();
        EntityChanged change = fields(EntityChanged.updated("MemberRequest", id), before, after).build();
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    /**
     * Moves a request forward. The date (today when empty) is the acknowledged date of ACCEPTED and
     * IN_PROGRESS, the delivered date of DELIVERED, the closing date of DECLINED and WITHDRAWN; leaving RECEIVED
     * (but by withdrawal) acknowledges the request on that date when it was not yet. A move the status does
     * not allow is refused with 409; a stale {@code version} (when given) too.
     */
    @Transactional
    public MemberRequest changeStatus(long id, StatusChange change, Integer version, RequestViewer viewer) {
        MemberRequest before = find(id).orElseThrow(() -> new NotFoundException("request.notFound", String.valueOf(id)));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MemberRequestStatus to = change.status();
        LocalDate date = change.date() == null ? today() : change.date();
        String reason = optional(change.reason());
        errors.check(to != null, "status", "validation.required");
        checkDate(errors, "date", date, before.receivedDate());
        if (to == MemberRequestStatus.DELIVERED && before.acknowledgedDate() != null
                && date.isBefore(before.acknowledgedDate())) {
            errors.add("date", "request.date.beforeAcknowledged", before.acknowledgedDate().toString());
        }
        if (to != null && to.needsReason() && reason == null) {
            errors.add("reason", "request.reason.required");
        }
        if (reason != null) {
            length(errors, "reason", reason, REASON_MAX);
        }
        errors.throwIfAny();
        if (version != null && version != before.version()) {
            throw stale(before);
        }
        if (!before.status().canMoveTo(to)) {
            throw new ConflictException("status", "request.status.notAllowed", label("request.status." + before.status()),
                    label("request.status." + to));
        }
        LocalDate acknowledged = before.acknowledgedDate();
        if (acknowledged == null && to != MemberRequestStatus.WITHDRAWN) {
            acknowledged = date;
        }
        LocalDate delivered = to == MemberRequestStatus.DELIVERED ? date : null;
        boolean closing = to == MemberRequestStatus.DECLINED || to == MemberRequestStatus.WITHDRAWN;
        if (!requests.changeStatus(id, before.version(), to, acknowledged, delivered, closing ? date : null,
                closing ? reason : null)) {
            throw stale(before);
        }
        requests.history(id, before.status(), to, date, reason, viewer == null ? null : viewer.userId());
        MemberRequest after = find(id).orElseThrow();
        events.publishEvent(fields(EntityChanged.updated("MemberRequest", id), before, after)
                .field("statusReason", before.statusReason(), after.statusReason()).build());
        return after;
    }

    private record Checked(MemberRequestRecord record, List<Long> activityIds) {
    }

    private Checked check(MemberRequestInput in, InvalidInputException.Collector errors) {
        MemberRequestRecord r = new MemberRequestRecord();
        String code = optional(in.requesterMemberCode());
        boolean coChairs = Boolean.TRUE.equals(in.requesterCoChairs());
        int given = (code != null ? 1 : 0) + (in.requesterBodyId() != null ? 1 : 0) + (coChairs ? 1 : 0);
        RequesterKind kind = null;
        if (given != 1) {
            errors.add("requester", "request.requester.exactlyOne");
        } else if (code != null) {
            Optional<Member> member = directory.findMember(code);
            if (member.isEmpty()) {
                errors.add("requesterMemberCode", "request.member.unknown", code);
            } else {
                kind = RequesterKind.MEMBER;
                r.setRequesterMemberCode(member.get().code());
            }
        } else if (in.requesterBodyId() != null) {
            if (directory.findBody(in.requesterBodyId()).isEmpty()) {
                errors.add("requesterBodyId", "request.body.unknown", String.valueOf(in.requesterBodyId()));
            } else {
                kind = RequesterKind.BODY;
                r.setRequesterBodyId(in.requesterBodyId());
            }
        } else {
            kind = RequesterKind.CO_CHAIRS;
        }
        r.setRequesterKind(kind == null ? null : kind.name());
        if (in.requesterContactId() != null) {
            Optional<Contact> contact = contacts.find(in.requesterContactId(), false);
            if (contact.isEmpty()) {
                errors.add("requesterContactId", "request.contact.unknown", String.valueOf(in.requesterContactId()));
            } else if (kind != null && !belongsTo(contact.get().organisation(), kind, r)) {
                errors.add("requesterContactId", "request.contact.notOfRequester", contact.get().name());
            }
            r.setRequesterContactId(in.requesterContactId());
        }
        LocalDate received = in.receivedDate();
        if (received == null) {
            errors.add("receivedDate", "validation.required");
        } else if (received.isAfter(today())) {
            errors.add("receivedDate", "request.date.future");
        } else if (received.isBefore(EARLIEST)) {
            errors.add("receivedDate", "request.date.early", EARLIEST.toString());
            received = null;
        } else {
            r.setReceivedDate(received);
        }
        errors.check(in.channel() != null, "channel", "validation.required");
        r.setChannel(in.channel() == null ? null : in.channel().name());
        String subject = tidy(in.subject());
        if (subject == null || subject.isEmpty()) {
            errors.add("subject", "validation.required");
        } else {
            length(errors, "subject", subject, SUBJECT_MAX);
        }
        r.setSubject(subject);
        r.setDescription(orEmpty(in.description()));
        length(errors, "description", r.getDescription(), TEXT_MAX);
        errors.check(in.type() != null, "type", "validation.required");
        r.setType(in.type() == null ? null : in.type().name());
        if (in.assignedOfficerId() != null) {
            Optional<UserAccount> officer = users.find(in.assignedOfficerId());
            if (officer.isEmpty()) {
                errors.add("assignedOfficerId", "request.officer.unknown", String.valueOf(in.assignedOfficerId()));
            } else if (officer.get().roles().stream().noneMatch(STAFF::contains)) {
                errors.add("assignedOfficerId", "request.officer.notStaff", officer.get().displayName());
            }
            r.setAssignedOfficerId(in.assignedOfficerId());
        }
        LocalDate due = in.dueDate();
        if (due == null) {
            due = received == null ? null : received.plusDays(deliverDays);
        } else if (received != null && due.isBefore(received)) {
            errors.add("dueDate", "request.dueDate.beforeReceived");
        }
        r.setDueDate(due);
        r.setResponseSummary(orEmpty(in.responseSummary()));
        length(errors, "responseSummary", r.getResponseSummary(), TEXT_MAX);
        List<Long> activityIds = activityIds(in.activityIds(), errors);
        return new Checked(r, activityIds);
    }

    private boolean belongsTo(Organisation org, RequesterKind kind, MemberRequestRecord r) {
        return switch (kind) {
            case MEMBER -> org.type() == OrganisationType.MEMBER && r.getRequesterMemberCode().equals(org.code());
            case BODY -> org.type() == OrganisationType.BODY && r.getRequesterBodyId() == org.id();
            case CO_CHAIRS -> org.type() == OrganisationType.BODY
                    && directory.findBody(org.id()).map(Body::kind).orElse(null) == BodyKind.CO_CHAIRS;
        };
    }

    private List<Long> activityIds(List<Long> ids, InvalidInputException.Collector errors) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<Long> unique = new LinkedHashSet<>();
        for (Long id : ids) {
            if (id == null) {
                errors.add("activityIds", "validation.required");
                return List.of();
            }
            unique.add(id);
        }
        if (unique.size() > ACTIVITIES_MAX) {
            errors.add("activityIds", "request.activities.tooMany", String.valueOf(ACTIVITIES_MAX));
            return List.of();
        }
        Set<Long> known = activities.findAll(unique).stream().map(ActivityRef::id).collect(Collectors.toSet());
        for (Long id : unique) {
            if (!known.contains(id)) {
                errors.add("activityIds", "request.activity.unknown", String.valueOf(id));
            }
        }
        return List.copyOf(unique);
    }

    private void checkDate(InvalidInputException.Collector errors, String field, LocalDate date, LocalDate received) {
        if (date.isAfter(today())) {
            errors.add(field, "request.date.future");
        } else if (date.isBefore(received)) {
            errors.add(field, "request.date.beforeReceived", received.toString());
        }
    }

    private static LocalDate today() {
        return LocalDate.now();
    }

    private static ConflictException stale(MemberRequest r) {
        return new ConflictException("version", "conflict.version",
                r.updatedAt() == null ? "" : STAMP.format(r.updatedAt().withOffsetSameInstant(ZoneOffset.UTC)));
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

    private static void length(InvalidInputException.Collector errors, String field, String value, int max) {
        if (value.length() > max) {
            errors.add(field, "validation.length.max", String.valueOf(max));
        } else if (value.indexOf('\u0000') >= 0) {
            errors.add(field, "validation.text.character");
        }
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private String userName(long id) {
        return users.find(id).map(UserAccount::displayName).orElse("#" + id);
    }

    /** Requester names, contacts, officers and activities of the rows, each looked up once. */
    private List<MemberRequest> resolve(List<MemberRequestRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> members = directory.membersByCodes(rows.stream()
                        .map(r -> r.request().getRequesterMemberCode()).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Member::code, Member::name));
        Map<Long, ActivityRef> acts = activities.findAll(rows.stream().flatMap(r -> r.activityIds().stream())
                .distinct().toList()).stream().collect(Collectors.toMap(ActivityRef::id, a -> a));
        Map<Long, String> bodies = new HashMap<>();
        Map<Long, String> contactNames = new HashMap<>();
        Map<Long, String> officers = new HashMap<>();
        String coChairs = label("request.requester.coChairs");
        List<MemberRequest> out = new ArrayList<>(rows.size());
        for (MemberRequestRepository.Row row : rows) {
            MemberRequestRecord r = row.request();
            RequesterKind kind = RequesterKind.valueOf(r.getRequesterKind());
            String name = switch (kind) {
                case MEMBER -> members.getOrDefault(r.getRequesterMemberCode(), r.getRequesterMemberCode());
                case BODY -> bodies.computeIfAbsent(r.getRequesterBodyId(), b -> directory.findBody(b).map(Body::name)
                        .orElse("#" + b));
                case CO_CHAIRS -> coChairs;
            };
            String contact = r.getRequesterContactId() == null ? null : contactNames.computeIfAbsent(
                    r.getRequesterContactId(), c -> contacts.find(c, false).map(Contact::name).orElse("#" + c));
            String officer = r.getAssignedOfficerId() == null ? null
                    : officers.computeIfAbsent(r.getAssignedOfficerId(), this::userName);
            out.add(new MemberRequest(r.getId(), new Requester(kind, r.getRequesterMemberCode(), r.getRequesterBodyId(),
                    name), r.getRequesterContactId(), contact, r.getReceivedDate(), RequestChannel.valueOf(r.getChannel()),
                    r.getSubject(), r.getDescription(), MemberRequestType.valueOf(r.getType()), r.getAssignedOfficerId(),
                    officer, MemberRequestStatus.valueOf(r.getStatus()), r.getAcknowledgedDate(), r.getDueDate(),
                    r.getDeliveredDate(), r.getClosedDate(), r.getStatusReason(), r.getResponseSummary(),
                    row.activityIds().stream().map(acts::get).filter(Objects::nonNull).toList(), row.daysOpen(),
                    row.acknowledgementOverdue(), row.deliveryOverdue(), row.daysOverdue(), r.getVersion(),
                    r.getUpdatedAt()));
        }
        return out;
    }

    private static EntityChanged.Builder fields(EntityChanged.Builder b, MemberRequest before, MemberRequest after) {
        return b.field("requester", before == null ? null : requester(before), after == null ? null : requester(after))
                .field("requesterContactId", before == null ? null : before.requesterContactId(),
                        after == null ? null : after.requesterContactId())
                .field("receivedDate", before == null ? null : before.receivedDate(), after == null ? null : after.receivedDate())
                .field("channel", before == null ? null : before.channel().name(), after == null ? null : after.channel().name())
                .field("subject", before == null ? null : before.subject(), after == null ? null : after.subject())
                .field("description", before == null ? null : before.description(), after == null ? null : after.description())
                .field("type", before == null ? null : before.type().name(), after == null ? null : after.type().name())
                .field("assignedOfficerId", before == null ? null : before.assignedOfficerId(),
                        after == null ? null : after.assignedOfficerId())
                .field("status", before == null ? null : before.status().name(), after == null ? null : after.status().name())
                .field("acknowledgedDate", before == null ? null : before.acknowledgedDate(),
                        after == null ? null : after.acknowledgedDate())
                .field("dueDate", before == null ? null : before.dueDate(), after == null ? null : after.dueDate())
                .field("deliveredDate", before == null ? null : before.deliveredDate(), after == null ? null : after.deliveredDate())
                .field("closedDate", before == null ? null : before.closedDate(), after == null ? null : after.closedDate())
                .field("responseSummary", before == null ? null : before.responseSummary(),
                        after == null ? null : after.responseSummary())
                .field("activityIds", before == null ? null : activityList(before), after == null ? null : activityList(after));
    }

    private static String requester(MemberRequest r) {
        return switch (r.requester().kind()) {
            case MEMBER -> "MEMBER:" + r.requester().memberCode();
            case BODY -> "BODY:" + r.requester().bodyId();
            case CO_CHAIRS -> "CO_CHAIRS";
        };
    }

    private static String activityList(MemberRequest r) {
        return r.activities().stream().map(a -> String.valueOf(a.id())).collect(Collectors.joining(","));
    }

}
