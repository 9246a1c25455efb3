package org.kinerja.directory.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.web.ListState;
import org.kinerja.directory.ContactFilter;
import org.kinerja.directory.ContactService;
import org.kinerja.directory.Member;
import org.kinerja.directory.MemberFilter;
import org.kinerja.directory.MemberKind;
import org.kinerja.directory.MemberRole;
import org.kinerja.directory.MemberService;
import org.kinerja.directory.PartnerFilter;
import org.kinerja.directory.PartnerService;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.web.PageMessages;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member pages: the list, one member with what refers to it, and the member form. */
@Controller
@RequestMapping("/directory/members")
class MemberController {

    private final MemberService members;
    private final ContactService contacts;
    private final PartnerService partners;
    private final PageMessages pages;
    private final ExportResponses exports;

    MemberController(MemberService members, ContactService contacts, PartnerService partners, PageMessages pages, ExportResponses exports) {
        this.exports = exports;
        this.members = members;
        this.contacts = contacts;
        this.partners = partners;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String role, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String page, @RequestParam(required = false) String deleted,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Model model, HttpServletResponse response) {
        MemberKind k = Parse.enumValue(MemberKind.class, "kind", kind);
        MemberRole r = Parse.enumValue(MemberRole.class, "role", role);
        ListPage<Member> result = members.list(new MemberFilter(q, k, r, sort),
                PageQuery.of(Parse.integer("page", page), DirectoryPages.PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("state", new ListState("/directory/members",
                ListState.params("q", q, "kind", k == null ? null : k.name(), "role", r == null ? null : r.name()), sort, result));
        model.addAttribute("notice", deleted != null ? pages.text("directory.deleted") : null);
        return Htmx.view(htmx, restore, response, "directory/_members", "directory/members");
    }

    /** The list with the page's filters as a file, for the page's export links. */
    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String role,
                @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        MemberFilter filter = new MemberFilter(q, Parse.enumValue(MemberKind.class, "kind", kind),
                Parse.enumValue(MemberRole.class, "role", role), sort);
        exports.write(format, DirectoryExports.MEMBERS, DirectoryExports.members(members, filter), "members", response);
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) String saved, Authentication auth,
                Model model) {
        return detail(model, members.get(code), auth, saved != null ? pages.text("common.saved") : null, null);
    }

    private String detail(Model model, Member m, Authentication auth, String notice, String conflict) {
        boolean personalData = PersonalData.visibleTo(auth);
        model.addAttribute("member", m);
        model.addAttribute("memberships", members.memberships(m.code()));
        model.addAttribute("partners", partners.list(new PartnerFilter(null, null, null, m.code(), null),
                new PageQuery(0, DirectoryPages.RELATED)).items());
        model.addAttribute("contacts", contacts.list(ContactFilter.ofMember(m.code()),
                new PageQuery(0, DirectoryPages.RELATED), personalData).items());
        model.addAttribute("personalData", personalData);
        model.addAttribute("notice", notice);
        model.addAttribute("conflict", conflict);
        return "directory/member";
    }

    @GetMapping("/new")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    String newMember(Model model) {
        return form(model, null, MemberForm.blank(), FormErrors.none(), null);
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    String create(@ModelAttribute("form") MemberForm form, Model model, HttpServletResponse response) {
        try {
            Member m = members.create(form.toInput());
            return "redirect:" + path(m.code()) + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, form, pages.errors(e, f -> f.startsWith("roles") ? "roles" : f), null);
        }
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    String edit(@PathVariable String code, Model model) {
        Member m = members.get(code);
        return form(model, m, MemberForm.of(m), FormErrors.none(), null);
    }

    @PostMapping("/{code}/edit")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    String save(@PathVariable String code, @ModelAttribute("form") MemberForm form, Model model,
                HttpServletResponse response) {
        Member m = members.get(code);
        try {
            members.update(m.code(), form.toInput());
            return "redirect:" + path(m.code()) + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, m, form, pages.errors(e, f -> f.startsWith("roles") ? "roles" : f), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, m, form, FormErrors.none(), pages.text(e));
        }
    }

    @PostMapping("/{code}/delete")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    String delete(@PathVariable String code, @RequestParam(required = false) String version, Authentication auth,
                  Model model, HttpServletResponse response) {
        Member m = members.get(code);
        try {
            members.delete(m.code(), Parse.integer("version", version));
            return "redirect:/directory/members?deleted";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(model, members.get(code), auth, null, pages.text(e));
        }
    }

    private String form(Model model, Member member, MemberForm form, FormErrors errors, String conflict) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "directory/memberForm";
    }

    static String path(String code) {
        return "/directory/members/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
