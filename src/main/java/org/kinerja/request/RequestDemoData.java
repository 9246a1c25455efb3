package org.kinerja.request;

import static org.kinerja.request.MemberRequestStatus.ACCEPTED;
import static org.kinerja.request.MemberRequestStatus.DECLINED;
import static org.kinerja.request.MemberRequestStatus.DELIVERED;
import static org.kinerja.request.MemberRequestStatus.IN_PROGRESS;
import static org.kinerja.request.MemberRequestStatus.RECEIVED;
import static org.kinerja.request.MemberRequestStatus.WITHDRAWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kinerja.directory.Body;
import org.kinerja.directory.Contact;
import org.kinerja.directory.ContactFilter;
import org.kinerja.directory.ContactService;
import org.kinerja.directory.DirectoryService;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.shared.PageQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's member requests: about thirty from members (Thailand, the demo focal point's member,
 * among them), the Working Groups, the Task Force and the Co-Chairs in 2021–2022 at every status — the open
 * ones of those years now long overdue — and two recent ones still within their targets. Assigned to the demo
 * officer. Added once: nothing is added when requests exist.
 */
@Component
@Profile("demo")
@Order(150)
class RequestDemoData implements ApplicationRunner {

    /**
     * A demo request. {@code requester} is a member code, a body's short name ({@code WG-TIP}) or
     * {@code CO_CHAIRS}; {@code received} an ISO date, or {@code -n} for n days before today. The request is
     * acknowledged {@code ack} days after receipt and reaches {@code status} {@code done} days after it.
     */
    record DemoRequest(String requester, String received, RequestChannel channel, MemberRequestType type,
                       String subject, MemberRequestStatus status, int ack, int done, String reason) {
    }

    private static DemoRequest r(String requester, String received, RequestChannel channel, MemberRequestType type,
                                 String subject, MemberRequestStatus status, int ack, int done) {
        return new DemoRequest(requester, received, channel, type, subject, status, ack, done, null);
    }

    static final List<DemoRequest> REQUESTS = List.of(
            r("THA", "2021-02-15", RequestChannel.EMAIL, MemberRequestType.TRAINING,
                    "Training for immigration officers on detecting fraudulent documents (demo)", DELIVERED, 3, 52),
            r("THA", "2021-09-06", RequestChannel.LETTER, MemberRequestType.TECHNICAL_ASSISTANCE,
                    "Review of national referral mechanism guidelines (demo)", DELIVERED, 4, 75),
            r("THA", "2022-05-10", RequestChannel.KINERJA, MemberRequestType.RESEARCH,
                    "Data on online recruitment of trafficking victims in the region (demo)", IN_PROGRESS, 6, 20),
            r("THA", "2022-11-02", RequestChannel.KINERJA, MemberRequestType.INFORMATION,
                    "Copies of Bali Process policy guides in Thai (demo)", RECEIVED, 0, 0),
            r("IDN", "2021-03-22", RequestChannel.MEETING, MemberRequestType.EVENT_SUPPORT,
                    "Support for a regional workshop on maritime people smuggling (demo)", DELIVERED, 2, 48),
            r("AUS", "2021-06-14", RequestChannel.EMAIL, MemberRequestType.INFORMATION,
                    "Summary of member practice on victim identification (demo)", DELIVERED, 1, 21),
            r("NZL", "2021-08-03", RequestChannel.EMAIL, MemberRequestType.RESEARCH,
                    "Scoping study on labour exploitation in fisheries (demo)", DELIVERED, 5, 58),
            r("LKA", "2021-10-11", RequestChannel.LETTER, MemberRequestType.TRAINING,
                    "Training of trainers on trafficking investigations (demo)", DELIVERED, 8, 66),
            r("BGD", "2021-04-19", RequestChannel.EMAIL, MemberRequestType.TECHNICAL_ASSISTANCE,
                    "Advice on a draft anti-trafficking action plan (demo)", DELIVERED, 3, 44),
            r("MYS", "2022-01-24", RequestChannel.MEETING, MemberRequestType.EVENT_SUPPORT,
                    "Co-hosting a tabletop exercise on irregular maritime arrivals (demo)", DELIVERED, 2, 59),
            r("PHL", "2022-03-07", RequestChannel.EMAIL, MemberRequestType.TRAINING,
                    "Training on ethical recruitment for labour attachés (demo)", ACCEPTED, 4, 4),
            r("VNM", "2022-06-20", RequestChannel.PHONE, MemberRequestType.INFORMATION,
                    "Contacts of counterpart agencies on returns (demo)", DELIVERED, 1, 9),
            r("IOM", "2021-07-12", RequestChannel.EMAIL, MemberRequestType.RESEARCH,
                    "Joint data collection on smuggling routes (demo)", WITHDRAWN, 5, 40),
            r("UNHCR", "2022-02-14", RequestChannel.EMAIL, MemberRequestType.TECHNICAL_ASSISTANCE,
                    "Input on protection-sensitive screening procedures (demo)", DELIVERED, 3, 37),
            r("PNG", "2022-08-15", RequestChannel.LETTER, MemberRequestType.TRAINING,
                    "Border management training for provincial officers (demo)", IN_PROGRESS, 7, 15),
            r("FJI", "2022-09-26", RequestChannel.EMAIL, MemberRequestType.TECHNICAL_ASSISTANCE,
                    "Legislative review of people smuggling offences (demo)", RECEIVED, 0, 0),
            r("KHM", "2022-04-04", RequestChannel.MEETING, MemberRequestType.EVENT_SUPPORT,
                    "Interpretation support for a national consultation (demo)", DECLINED, 6, 12),
            r("WG-TIP", "2021-03-01", RequestChannel.MEETING, MemberRequestType.RESEARCH,
                    "Stocktake of members' victim support services for the Working Group (demo)", DELIVERED, 2, 61),
            r("WG-TIP", "2022-02-28", RequestChannel.EMAIL, MemberRequestType.EVENT_SUPPORT,
                    "Secretariat support for the Working Group's annual meeting (demo)", DELIVERED, 1, 30),
            r("WG-TIP", "2022-10-17", RequestChannel.EMAIL, MemberRequestType.TRAINING,
                    "Regional training on trauma-informed interviewing (demo)", ACCEPTED, 3, 3),
            r("WG-DISRUPTION", "2021-05-10", RequestChannel.MEETING, MemberRequestType.TECHNICAL_ASSISTANCE,
                    "Support for a Joint Period of Action debrief (demo)", DELIVERED, 2, 35),
            r("WG-DISRUPTION", "2022-07-04", RequestChannel.EMAIL, MemberRequestType.RESEARCH,
                    "Analysis of financial flows of smuggling networks (demo)", IN_PROGRESS, 4, 30),
            r("TFPP", "2021-11-08", RequestChannel.MEETING, MemberRequestType.TECHNICAL_ASSISTANCE,
                    "Update of the Task Force's contingency planning toolkit (demo)", DELIVERED, 3, 90),
            r("TFPP", "2022-08-29", RequestChannel.EMAIL, MemberRequestType.EVENT_SUPPORT,
                    "Tabletop exercise on a mass maritime arrival scenario (demo)", RECEIVED, 0, 0),
            r("CO_CHAIRS", "2021-01-18", RequestChannel.LETTER, MemberRequestType.INFORMATION,
                    "Briefing on RSO delivery for the Steering Group (demo)", DELIVERED, 1, 14),
            r("CO_CHAIRS", "2021-12-13", RequestChannel.MEETING, MemberRequestType.RESEARCH,
                    "Background paper for the Ad Hoc Group Senior Officials' Meeting (demo)", DELIVERED, 1, 42),
            r("CO_CHAIRS", "2022-06-06", RequestChannel.LETTER, MemberRequestType.EVENT_SUPPORT,
                    "Logistics support for the Ministerial Conference preparations (demo)", IN_PROGRESS, 2, 10),
            r("MMR", "2021-06-28", RequestChannel.EMAIL, MemberRequestType.TRAINING,
                    "Training on consular assistance to victims abroad (demo)", DECLINED, 9, 20),
            r("THA", "-3", RequestChannel.KINERJA, MemberRequestType.INFORMATION,
                    "Schedule of upcoming regional trainings (demo)", RECEIVED, 0, 0),
            r("IDN", "-20", RequestChannel.EMAIL, MemberRequestType.TECHNICAL_ASSISTANCE,
                    "Comments on a draft standard operating procedure for returns (demo)", ACCEPTED, 2, 2));

    private static final String DECLINE_REASON = "Outside the RSO's mandate; referred to a partner organisation (demo).";

    private final MemberRequestService requests;
    private final DirectoryService directory;
    private final ContactService contacts;
    private final UserService users;

    RequestDemoData(MemberRequestService requests, DirectoryService directory, ContactService contacts,
                    UserService users) {
        this.requests = requests;
        this.directory = directory;
        this.contacts = contacts;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requests.count(MemberRequestFilter.all()) == 0) {
            add();
        }
    }

    /** Adds the demo requests whose requester exists and moves each to its status; returns them as they end. */
    List<MemberRequest> add() {
        List<MemberRequest> added = new ArrayList<>();
        Long officer = users.list("officer@kinerja.demo", null, true, PageQuery.of(0, 1)).items().stream()
                .findFirst().map(UserAccount::id).orElse(null);
        LocalDate today = LocalDate.now();
        for (DemoRequest d : REQUESTS) {
            LocalDate received = d.received().startsWith("-") ? today.minusDays(Long.parseLong(d.received().substring(1)))
                    : LocalDate.parse(d.received());
            String member = null;
            Long body = null;
            Boolean coChairs = null;
            if (d.requester().equals("CO_CHAIRS")) {
                coChairs = true;
            } else if (d.requester().contains("-") || d.requester().equals("TFPP")) {
                Optional<Body> b = directory.findBodyByShortName(d.requester());
                if (b.isEmpty()) {
                    continue;
                }
                body = b.get().id();
            } else if (directory.memberExists(d.requester())) {
                member = d.requester();
            } else {
                continue;
            }
            Long contact = member == null ? null : contacts.list(ContactFilter.ofMember(member), PageQuery.of(0, 1), false)
                    .items().stream().findFirst().map(Contact::id).orElse(null);
            MemberRequest created = requests.create(new MemberRequestInput(member, body, coChairs, contact, received,
                    d.channel(), d.subject(), "", d.type(), officer, null,
                    d.status() == DELIVERED ? "Delivered as requested (demo)." : null, List.of(), null), null);
            advance(created.id(), d, received);
            added.add(requests.find(created.id()).orElseThrow());
        }
        return added;
    }

    private void advance(long id, DemoRequest d, LocalDate received) {
        LocalDate ack = received.plusDays(d.ack());
        LocalDate done = received.plusDays(d.done());
        switch (d.status()) {
            case RECEIVED -> { }
            case ACCEPTED -> move(id, ACCEPTED, ack, null);
            case IN_PROGRESS -> {
                move(id, ACCEPTED, ack, null);
                move(id, IN_PROGRESS, done, null);
            }
            case DELIVERED -> {
                move(id, ACCEPTED, ack, null);
                move(id, IN_PROGRESS, ack.plusDays(Math.min(5, d.done() - d.ack())), null);
                move(id, DELIVERED, done, null);
            }
            case DECLINED -> move(id, DECLINED, done, DECLINE_REASON);
            case WITHDRAWN -> {
                move(id, ACCEPTED, ack, null);
                move(id, WITHDRAWN, done, "The member no longer needs it (demo).");
            }
        }
    }

    private void move(long id, MemberRequestStatus to, LocalDate date, String reason) {
        requests.changeStatus(id, new StatusChange(to, date, reason), null, null);
    }
}
