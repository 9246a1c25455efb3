package org.kinerja.directory;

import static org.kinerja.directory.DirectoryLimits.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Members of the Bali Process: reading them, and the changes administrators and Co-Managers make. Every
 * change is validated, refused when made from a stale version, and published as {@link EntityChanged}.
 */
@Service
public class MemberService {

    private final MemberRepository members;
    private final CountryRepository countries;
    private final Referrers referrers;
    private final ApplicationEventPublisher events;

    MemberService(MemberRepository members, CountryRepository countries, Referrers referrers,
                  ApplicationEventPublisher events) {
        this.members = members;
        this.countries = countries;
        this.referrers = referrers;
        this.events = events;
    }

    /** One page of members, filtered and sorted as {@code filter} says; the query exports reuse. */
    @Transactional(readOnly = true)
    public ListPage<Member> list(MemberFilter filter, PageQuery page) {
        return members.list(filter == null ? MemberFilter.all() : filter, page);
    }

    @Transactional(readOnly = true)
    public Optional<Member> find(String code) {
        return code == null ? Optional.empty() : members.find(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The member with this code; {@link NotFoundException} when there is none. */
    @Transactional(readOnly = true)
    public Member get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("directory.member.notFound", code));
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return code != null && members.exists(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The bodies the member sits in, with its role there. */
    @Transactional(readOnly = true)
    public List<Membership> memberships(String code) {
        return members.memberships(get(code).id());
    }

    @Transactional
    public Member create(MemberInput input) {
        String code = DirectoryRules.code(input.code());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (DirectoryRules.required(errors, "code", code, MEMBER_CODE_MAX)) {
            DirectoryRules.pattern(errors, "code", code, MEMBER_CODE_PATTERN, "directory.member.code.format");
        }
        Checked c = check(input, code, "code", errors);
        if (code != null && members.exists(code)) {
            errors.add("code", "directory.member.code.taken", code);
        }
        if (c.name != null && members.nameTaken(c.name, null)) {
            errors.add("name", "directory.name.taken", c.name);
        }
        errors.throwIfAny();
        long id;
        try {
            id = members.insert(code, c.name, input.kind(), c.alpha2, c.alpha3, c.notes, c.sources, false)
                    .orElseThrow(() -> InvalidInputException.of("code", "directory.member.code.taken", code));
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("code", "directory.member.code.taken", code);
        }
        members.replaceRoles(id, c.roles);
        events.publishEvent(EntityChanged.created("Member", code)
                .field("name", null, c.name).field("kind", null, input.kind().name())
                .field("roles", null, roles(c.roles)).field("notes", null, blankAsNull(c.notes))
                .field("sources", null, blankAsNull(c.sources)).build());
        return get(code);
    }

    @Transactional
    public Member update(String code, MemberInput input) {
        Member before = get(code);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, before.code(), "kind", errors);
        DirectoryRules.version(errors, input.version());
        if (c.name != null && members.nameTaken(c.name, before.id())) {
            errors.add("name", "directory.name.taken", c.name);
        }
        errors.throwIfAny();
        EntityChanged change = EntityChanged.updated("Member", before.code())
                .field("name", before.name(), c.name).field("kind", before.kind().name(), input.kind().name())
                .field("roles", roles(before.roles()), roles(c.roles))
                .field("notes", blankAsNull(before.notes()), blankAsNull(c.notes))
                .field("sources", blankAsNull(before.sources()), blankAsNull(c.sources)).build();
        if (before.version() != input.version()) {
            throw Stale.since(before.updatedAt());
        }
        if (change.isEmpty()) {
            return before;
        }
        try {
            if (!members.update(before.id(), input.version(), c.name, input.kind(), c.alpha2, c.alpha3, c.notes,
                    c.sources)) {
                throw Stale.since(members.updatedAt(before.id()));
            }
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "directory.name.taken", c.name);
        }
        members.replaceRoles(before.id(), c.roles);
        events.publishEvent(change);
        return get(before.code());
    }

    /** Deletes a member nothing refers to; 409 naming the referrers otherwise, or when {@code version} is stale. */
    @Transactional
    public void delete(String code, Integer version) {
        Member m = get(code);
        referrers.of(new RecordRef(RecordKind.MEMBER, m.id(), m.code(), m.name()))
                .contacts(members.contactCount(m.id()))
                .bodies(members.bodyNames(m.id()))
                .partners(members.partnerNames(m.id()))
                .refuseIfAny();
        if (!members.delete(m.id(), version)) {
            throw Stale.since(m.updatedAt());
        }
        events.publishEvent(EntityChanged.deleted("Member", m.code())
                .field("name", m.name(), null).field("kind", m.kind().name(), null)
                .field("roles", roles(m.roles()), null).build());
    }

    private record Checked(String name, String alpha2, String alpha3, List<MemberRole> roles, String notes,
                           String sources) {
    }

    private Checked check(MemberInput input, String code, String countryField, InvalidInputException.Collector errors) {
        String name = DirectoryRules.tidy(input.name());
        DirectoryRules.required(errors, "name", name, NAME_MAX);
        String notes = DirectoryRules.orEmpty(input.notes());
        String sources = DirectoryRules.orEmpty(input.sources());
        DirectoryRules.length(errors, "notes", notes, NOTES_MAX);
        DirectoryRules.length(errors, "sources", sources, NOTES_MAX);
        String alpha2 = null;
        String alpha3 = null;
        if (input.kind() == null) {
            errors.add("kind", "validation.required");
        } else if (input.kind().isCountry() && code != null && code.matches(COUNTRY_CODE_PATTERN)) {
            Optional<Country> country = countries.country(code);
            if (country.isPresent()) {
                alpha2 = country.get().alpha2();
                alpha3 = country.get().alpha3();
            } else {
                errors.add(countryField, "directory.member.code.unknownCountry", code);
            }
        } else if (input.kind().isCountry() && code != null) {
            errors.add(countryField, "directory.member.code.country", code);
        }
        List<MemberRole> roles = new ArrayList<>();
        if (input.roles() != null) {
            for (int i = 0; i < input.roles().size(); i++) {
                MemberRole role = input.roles().get(i);
                if (role == null) {
                    errors.add("roles[" + i + "]", "validation.required");
                } else if (!roles.contains(role)) {
                    roles.add(role);
                }
            }
        }
        return new Checked(name, alpha2, alpha3, roles.stream().sorted().toList(), notes, sources);
    }

    private static String roles(List<MemberRole> roles) {
        return roles.isEmpty() ? null : roles.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String blankAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
