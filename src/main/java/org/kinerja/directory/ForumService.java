package org.kinerja.directory;

import static org.kinerja.directory.DirectoryLimits.*;

import java.util.List;
import java.util.Optional;

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
 * The external dialogues the RSO engages with for outreach. Every change is validated, refused when made
 * from a stale version, and published as {@link EntityChanged}.
 */
@Service
public class ForumService {

    private final ForumRepository forums;
    private final Referrers referrers;
    private final ApplicationEventPublisher events;

    ForumService(ForumRepository forums, Referrers referrers, ApplicationEventPublisher events) {
        this.forums = forums;
        this.referrers = referrers;
        this.events = events;
    }

    /** One page of forums, filtered and sorted as {@code filter} says; the query exports reuse. */
    @Transactional(readOnly = true)
    public ListPage<Forum> list(ForumFilter filter, PageQuery page) {
        return forums.list(filter == null ? ForumFilter.all() : filter, page);
    }

    /** Every forum, by name. */
    @Transactional(readOnly = true)
    public List<Forum> all() {
        return forums.all();
    }

    @Transactional(readOnly = true)
    public Optional<Forum> find(long id) {
        return forums.find(id);
    }

    @Transactional(readOnly = true)
    public Forum get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("directory.forum.notFound", String.valueOf(id)));
    }

    @Transactional
    public Forum create(ForumInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, null, errors);
        errors.throwIfAny();
        long id;
        try {
            id = forums.insert(c.name, c.shortName, input.kind(), c.website, c.notes, false)
                    .orElseThrow(() -> InvalidInputException.of("name", "directory.name.taken", c.name));
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "directory.name.taken", c.name);
        }
        Forum f = get(id);
        events.publishEvent(fields(EntityChanged.created("Forum", id), null, f).build());
        return f;
    }

    @Transactional
    public Forum update(long id, ForumInput input) {
        Forum before = get(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, id, errors);
        DirectoryRules.version(errors, input.version());
        errors.throwIfAny();
        if (before.version() != input.version()) {
            throw Stale.since(before.updatedAt());
        }
        try {
            if (!forums.update(id, input.version(), c.name, c.shortName, input.kind(), c.website, c.notes)) {
                throw Stale.since(before.updatedAt());
            }
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "directory.name.taken", c.name);
        }
        Forum after = get(id);
        EntityChanged change = fields(EntityChanged.updated("Forum", id), before, after).build();
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    /** Deletes a forum nothing refers to; 409 naming the referrers otherwise. */
    @Transactional
    public void delete(long id, Integer version) {
        Forum f = get(id);
        referrers.of(new RecordRef(RecordKind.FORUM, id, null, f.name()))
                .contacts(forums.contactCount(id))
                .refuseIfAny();
        if (!forums.delete(id, version)) {
            throw Stale.since(f.updatedAt());
        }
        events.publishEvent(fields(EntityChanged.deleted("Forum", id), f, null).build());
    }

    private static EntityChanged.Builder fields(EntityChanged.Builder b, Forum before, Forum after) {
        return b.field("name", before == null ? null : before.name(), after == null ? null : after.name())
                .field("shortName", before == null ? null : before.shortName(), after == null ? null : after.shortName())
                .field("kind", before == null ? null : before.kind().name(), after == null ? null : after.kind().name())
                .field("website", before == null ? null : before.website(), after == null ? null : after.website())
                .field("notes", before == null || before.notes().isEmpty() ? null : before.notes(),
                        after == null || after.notes().isEmpty() ? null : after.notes());
    }

    private record Checked(String name, String shortName, String website, String notes) {
    }

    private Checked check(ForumInput input, Long id, InvalidInputException.Collector errors) {
        String name = DirectoryRules.tidy(input.name());
        if (DirectoryRules.required(errors, "name", name, NAME_MAX) && forums.nameTaken(name, id)) {
            errors.add("name", "directory.name.taken", name);
        }
        String shortName = DirectoryRules.optional(input.shortName());
        DirectoryRules.length(errors, "shortName", shortName, SHORT_NAME_MAX);
        errors.check(input.kind() != null, "kind", "validation.required");
        String website = DirectoryRules.optional(input.website());
        DirectoryRules.website(errors, "website", website, WEBSITE_MAX);
        String notes = DirectoryRules.orEmpty(input.notes());
        DirectoryRules.length(errors, "notes", notes, NOTES_MAX);
        return new Checked(name, shortName, website, notes);
    }
}
