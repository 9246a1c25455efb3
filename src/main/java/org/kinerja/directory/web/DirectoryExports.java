package org.kinerja.directory.web;

import java.util.List;
import java.util.stream.Collectors;

import org.kinerja.directory.Body;
import org.kinerja.directory.BodyFilter;
import org.kinerja.directory.BodyService;
import org.kinerja.directory.Commitment;
import org.kinerja.directory.CommitmentFilter;
import org.kinerja.directory.CommitmentService;
import org.kinerja.directory.Contact;
import org.kinerja.directory.ContactFilter;
import org.kinerja.directory.ContactService;
import org.kinerja.directory.Forum;
import org.kinerja.directory.ForumFilter;
import org.kinerja.directory.ForumService;
import org.kinerja.directory.Member;
import org.kinerja.directory.MemberFilter;
import org.kinerja.directory.MemberRole;
import org.kinerja.directory.MemberService;
import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerFilter;
import org.kinerja.directory.PartnerService;
import org.kinerja.directory.PurposeLink;
import org.kinerja.exchange.ExportTable;
import org.kinerja.exchange.RowSource;

/**
 * The directory's lists as exported by {@code GET /api/v1/<list>?format=csv|xlsx} and the list pages'
 * {@code /directory/<list>/export.csv|xlsx} links: one table per list, headers from
 * {@code messages/directory.properties}, every row of the filtered list (a page of 500 at a time).
 * Contacts' e-mail and phone are columns only for readers who may see personal data.
 */
final class DirectoryExports {

    static final ExportTable<Member> MEMBERS = ExportTable.<Member>builder("directory.members")
            .text("directory.field.code", Member::code)
            .text("directory.field.name", Member::name)
            .text("directory.field.kind", m -> m.kind().name())
            .text("directory.field.alpha2", Member::alpha2)
            .text("directory.field.roles", m -> m.roles().stream().map(MemberRole::name).collect(Collectors.joining(", ")))
            .text("directory.field.notes", Member::notes)
            .text("directory.field.sources", Member::sources)
            .build();

    static final ExportTable<Body> BODIES = ExportTable.<Body>builder("directory.bodies")
            .text("directory.field.name", Body::name)
            .text("directory.field.shortName", Body::shortName)
            .text("directory.field.kind", b -> b.kind().name())
            .text("directory.field.parent", b -> b.parent() == null ? null : b.parent().name())
            .number("directory.field.established", Body::establishedYear)
            .text("directory.field.coChairs", b -> b.coChairs().stream()
                    .map(m -> m.term() == null || m.term().isBlank() ? m.memberCode() : m.memberCode() + " (" + m.term() + ")")
                    .collect(Collectors.joining(", ")))
            .text("directory.field.notes", Body::notes)
            .text("directory.field.sources", Body::sources)
            .build();

    static final ExportTable<Partner> PARTNERS = ExportTable.<Partner>builder("directory.partners")
            .text("directory.field.name", Partner::name)
            .text("directory.field.shortName", Partner::shortName)
            .text("directory.field.type", p -> p.type().name())
            .text("directory.field.country", Partner::countryCode)
            .text("directory.field.website", Partner::website)
            .text("directory.field.iatiOrganisationId", Partner::iatiOrganisationId)
            .text("directory.field.dacChannelCode", Partner::dacChannelCode)
            .text("directory.field.member", Partner::memberCode)
            .text("directory.field.notes", Partner::notes)
            .build();

    static final ExportTable<Forum> FORUMS = ExportTable.<Forum>builder("directory.forums")
            .text("directory.field.name", Forum::name)
            .text("directory.field.shortName", Forum::shortName)
            .text("directory.field.kind", f -> f.kind().name())
            .text("directory.field.website", Forum::website)
            .text("directory.field.notes", Forum::notes)
            .build();

    /** Contacts for readers who may see personal data. */
    static final ExportTable<Contact> CONTACTS = contacts(true);
    /** Contacts for the others: no e-mail and no phone column. */
    static final ExportTable<Contact> CONTACTS_WITHOUT_PERSONAL_DATA = contacts(false);

    static final ExportTable<Commitment> COMMITMENTS = ExportTable.<Commitment>builder("directory.commitments")
            .number("directory.field.year", Commitment::year)
            .text("directory.field.sourceDocument", Commitment::sourceDocument)
            .text("directory.field.reference", Commitment::reference)
            .text("directory.field.text", Commitment::text)
            .text("directory.field.sourceUrl", Commitment::sourceUrl)
            .text("directory.field.purposes", c -> purposes(c.purposes()))
            .build();

    private DirectoryExports() {
    }

    private static ExportTable<Contact> contacts(boolean personalData) {
        ExportTable.Builder<Contact> b = ExportTable.<Contact>builder("directory.contacts")
                .text("directory.field.name", Contact::name)
                .text("directory.field.title", Contact::title)
                .text("directory.field.organisationType", c -> c.organisation().type().name())
                .text("directory.field.organisation", c -> c.organisation().code() != null
                        ? c.organisation().code() : c.organisation().name());
        if (personalData) {
            b.text("directory.field.email", Contact::email).text("directory.field.phone", Contact::phone);
        }
        return b.bool("directory.focalPoint", Contact::focalPoint).build();
    }

    private static String purposes(List<PurposeLink> links) {
        return links.stream().map(l -> l.planCode() + ":" + l.purposeNumber()).collect(Collectors.joining(", "));
    }

    static ExportTable<Contact> contactTable(boolean personalData) {
        return personalData ? CONTACTS : CONTACTS_WITHOUT_PERSONAL_DATA;
    }

    static RowSource<Member> members(MemberService members, MemberFilter filter) {
        return RowSource.paged(page -> members.list(filter, page).items());
    }

    static RowSource<Body> bodies(BodyService bodies, BodyFilter filter) {
        return RowSource.paged(page -> bodies.list(filter, page).items());
    }

    static RowSource<Partner> partners(PartnerService partners, PartnerFilter filter) {
        return RowSource.paged(page -> partners.list(filter, page).items());
    }

    static RowSource<Forum> forums(ForumService forums, ForumFilter filter) {
        return RowSource.paged(page -> forums.list(filter, page).items());
    }

    static RowSource<Contact> contacts(ContactService contacts, ContactFilter filter, boolean personalData) {
        return RowSource.paged(page -> contacts.list(filter, page, personalData).items());
    }

    static RowSource<Commitment> commitments(CommitmentService commitments, CommitmentFilter filter) {
        return RowSource.paged(page -> commitments.list(filter, page).items());
    }
}
