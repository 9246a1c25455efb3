package org.kinerja.directory.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.web.ListState;
import org.kinerja.directory.ContactFilter;
import org.kinerja.directory.ContactService;
import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerFilter;
import org.kinerja.directory.PartnerService;
import org.kinerja.directory.PartnerType;
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

/** The partner pages: the list, one partner with its contacts, and the partner form. */
@Controller
@RequestMapping("/directory/partners")
class PartnerController {

    private final PartnerService partners;
    private final ContactService contacts;
    private final DirectoryService directory;
    private final Choices choices;
    private final PageMessages pages;
    private final ExportResponses exports;

    PartnerController(PartnerService partners, ContactService contacts, DirectoryService directory, Choices choices,
                      PageMessages pages, ExportResponses exports) {
        this.exports = exports;
        this.partners = partners;
        this.contacts = contacts;
        this.directory = directory;
        this.choices = choices;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                @RequestParam(required = false) String country, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String page, @RequestParam(required = false) String deleted,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Model model, HttpServletResponse response) {
        PartnerType t = Parse.enumValue(PartnerType.class, "type", type);
        ListPage<Partner> result = partners.list(new PartnerFilter(q, t, country, null, sort),
                PageQuery.of(Parse.integer("page", page), DirectoryPages.PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("state", new ListState("/directory/partners",
                ListState.params("q", q, "type", t == null ? null : t.name(), "country", country), sort, result));
        model.addAttribute("countries", choices.countries());
        model.addAttribute("notice", deleted != null ? pages.text("directory.deleted") : null);
        return Htmx.view(htmx, restore, response, "directory/_partners", "directory/partners");
    }

    /** The list with the page's filters as a file, for the page's export links. */
    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) String type, @RequestParam(required = false) String country,
                @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        PartnerFilter filter = new PartnerFilter(q, Parse.enumValue(PartnerType.class, "type", type), country, null, sort);
        exports.write(format, DirectoryExports.PARTNERS, DirectoryExports.partners(partners, filter), "partners",
                response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String saved, Authentication auth, Model model) {
        return detail(model, partners.get(id), auth, saved != null ? pages.text("common.saved") : null, null);
    }

    private String detail(Model model, Partner p, Authentication auth, String notice, String conflict) {
        boolean personalData = PersonalData.visibleTo(auth);
        model.addAttribute("partner", p);
        model.addAttribute("member", p.memberCode() == null ? null : directory.findMember(p.memberCode()).orElse(null));
        model.addAttribute("contacts", contacts.list(ContactFilter.ofPartner(p.id()),
                new PageQuery(0, DirectoryPages.RELATED), personalData).items());
        model.addAttribute("personalData", personalData);
        model.addAttribute("notice", notice);
        model.addAttribute("conflict", conflict);
        return "directory/partner";
    }

    @GetMapping("/new")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String newPartner(Model model) {
        return form(model, null, PartnerForm.blank(), FormErrors.none(), null);
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String create(@ModelAttribute("form") PartnerForm form, Model model, HttpServletResponse response) {
        try {
            Partner p = partners.create(form.toInput());
            return "redirect:/directory/partners/" + p.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, form, pages.errors(e), null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String edit(@PathVariable long id, Model model) {
        Partner p = partners.get(id);
        return form(model, p, PartnerForm.of(p), FormErrors.none(), null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String save(@PathVariable long id, @ModelAttribute("form") PartnerForm form, Model model,
                HttpServletResponse response) {
        Partner p = partners.get(id);
        try {
            partners.update(id, form.toInput());
            return "redirect:/directory/partners/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, p, form, pages.errors(e), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, p, form, FormErrors.none(), pages.text(e));
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String delete(@PathVariable long id, @RequestParam(required = false) String version, Authentication auth,
                  Model model, HttpServletResponse response) {
        Partner p = partners.get(id);
        try {
            partners.delete(id, Parse.integer("version", version));
            return "redirect:/directory/partners?deleted";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(model, p, auth, null, pages.text(e));
        }
    }

    private String form(Model model, Partner partner, PartnerForm form, FormErrors errors, String conflict) {
        model.addAttribute("partner", partner);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("countries", choices.countries());
        model.addAttribute("members", choices.members());
        return "directory/partnerForm";
    }
}
