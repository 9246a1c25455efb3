package org.kinerja.directory;

import java.util.List;

import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.PageQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's contacts — obviously fictitious people with {@code example.org} addresses — at the
 * co-chairs, the Steering Group, a few Ad Hoc Group members, partners, the RSO and two forums, and a few
 * commitments linked to the purposes of the Strategic Plan 2021-22, so that the directory looks lived-in.
 * Added once: what exists already is left alone.
 */
@Component
@Profile("demo")
@Order(70)
class DirectoryDemoData implements ApplicationRunner {

    static final String PLAN = "SP-2021-22";

    /** A demo contact: {@code at} is a member code, or a partner, body or forum name. */
    record DemoContact(OrganisationType type, String at, String name, String title, String email, String phone,
                       boolean focalPoint) {
    }

    static final List<DemoContact> CONTACTS = List.of(
            new DemoContact(OrganisationType.MEMBER, "AUS", "Alex Example", "Director, People Smuggling Policy (demo)",
                    "alex.example@example.org", "+61 2 5550 0101", true),
            new DemoContact(OrganisationType.MEMBER, "AUS", "Sam Sample", "Senior Officials’ Co-Chair adviser (demo)",
                    "sam.sample@example.org", "+61 2 5550 0102", false),
            new DemoContact(OrganisationType.MEMBER, "IDN", "Budi Contoh", "Director, Multilateral Cooperation (demo)",
                    "budi.contoh@example.org", "+62 21 5550 0201", true),
            new DemoContact(OrganisationType.MEMBER, "IDN", "Sari Contoh", "Desk officer, Bali Process (demo)",
                    "sari.contoh@example.org", "+62 21 5550 0202", false),
            new DemoContact(OrganisationType.MEMBER, "NZL", "Jordan Placeholder", "Steering Group representative (demo)",
                    "jordan.placeholder@example.org", "+64 4 555 0301", true),
            new DemoContact(OrganisationType.MEMBER, "THA", "Nok Example", "Steering Group representative (demo)",
                    "nok.example@example.org", "+66 2 555 0401", true),
            new DemoContact(OrganisationType.MEMBER, "IOM", "Robin Sample", "Regional liaison officer (demo)",
                    "robin.sample@example.org", "+66 2 555 0501", true),
            new DemoContact(OrganisationType.MEMBER, "UNHCR", "Casey Placeholder", "Senior protection officer (demo)",
                    "casey.placeholder@example.org", "+66 2 555 0601", true),
            new DemoContact(OrganisationType.MEMBER, "BGD", "Rahim Demo", "Ad Hoc Group focal point (demo)",
                    "rahim.demo@example.org", "+880 2 5550 0701", true),
            new DemoContact(OrganisationType.MEMBER, "LKA", "Nimal Sample", "Ad Hoc Group focal point (demo)",
                    "nimal.sample@example.org", "+94 11 555 0801", true),
            new DemoContact(OrganisationType.MEMBER, "MYS", "Aisyah Contoh", "Ad Hoc Group focal point (demo)",
                    "aisyah.contoh@example.org", "+60 3 5550 0901", true),
            new DemoContact(OrganisationType.MEMBER, "PHL", "Maria Example", "Ad Hoc Group focal point (demo)",
                    "maria.example@example.org", "+63 2 5550 1001", true),
            new DemoContact(OrganisationType.MEMBER, "VNM", "Minh Placeholder", "Ad Hoc Group focal point (demo)",
                    "minh.placeholder@example.org", "+84 24 5550 1101", true),
            new DemoContact(OrganisationType.PARTNER, "Jakarta Centre for Law Enforcement Cooperation", "Dewi Contoh",
                    "Training coordinator (demo)", "dewi.contoh@example.org", "+62 24 5550 1201", true),
            new DemoContact(OrganisationType.PARTNER, "NEXUS Institute", "Taylor Example", "Research lead (demo)",
                    "taylor.example@example.org", null, true),
            new DemoContact(OrganisationType.PARTNER, "CIFAL Jeju", "Jiwoo Sample", "Programme manager (demo)",
                    "jiwoo.sample@example.org", "+82 64 555 1301", true),
            new DemoContact(OrganisationType.PARTNER, "UNODC Regional Office for Southeast Asia and the Pacific",
                    "Morgan Placeholder", "Programme officer, smuggling of migrants (demo)",
                    "morgan.placeholder@example.org", "+66 2 555 1401", true),
            new DemoContact(OrganisationType.BODY, "Regional Support Office of the Bali Process", "Chris Demo",
                    "Knowledge management officer (demo)", "chris.demo@example.org", "+66 2 555 1501", false),
            new DemoContact(OrganisationType.FORUM, "Association of Southeast Asian Nations", "Lin Example",
                    "Outreach contact (demo)", "lin.example@example.org", null, false),
            new DemoContact(OrganisationType.FORUM, "Global Forum on Migration and Development", "Pat Sample",
                    "Outreach contact (demo)", "pat.sample@example.org", null, false));

    /** Demo links of shipped commitments (by source document and reference) to purposes of the 2021-22 plan. */
    record DemoLink(String sourceDocument, String reference, List<Integer> purposes) {
    }

    static final List<DemoLink> LINKS = List.of(
            new DemoLink("Seventh Ministerial Conference (Co-Chairs' Statement / outcomes)", "priority 2", List.of(2, 3)),
            new DemoLink("Seventh Ministerial Conference (Co-Chairs' Statement / outcomes)", "priority 3", List.of(1, 3)),
            new DemoLink("Seventh Ministerial Conference (Co-Chairs' Statement / outcomes)", "priority 5", List.of(2)),
            new DemoLink("Seventh Ministerial Conference (Co-Chairs' Statement / outcomes)", "priority 6", List.of(1)),
            new DemoLink("2023 Adelaide Strategy for Cooperation", "area 2", List.of(4)),
            new DemoLink("2023 Adelaide Strategy for Cooperation", "area 5", List.of(2)));

    private final ContactService contacts;
    private final ContactRepository contactRecords;
    private final MemberRepository members;
    private final PartnerRepository partners;
    private final BodyRepository bodies;
    private final ForumRepository forums;
    private final CommitmentService commitments;

    DirectoryDemoData(ContactService contacts, ContactRepository contactRecords, MemberRepository members,
                      PartnerRepository partners, BodyRepository bodies, ForumRepository forums,
                      CommitmentService commitments) {
        this.contacts = contacts;
        this.contactRecords = contactRecords;
        this.members = members;
        this.partners = partners;
        this.bodies = bodies;
        this.forums = forums;
        this.commitments = commitments;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoContact c : CONTACTS) {
            ContactRepository.Owner owner = owner(c);
            if (owner == null || contactRecords.exists(c.name(), owner)) {
                continue;
            }
            contacts.create(new ContactInput(c.name(), c.title(),
                    c.type() == OrganisationType.MEMBER ? c.at() : null, owner.partnerId(), owner.bodyId(),
                    owner.forumId(), c.email(), c.phone(), c.focalPoint(), null));
        }
        for (DemoLink link : LINKS) {
            commitments.list(new CommitmentFilter(null, null, link.sourceDocument(), null, null, null),
                            PageQuery.of(0, PageQuery.MAX_SIZE)).items().stream()
                    .filter(c -> link.reference().equals(c.reference()) && c.purposes().isEmpty())
                    .findFirst()
                    .ifPresent(c -> {
                        try {
                            commitments.update(c.id(), new CommitmentInput(c.sourceDocument(), c.year(), c.reference(),
                                    c.text(), c.sourceUrl(),
                                    link.purposes().stream().map(n -> new PurposeLink(PLAN, n)).toList(), c.version()));
                        } catch (InvalidInputException planChanged) {
                            // the plan's purposes were changed in this install: leave the commitment unlinked
                        }
                    });
        }
    }

    /** Where the contact belongs, or {@code null} when that record was deleted. */
    private ContactRepository.Owner owner(DemoContact c) {
        return switch (c.type()) {
            case MEMBER -> members.idOf(c.at()).map(id -> new ContactRepository.Owner(id, null, null, null)).orElse(null);
            case PARTNER -> partners.idOfName(c.at()).map(id -> new ContactRepository.Owner(null, id, null, null)).orElse(null);
            case BODY -> bodies.findByName(c.at()).map(b -> new ContactRepository.Owner(null, null, b.id(), null)).orElse(null);
            case FORUM -> forums.idOfName(c.at()).map(id -> new ContactRepository.Owner(null, null, null, id)).orElse(null);
        };
    }
}
