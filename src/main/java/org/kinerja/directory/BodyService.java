package org.kinerja.directory;

import static org.kinerja.directory.DirectoryLimits.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bodies of the Bali Process architecture and who sits in them. Every change is validated, refused
 * when made from a stale version, and published as {@link EntityChanged}.
 */
@Service
public class BodyService {

    private final BodyRepository bodies;
    private final MemberRepository members;
    private final Referrers referrers;
    private final ApplicationEventPublisher events;

    BodyService(BodyRepository bodies, MemberRepository members, Referrers referrers,
                ApplicationEventPublisher events) {
        this.bodies = bodies;
        this.members = members;
        this.referrers = referrers;
        this.events = events;
    }

    /** One page of bodies, filtered and sorted as {@code filter} says; the query exports reuse. */
    @Transactional(readOnly = true)
    public ListPage<Body> list(BodyFilter filter, PageQuery page) {
        return bodies.list(filter == null ? BodyFilter.all() : filter, page);
    }

    @Transactional(readOnly = true)
    public Optional<Body> find(long id) {
        return bodies.find(id);
    }

    /** The body with this short name (case-insensitive), e.g. {@code AHG}. */
    @Transactional(readOnly = true)
    public Optional<Body> findByShortName(String shortName) {
        return shortName == null ? Optional.empty() : bodies.findByShortName(shortName.strip());
    }

    @Transactional(readOnly = true)
    public Body get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("directory.body.notFound", String.valueOf(id)));
    }

    /** The bodies directly under this one. */
    @Transactional(readOnly = true)
    public List<BodyRef> children(long id) {
        return bodies.children(id);
    }

    /** Every body, by name, for choices. */
    @Transactional(readOnly = true)
    public List<BodyRef> refs() {
        return bodies.refs();
    }

    @Transactional
    public Body create(BodyInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, null, errors);
        errors.throwIfAny();
        long id;
        try {
            id = bodies.insert(c.name, c.shortName, input.kind(), input.parentId(), input.establishedYear(), c.notes,
                    c.sources, false).orElseThrow(() -> InvalidInputException.of("name", "directory.name.taken", c.name));
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "directory.name.taken", c.name);
        }
        bodies.replaceSeats(id, c.seats);
        Body created = get(id);
        events.publishEvent(EntityChanged.created("Body", id)
                .field("name", null, c.name).field("shortName", null, c.shortName)
                .field("kind", null, input.kind().name()).field("parent", null, parentName(created))
                .field("establishedYear", null, input.establishedYear())
                .field("notes", null, blankAsNull(c.notes)).field("sources", null, blankAsNull(c.sources))
                .field("members", null, seats(created.members())).build());
        return created;
    }

    @Transactional
    public Body update(long id, BodyInput input) {
        Body before = get(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, before.id(), errors);
        DirectoryRules.version(errors, input.version());
        errors.throwIfAny();
        if (before.version() != input.version()) {
            throw Stale.since(before.updatedAt());
        }
        try {
            if (!bodies.update(id, input.version(), c.name, c.shortName, input.kind(), input.parentId(),
                    input.establishedYear(), c.notes, c.sources)) {
                throw Stale.since(before.updatedAt());
            }
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "directory.name.taken", c.name);
        }
        bodies.replaceSeats(id, c.seats);
        Body after = get(id);
        EntityChanged change = EntityChanged.updated("Body", id)
                .field("name", before.name(), after.name()).field("shortName", before.shortName(), after.shortName())
                .field("kind", before.kind().name(), after.kind().name())
                .field("parent", parentName(before), parentName(after))
                .field("establishedYear", before.establishedYear(), after.establishedYear())
                .field("notes", blankAsNull(before.notes()), blankAsNull(after.notes()))
                .field("sources", blankAsNull(before.sources()), blankAsNull(after.sources()))
                .field("members", seats(before.members()), seats(after.members())).build();
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    /** Deletes a body nothing refers to (contacts, bodies under it); 409 naming the referrers otherwise. */
    @Transactional
    public void delete(long id, Integer version) {
        Body b = get(id);
        referrers.of(new RecordRef(RecordKind.BODY, b.id(), null, b.name()))
                .contacts(bodies.contactCount(id))
                .bodies(bodies.children(id).stream().map(BodyRef::name).toList())
                .refuseIfAny();
        if (!bodies.delete(id, version)) {
            throw Stale.since(b.updatedAt());
        }
        events.publishEvent(EntityChanged.deleted("Body", id)
                .field("name", b.name(), null).field("shortName", b.shortName(), null)
                .field("kind", b.kind().name(), null).field("members", seats(b.members()), null).build());
    }

    private record Checked(String name, String shortName, String notes, String sources, List<BodyRepository.Seat> seats) {
    }

    private Checked check(BodyInput input, Long id, InvalidInputException.Collector errors) {
        String name = DirectoryRules.tidy(input.name());
        if (DirectoryRules.required(errors, "name", name, NAME_MAX) && bodies.nameTaken(name, id)) {
            errors.add("name", "directory.name.taken", name);
        }
        String shortName = DirectoryRules.tidy(input.shortName());
        if (DirectoryRules.required(errors, "shortName", shortName, SHORT_NAME_MAX)
                && bodies.shortNameTaken(shortName, id)) {
            errors.add("shortName", "directory.shortName.taken", shortName);
        }
        errors.check(input.kind() != null, "kind", "validation.required");
        if (input.parentId() != null) {
            if (!bodies.exists(input.parentId())) {
                errors.add("parentId", "directory.body.parent.unknown", String.valueOf(input.parentId()));
            } else if (id != null && leadsTo(input.parentId(), id)) {
                errors.add("parentId", "directory.body.parent.cycle");
            }
        }
        DirectoryRules.year(errors, "establishedYear", input.establishedYear(), YEAR_MIN, YEAR_MAX, false);
        String notes = DirectoryRules.orEmpty(input.notes());
        String sources = DirectoryRules.orEmpty(input.sources());
        DirectoryRules.length(errors, "notes", notes, NOTES_MAX);
        DirectoryRules.length(errors, "sources", sources, NOTES_MAX);
        List<BodyRepository.Seat> seats = new ArrayList<>();
        List<BodyMemberInput> given = input.members() == null ? List.of() : input.members();
        errors.check(given.size() <= BODY_MEMBERS_MAX, "members", "directory.list.tooMany",
                String.valueOf(BODY_MEMBERS_MAX));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < given.size() && i < BODY_MEMBERS_MAX; i++) {
            String prefix = "members[" + i + "].";
            BodyMemberInput m = given.get(i);
            if (m == null) {
                errors.add("members[" + i + "]", "validation.required");
                continue;
            }
            String code = DirectoryRules.code(m.memberCode());
            Long memberId = null;
            if (code == null) {
                errors.add(prefix + "memberCode", "validation.required");
            } else {
                memberId = members.idOf(code).orElse(null);
                if (memberId == null) {
                    errors.add(prefix + "memberCode", "directory.member.unknown", code);
                } else if (!seen.add(memberId)) {
                    errors.add(prefix + "memberCode", "directory.body.member.duplicate", code);
                }
            }
            errors.check(m.role() != null, prefix + "role", "validation.required");
            String term = DirectoryRules.optional(m.term());
            DirectoryRules.length(errors, prefix + "term", term, TERM_MAX);
            if (memberId != null && m.role() != null) {
                seats.add(new BodyRepository.Seat(memberId, m.role(), term));
            }
        }
        return new Checked(name, shortName, notes, sources, seats);
    }

    /** Whether following the parents from {@code start} reaches {@code target}. */
    private boolean leadsTo(long start, long target) {
        Long current = start;
        for (int steps = 0; current != null && steps < 1000; steps++) {
            if (current == target) {
                return true;
            }
            current = bodies.parentOf(current).orElse(null);
        }
        return false;
    }

    private static String parentName(Body b) {
        return b.parent() == null ? null : b.parent().name();
    }

    private static String seats(List<BodyMember> seats) {
        return seats.isEmpty() ? null : seats.stream()
                .map(s -> s.memberCode() + " " + s.role().name() + (s.term() == null ? "" : " (" + s.term() + ")"))
                .collect(Collectors.joining("; "));
    }

    private static String blankAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
