package org.kinerja.outreach;

import java.net.URI;
import java.net.URISyntaxException;
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

import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.Forum;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.ActivityLookup;
import org.kinerja.workplan.ActivityRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RSO's engagements with external forums. Every change is validated field by field (nothing is written
 * when any field is refused), refused when made from a stale version, and published as {@link EntityChanged}.
 * The read methods ({@link #list}, {@link #count}) are what the measurement and report
 * modules use.
 */
@Service
public class EngagementService {

    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 4000;
    public static final int LINK_MAX = 500;
    public static final int AUDIENCE_MAX = 100_000_000;
    public static final int REPRESENTATIVES_MAX = 20;
    /** The roles of RSO staff, who may represent the RSO. */
    static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.CO_MANAGER, Role.PROGRAMME_OFFICER, Role.MEL_OFFICER);
    private static final LocalDate EARLIEST = LocalDate.of(2002, 1, 1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final EngagementRepository engagements;
    private final DirectoryService directory;
    private final UserService users;
    private final ActivityLookup activities;
    private final ApplicationEventPublisher events;

    EngagementService(EngagementRepository engagements, DirectoryService directory, UserService users,
                      ActivityLookup activities, ApplicationEventPublisher events) {
        this.engagements = engagements;
        this.directory = directory;
        this.users = users;
        this.activities = activities;
        this.events = events;
    }

    /** One page of engagements, latest first. */
    @Transactional(readOnly = true)
    public ListPage<Engagement> list(EngagementFilter filter, PageQuery page) {
        ListPage<EngagementRepository.Row> rows = engagements.list(filter == null ? EngagementFilter.all() : filter, page);
        return new ListPage<>(resolve(rows.items()), rows.page(), rows.size(), rows.total());
    }

    /** How many engagements the filter holds. */
    @Transactional(readOnly = true)
    public int count(EngagementFilter filter) {
        return engagements.count(filter == null ? EngagementFilter.all() : filter);
    }

    @Transactional(readOnly = true)
    public Optional<Engagement> find(long id) {
        return engagements.find(id).map(r -> resolve(List.of(r)).get(0));
    }

    @Transactional(readOnly = true)
    public Engagement get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("outreach.engagement.notFound", String.valueOf(id)));
    }

    /** The users who may represent the RSO: active staff, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> possibleRepresentatives() {
        Map<Long, UserAccount> out = new HashMap<>();
        for (Role role : STAFF) {
            users.list(null, role, true, PageQuery.of(0, PageQuery.MAX_SIZE)).items().forEach(u -> out.put(u.id(), u));
        }
        return out.values().stream().sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName())).toList();
    }

    @Transactional
    public Engagement create(EngagementInput input) {
        EngagementRepository.Values v = check(input);
        long id = engagements.insert(v);
        Engagement after = get(id);
        events.publishEvent(fields(EntityChanged.created("Engagement", id), null, after).build());
        return after;
    }

    @Transactional
    public Engagement update(long id, EngagementInput input) {
        Engagement before = get(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(input.version() != null, "version", "validation.required");
        EngagementRepository.Values v = check(input, errors);
        if (before.version() != input.version() || !engagements.update(id, input.version(), v)) {
            throw stale(before);
        }
        Engagement after = get(id);
        EntityChanged change = fields(EntityChanged.updated("Engagement", id), before, after).build();
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    @Transactional
    public void delete(long id, Integer version) {
        Engagement before = get(id);
        if (!engagements.delete(id, version)) {
            throw stale(before);
        }
        events.publishEvent(fields(EntityChanged.deleted("Engagement", id), before, null).build());
    }

    private static ConflictException stale(Engagement e) {
        return new ConflictException("version", "conflict.version",
                e.updatedAt() == null ? "" : STAMP.format(e.updatedAt().withOffsetSameInstant(ZoneOffset.UTC)));
    }

    private EngagementRepository.Values check(EngagementInput input) {
        return check(input, new InvalidInputException.Collector());
    }

    private EngagementRepository.Values check(EngagementInput input, InvalidInputException.Collector errors) {
        if (input.forumId() == null) {
            errors.add("forumId", "validation.required");
        } else if (directory.findForum(input.forumId()).isEmpty()) {
            errors.add("forumId", "outreach.forum.unknown", String.valueOf(input.forumId()));
        }
        LocalDate today = LocalDate.now();
        if (input.date() == null) {
            errors.add("date", "validation.required");
        } else if (input.date().isAfter(today)) {
            errors.add("date", "outreach.date.future");
        } else if (input.date().isBefore(EARLIEST)) {
            errors.add("date", "outreach.date.early", EARLIEST.toString());
        }
        errors.check(input.type() != null, "type", "validation.required");
        String title = tidy(input.title());
        if (title == null || title.isEmpty()) {
            errors.add("title", "validation.required");
        } else {
            length(errors, "title", title, TITLE_MAX);
        }
        List<Long> reps = representatives(input.representativeIds(), errors);
        Integer audience = input.audienceSize();
        if (audience != null && (audience < 0 || audience > AUDIENCE_MAX)) {
            errors.add("audienceSize", "validation.number.range", "0", String.valueOf(AUDIENCE_MAX));
        }
        String summary = tidy(input.summary());
        summary = summary == null ? "" : summary;
        length(errors, "summary", summary, SUMMARY_MAX);
        String link = tidy(input.link());
        link = link == null || link.isEmpty() ? null : link;
        if (link != null && length(errors, "link", link, LINK_MAX) && !isWebAddress(link)) {
            errors.add("link", "outreach.link.format");
        }
        if (input.activityId() != null && activities.find(input.activityId()).isEmpty()) {
            errors.add("activityId", "outreach.activity.unknown", String.valueOf(input.activityId()));
        }
        errors.throwIfAny();
        return new EngagementRepository.Values(input.forumId(), input.date(), input.type(), title, audience, summary,
                link, input.activityId(), reps);
    }

    private List<Long> representatives(List<Long> ids, InvalidInputException.Collector errors) {
        if (ids == null || ids.isEmpty()) {
            errors.add("representativeIds", "outreach.representatives.required");
            return List.of();
        }
        Set<Long> unique = new LinkedHashSet<>();
        for (Long id : ids) {
            if (id == null) {
                errors.add("representativeIds", "validation.required");
                return List.of();
            }
            unique.add(id);
        }
        if (unique.size() > REPRESENTATIVES_MAX) {
            errors.add("representativeIds", "outreach.representatives.tooMany", String.valueOf(REPRESENTATIVES_MAX));
            return List.of();
        }
        for (Long id : unique) {
            Optional<UserAccount> user = users.find(id);
            if (user.isEmpty()) {
                errors.add("representativeIds", "outreach.representative.unknown", String.valueOf(id));
            } else if (user.get().roles().stream().noneMatch(STAFF::contains)) {
                errors.add("representativeIds", "outreach.representative.notStaff", user.get().displayName());
            }
        }
        return List.copyOf(unique);
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String tidy(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static boolean length(InvalidInputException.Collector errors, String field, String value, int max) {
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

    /** Forum names, representatives' names and activities of the rows, each looked up once. */
    private List<Engagement> resolve(List<EngagementRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> forums = directory.forums().stream().collect(Collectors.toMap(Forum::id, Forum::name));
        Map<Long, ActivityRef> acts = activities.findAll(rows.stream().map(EngagementRepository.Row::activityId)
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(ActivityRef::id, a -> a));
        Map<Long, String> names = new HashMap<>();
        List<Engagement> out = new ArrayList<>(rows.size());
        for (EngagementRepository.Row r : rows) {
            List<Engagement.Representative> reps = r.representativeIds().stream()
                    .map(id -> new Engagement.Representative(id, names.computeIfAbsent(id,
                            k -> users.find(k).map(UserAccount::displayName).orElse("#" + k))))
                    .toList();
            out.add(new Engagement(r.id(), r.forumId(), forums.getOrDefault(r.forumId(), "#" + r.forumId()), r.date(),
                    r.type(), r.title(), reps, r.audienceSize(), r.summary(), r.link(),
                    r.activityId() == null ? null : acts.get(r.activityId()), r.version(), r.updatedAt()));
        }
        return out;
    }

    private static EntityChanged.Builder fields(EntityChanged.Builder b, Engagement before, Engagement after) {
        return b.field("forumId", before == null ? null : before.forumId(), after == null ? null : after.forumId())
                .field("date", before == null ? null : before.date(), after == null ? null : after.date())
                .field("type", before == null ? null : before.type().name(), after == null ? null : after.type().name())
                .field("title", before == null ? null : before.title(), after == null ? null : after.title())
                .field("representatives", before == null ? null : ids(before), after == null ? null : ids(after))
                .field("audienceSize", before == null ? null : before.audienceSize(), after == null ? null : after.audienceSize())
                .field("summary", before == null ? null : before.summary(), after == null ? null : after.summary())
                .field("link", before == null ? null : before.link(), after == null ? null : after.link())
                .field("activityId", before == null || before.activity() == null ? null : before.activity().id(),
                        after == null || after.activity() == null ? null : after.activity().id());
    }

    private static String ids(Engagement e) {
        return e.representatives().stream().map(r -> String.valueOf(r.userId())).collect(Collectors.joining(","));
    }
}
