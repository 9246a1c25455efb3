package org.kinerja.directory.web;

import java.util.List;

import org.kinerja.directory.BodyRef;
import org.kinerja.directory.BodyService;
import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.ForumService;
import org.kinerja.directory.Member;
import org.kinerja.directory.MemberFilter;
import org.kinerja.directory.MemberService;
import org.kinerja.directory.PartnerService;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Component;

/** The choices of the directory's selects: members, bodies, partners, forums and countries. */
@Component
class Choices {

    private final MemberService members;
    private final BodyService bodies;
    private final PartnerService partners;
    private final ForumService forums;
    private final DirectoryService directory;

    Choices(MemberService members, BodyService bodies, PartnerService partners, ForumService forums,
            DirectoryService directory) {
        this.members = members;
        this.bodies = bodies;
        this.partners = partners;
        this.forums = forums;
        this.directory = directory;
    }

    List<Option> members() {
        return members.list(MemberFilter.all(), new PageQuery(0, PageQuery.MAX_SIZE)).items().stream()
                .map(m -> new Option(m.code(), m.name() + " (" + m.code() + ")")).toList();
    }

    List<Member> memberRecords() {
        return members.list(MemberFilter.all(), new PageQuery(0, PageQuery.MAX_SIZE)).items();
    }

    /** The bodies, but not {@code except} (a body cannot be its own parent). */
    List<Option> bodies(Long except) {
        return bodies.refs().stream().filter(b -> except == null || b.id() != except)
                .map(b -> new Option(String.valueOf(b.id()), b.name() + " (" + b.shortName() + ")")).toList();
    }

    List<BodyRef> bodyRefs() {
        return bodies.refs();
    }

    List<Option> partners() {
        return partners.all().stream().map(p -> new Option(String.valueOf(p.id()), p.name())).toList();
    }

    List<Option> forums() {
        return forums.all().stream().map(f -> new Option(String.valueOf(f.id()), f.name())).toList();
    }

    List<Option> countries() {
        return directory.allCountries().stream().map(c -> new Option(c.alpha3(), c.name() + " (" + c.alpha3() + ")"))
                .toList();
    }
}
