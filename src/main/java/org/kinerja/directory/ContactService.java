package org.kinerja.directory;

import static org.kinerja.directory.DirectoryLimits.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people to reach at members, partners, bodies and forums. Reading methods take whether the reader may
 * see personal data: without it, e-mail and phone are withheld and are not searched either. Every change is
 * validated, refused when made from a stale version, and published as {@link EntityChanged}.
 */
@Service
public class ContactService {

    private final ContactRepository contacts;
    private final MemberRepository members;
    private final PartnerRepository partners;
    private final BodyRepository bodies;
    private final ForumRepository forums;
    private final ApplicationEventPublisher events;

    ContactService(ContactRepository contacts, MemberRepository members, PartnerRepository partners,
                   BodyRepository bodies, ForumRepository forums, ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.members = members;
        this.partners = partners;
        this.bodies = bodies;
        this.forums = forums;
        this.events = events;
    }

    /**
     * One page of contacts, filtered and sorted as {@code filter} says; the query exports reuse. Without
     * {@code personalData} e-mail and phone are withheld, and the search does not look at them.
     */
    @Transactional(readOnly = true)
    public ListPage<Contact> list(ContactFilter filter, PageQuery page, boolean personalData) {
        ListPage<Contact> found = contacts.list(filter == null ? ContactFilter.all() : filter, page, personalData);
        return personalData ? found : found.map(Contact::withoutPersonalData);
    }

    @Transactional(readOnly = true)
    public Optional<Contact> find(long id, boolean personalData) {
        return contacts.find(id).map(c -> personalData ? c : c.withoutPersonalData());
    }

    @Transactional(readOnly = true)
    public Contact get(long id, boolean personalData) {
        return find(id, personalData)
                .orElseThrow(() -> new NotFoundException("directory.contact.notFound", String.valueOf(id)));
    }

    /**
     * Checks a contact as {@link #create} would, without writing anything: for imports.
     *
     * @throws InvalidInputException with the violations {@link #create} would answer
     */
    @Transactional(readOnly = true)
    public void validate(ContactInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        check(input, errors);
        errors.throwIfAny();
    }

    /**
     * The organisations {@code text} may name: a member by its code, or a partner, body or forum by its name or
     * short name (ignoring case); only of {@code type} when it is given. Imports use it to find a contact's
     * organisation; more than one answer means the text is ambiguous.
     */
    @Transactional(readOnly = true)
    public List<Organisation> organisationsNamed(OrganisationType type, String text) {
        List<Organisation> found = new ArrayList<>();
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return found;
        }
        if (type == null || type == OrganisationType.MEMBER) {
            String code = t.toUpperCase(Locale.ROOT);
            members.idOf(code).ifPresent(id -> found.add(new Organisation(OrganisationType.MEMBER, id, code, t)));
        }
        if (type == null || type == OrganisationType.PARTNER) {
            partners.idsNamed(t).forEach(id -> found.add(new Organisation(OrganisationType.PARTNER, id, null, t)));
        }
        if (type == null || type == OrganisationType.BODY) {
            bodies.idsNamed(t).forEach(id -> found.add(new Organisation(OrganisationType.BODY, id, null, t)));
        }
        if (type == null || type == OrganisationType.FORUM) {
            forums.idsNamed(t).forEach(id -> found.add(new Organisation(OrganisationType.FORUM, id, null, t)));
        }
        return found;
    }

    @Transactional
    public Contact create(ContactInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, errors);
        errors.throwIfAny();
        long id = contacts.insert(c.name, c.title, c.owner, c.email, c.phone, c.focalPoint);
        Contact created = get(id, true);
        events.publishEvent(fields(EntityChanged.created("Contact", id), null, created).build());
        return created;
    }

    @Transactional
    public Contact update(long id, ContactInput input) {
        Contact before = get(id, true);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, errors);
        DirectoryRules.version(errors, input.version());
        errors.throwIfAny();
        if (before.version() != input.version()
                || !contacts.update(id, input.version(), c.name, c.title, c.owner, c.email, c.phone, c.focalPoint)) {
            throw Stale.since(before.updatedAt());
        }
        Contact after = get(id, true);
        EntityChanged change = fields(EntityChanged.updated("Contact", id), before, after).build();
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    /** Deletes a contact; nothing refers to contacts. */
    @Transactional
    public void delete(long id, Integer version) {
        Contact c = get(id, true);
        if (!contacts.delete(id, version)) {
            throw Stale.since(c.updatedAt());
        }
        events.publishEvent(fields(EntityChanged.deleted("Contact", id), c, null).build());
    }

    private static EntityChanged.Builder fields(EntityChanged.Builder b, Contact before, Contact after) {
        return b.field("name", before == null ? null : before.name(), after == null ? null : after.name())
                .field("title", before == null ? null : before.title(), after == null ? null : after.title())
                .field("organisation", before == null ? null : organisation(before), after == null ? null : organisation(after))
                .field("email", before == null ? null : before.email(), after == null ? null : after.email())
                .field("phone", before == null ? null : before.phone(), after == null ? null : after.phone())
                .field("focalPoint", before == null ? null : before.focalPoint(), after == null ? null : after.focalPoint());
    }

    private static String organisation(Contact c) {
        Organisation o = c.organisation();
        return o.type().name() + " " + (o.code() != null ? o.code() : String.valueOf(o.id())) + " (" + o.name() + ")";
    }

    private record Checked(String name, String title, ContactRepository.Owner owner, String email, String phone,
                           boolean focalPoint) {
    }

    private Checked check(ContactInput input, InvalidInputException.Collector errors) {
        String name = DirectoryRules.tidy(input.name());
        DirectoryRules.required(errors, "name", name, NAME_MAX);
        String title = DirectoryRules.optional(input.title());
        DirectoryRules.length(errors, "title", title, TITLE_MAX);
        String email = DirectoryRules.optional(input.email());
        DirectoryRules.email(errors, "email", email, EMAIL_MAX);
        String phone = DirectoryRules.optional(input.phone());
        DirectoryRules.phone(errors, "phone", phone, PHONE_MAX);
        String memberCode = DirectoryRules.code(input.memberCode());
        int given = (memberCode != null ? 1 : 0) + (input.partnerId() != null ? 1 : 0)
                + (input.bodyId() != null ? 1 : 0) + (input.forumId() != null ? 1 : 0);
        Long memberId = null;
        if (given != 1) {
            errors.add("organisation", given == 0 ? "directory.contact.organisation.required"
                    : "directory.contact.organisation.one");
        } else if (memberCode != null) {
            memberId = members.idOf(memberCode).orElse(null);
            errors.check(memberId != null, "memberCode", "directory.member.unknown", memberCode);
        } else if (input.partnerId() != null) {
            errors.check(partners.exists(input.partnerId()), "partnerId", "directory.partner.unknown",
                    String.valueOf(input.partnerId()));
        } else if (input.bodyId() != null) {
            errors.check(bodies.exists(input.bodyId()), "bodyId", "directory.body.unknown",
                    String.valueOf(input.bodyId()));
        } else {
            errors.check(forums.exists(input.forumId()), "forumId", "directory.forum.unknown",
                    String.valueOf(input.forumId()));
        }
        ContactRepository.Owner owner = new ContactRepository.Owner(memberId,
                memberCode == null ? input.partnerId() : null, memberCode == null ? input.bodyId() : null,
                memberCode == null ? input.forumId() : null);
        return new Checked(name, title, owner, email, phone, Boolean.TRUE.equals(input.focalPoint()));
    }
}
