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
 * The organisations delivering with the RSO. Every change is validated, refused when made from a stale
 * version, and published as {@link EntityChanged}.
 */
@Service
public class PartnerService {

    private final PartnerRepository partners;
    private final MemberRepository members;
    private final CountryRepository countries;
    private final Referrers referrers;
    private final ApplicationEventPublisher events;

    PartnerService(PartnerRepository partners, MemberRepository members, CountryRepository countries,
                   Referrers referrers, ApplicationEventPublisher events) {
        this.partners = partners;
        this.members = members;
        this.countries = countries;
        this.referrers = referrers;
        this.events = events;
    }

    /** One page of partners, filtered and sorted as {@code filter} says; the query exports reuse. */
    @Transactional(readOnly = true)
    public ListPage<Partner> list(PartnerFilter filter, PageQuery page) {
        return partners.list(filter == null ? PartnerFilter.all() : filter, page);
    }

    @Transactional(readOnly = true)
    public Optional<Partner> find(long id) {
        return partners.find(id);
    }

    @Transactional(readOnly = true)
    public Partner get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("directory.partner.notFound", String.valueOf(id)));
    }

    /** The partners with these ids, by name; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<Partner> byIds(java.util.Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? List.of() : partners.findAll(ids);
    }

    /** Every partner, by name, for choices. */
    @Transactional(readOnly = true)
    public List<Partner> all() {
        return partners.all();
    }

    /**
     * Checks a partner as {@link #create} (no {@code id}) or {@link #update} (the partner's {@code id}) would,
     * without writing anything and without the version check: for imports.
     *
     * @throws InvalidInputException with the violations create or update would answer
     */
    @Transactional(readOnly = true)
    public void validate(PartnerInput input, Long id) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        check(input, id, errors);
        errors.throwIfAny();
    }

    /** The partner named {@code name}, ignoring case (names are unique). */
    @Transactional(readOnly = true)
    public Optional<Partner> findByName(String name) {
        String n = DirectoryRules.tidy(name);
        return n == null || n.isEmpty() ? Optional.empty() : partners.idByName(n).flatMap(partners::find);
    }

    @Transactional
    public Partner create(PartnerInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, null, errors);
        errors.throwIfAny();
        long id;
        try {
            id = partners.insert(c.name, c.shortName, input.type(), c.countryCode, c.website, c.iatiId, c.dac,
                    c.memberId, c.notes, false)
                    .orElseThrow(() -> InvalidInputException.of("name", "directory.name.taken", c.name));
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "directory.name.taken", c.name);
        }
        Partner p = get(id);
        events.publishEvent(fields(EntityChanged.created("Partner", id), null, p).build());
        return p;
    }

    @Transactional
    public Partner update(long id, PartnerInput input) {
        Partner before = get(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, id, errors);
        DirectoryRules.version(errors, input.version());
        errors.throwIfAny();
        if (before.version() != input.version()) {
            throw Stale.since(before.updatedAt());
        }
        try {
            if (!partners.update(id, input.version(), c.name, c.shortName, input.type(), c.countryCode, c.website,
                    c.iatiId, c.dac, c.memberId, c.notes)) {
                throw Stale.since(before.updatedAt());
            }
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "directory.name.taken", c.name);
        }
        Partner after = get(id);
        EntityChanged change = fields(EntityChanged.updated("Partner", id), before, after).build();
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    /** Deletes a partner nothing refers to; 409 naming the referrers otherwise. */
    @Transactional
    public void delete(long id, Integer version) {
        Partner p = get(id);
        referrers.of(new RecordRef(RecordKind.PARTNER, id, null, p.name()))
                .contacts(partners.contactCount(id))
                .refuseIfAny();
        if (!partners.delete(id, version)) {
            throw Stale.since(p.updatedAt());
        }
        events.publishEvent(fields(EntityChanged.deleted("Partner", id), p, null).build());
    }

    private static EntityChanged.Builder fields(EntityChanged.Builder b, Partner before, Partner after) {
        return b.field("name", before == null ? null : before.name(), after == null ? null : after.name())
                .field("shortName", before == null ? null : before.shortName(), after == null ? null : after.shortName())
                .field("type", before == null ? null : before.type().name(), after == null ? null : after.type().name())
                .field("countryCode", before == null ? null : before.countryCode(), after == null ? null : after.countryCode())
                .field("website", before == null ? null : before.website(), after == null ? null : after.website())
                .field("iatiOrganisationId", before == null ? null : before.iatiOrganisationId(),
                        after == null ? null : after.iatiOrganisationId())
                .field("dacChannelCode", before == null ? null : before.dacChannelCode(),
                        after == null ? null : after.dacChannelCode())
                .field("memberCode", before == null ? null : before.memberCode(), after == null ? null : after.memberCode())
                .field("notes", before == null || before.notes().isEmpty() ? null : before.notes(),
                        after == null || after.notes().isEmpty() ? null : after.notes());
    }

    private record Checked(String name, String shortName, String countryCode, String website, String iatiId,
                           String dac, Long memberId, String notes) {
    }

    private Checked check(PartnerInput input, Long id, InvalidInputException.Collector errors) {
        String name = DirectoryRules.tidy(input.name());
        if (DirectoryRules.required(errors, "name", name, NAME_MAX) && partners.nameTaken(name, id)) {
            errors.add("name", "directory.name.taken", name);
        }
        String shortName = DirectoryRules.optional(input.shortName());
        DirectoryRules.length(errors, "shortName", shortName, SHORT_NAME_MAX);
        errors.check(input.type() != null, "type", "validation.required");
        String country = DirectoryRules.code(input.countryCode());
        if (country != null) {
            if (!country.matches(COUNTRY_CODE_PATTERN)) {
                errors.add("countryCode", "directory.countryCode.format");
            } else if (countries.country(country).isEmpty()) {
                errors.add("countryCode", "directory.countryCode.unknown", country);
            }
        }
        String website = DirectoryRules.optional(input.website());
        DirectoryRules.website(errors, "website", website, WEBSITE_MAX);
        String iatiId = DirectoryRules.optional(input.iatiOrganisationId());
        if (DirectoryRules.length(errors, "iatiOrganisationId", iatiId, IATI_ORGANISATION_ID_MAX)) {
            DirectoryRules.pattern(errors, "iatiOrganisationId", iatiId, IATI_ORGANISATION_ID_PATTERN,
                    "directory.iatiOrganisationId.format");
        }
        String dac = DirectoryRules.optional(input.dacChannelCode());
        DirectoryRules.pattern(errors, "dacChannelCode", dac, DAC_CHANNEL_CODE_PATTERN, "directory.dacChannelCode.format");
        String memberCode = DirectoryRules.code(input.memberCode());
        Long memberId = null;
        if (memberCode != null) {
            memberId = members.idOf(memberCode).orElse(null);
            if (memberId == null) {
                errors.add("memberCode", "directory.member.unknown", memberCode);
            }
        }
        String notes = DirectoryRules.orEmpty(input.notes());
        DirectoryRules.length(errors, "notes", notes, NOTES_MAX);
        return new Checked(name, shortName, country, website, iatiId, dac, memberId, notes);
    }
}
