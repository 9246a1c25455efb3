package org.kinerja.directory.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.directory.Member;
import org.kinerja.directory.MemberFilter;
import org.kinerja.directory.MemberInput;
import org.kinerja.directory.MemberKind;
import org.kinerja.directory.MemberRole;
import org.kinerja.directory.MemberService;
import org.kinerja.directory.Membership;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Members over {@code /api/v1/members}, addressed by code: everyone signed in reads; administrators and
 * Co-Managers create, change and delete them.
 */
@RestController
@RequestMapping("/api/v1/members")
class MemberApiController {

    private final MemberService members;
    private final ExportResponses exports;

    MemberApiController(MemberService members, ExportResponses exports) {
        this.exports = exports;
        this.members = members;
    }

    /** A new member: its code never changes afterwards. */
    record CreateMemberRequest(String code, String name, MemberKind kind, List<MemberRole> roles, String notes,
                               String sources) {
    }

    record UpdateMemberRequest(String name, MemberKind kind, List<MemberRole> roles, String notes, String sources,
                               Integer version) {
    }

    @GetMapping
    ListPage<Member> list(@RequestParam(required = false) String q, @RequestParam(required = false) MemberKind kind,
                          @RequestParam(required = false) MemberRole role, @RequestParam(required = false) String sort,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return members.list(new MemberFilter(q, kind, role, sort), PageQuery.of(page, size));
    }

    /** The whole list with the same filters as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) MemberKind kind, @RequestParam(required = false) MemberRole role,
                @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        exports.write(format, DirectoryExports.MEMBERS,
                DirectoryExports.members(members, new MemberFilter(q, kind, role, sort)), "members", response);
    }

    @GetMapping("/{code}")
    Member get(@PathVariable String code) {
        return members.get(code);
    }

    /** The bodies the member sits in. */
    @GetMapping("/{code}/bodies")
    List<Membership> bodies(@PathVariable String code) {
        return members.memberships(code);
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    ResponseEntity<Member> create(@RequestBody CreateMemberRequest r) {
        Member m = members.create(new MemberInput(r.code(), r.name(), r.kind(), r.roles(), r.notes(), r.sources(), null));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}").buildAndExpand(m.code()).toUri();
        return ResponseEntity.created(location).body(m);
    }

    @PutMapping("/{code}")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    Member update(@PathVariable String code, @RequestBody UpdateMemberRequest r) {
        return members.update(code, new MemberInput(null, r.name(), r.kind(), r.roles(), r.notes(), r.sources(),
                r.version()));
    }

    /** Deletes a member nothing refers to; 409 naming what does otherwise. */
    @DeleteMapping("/{code}")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    ResponseEntity<Void> delete(@PathVariable String code, @RequestParam(required = false) Integer version) {
        members.delete(code, version);
        return ResponseEntity.noContent().build();
    }
}
