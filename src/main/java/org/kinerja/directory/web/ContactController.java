package org.kinerja.directory.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.web.ListState;
import org.kinerja.directory.Contact;
import org.kinerja.directory.ContactFilter;
import org.kinerja.directory.ContactService;
import org.kinerja.directory.OrganisationType;
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

/**
 * The contact pages. E-mail and phone are shown only to the roles that may see personal data; for the
 * others the server leaves them out of the page altogether.
 */
@Controller
@RequestMapping("/directory/contacts")
class ContactController {

    private static final Set<String> ORGANISATION_FIELDS = Set.of("memberCode", "partnerId", "bodyId", "forumId");

    private final ContactService contacts;
    private final Choices choices;
    private final PageMessages pages;
    private final ExportResponses exports;

    ContactController(ContactService contacts, Choices choices, PageMessages pages, ExportResponses exports) {
        this.exports = exports;
        this.contacts = contacts;
        this.choices = choices;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String organisationType,
                @RequestParam(required = false) String focalPoint, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String page, @RequestParam(required = false) String deleted,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Authentication auth, Model model, HttpServletResponse response) {
        OrganisationType type = Parse.enumValue(OrganisationType.class, "organisationType", organisationType);
        Boolean focal = Parse.bool("focalPoint", focalPoint);
        boolean personalData = PersonalData.visibleTo(auth);
        ListPage<Contact> result = contacts.list(new ContactFilter(q, type, null, null, null, null, focal, sort),
                PageQuery.of(Parse.integer("page", page), DirectoryPages.PAGE_SIZE), personalData);
        model.addAttribute("result", result);
        model.addAttribute("state", new ListState("/directory/contacts", ListState.params("q", q,
                "organisationType", type == null ? null : type.name(),
                "focalPoint", focal == null ? null : focal.toString()), sort, result));
        model.addAttribute("personalData", personalData);
        model.addAttribute("notice", deleted != null ? pages.text("directory.deleted") : null);
        return Htmx.view(htmx, restore, response, "directory/_contacts-list", "directory/contacts");
    }

    /**
     * The list with the page's filters as a file, for the page's export links; e-mail and phone are columns
     * only for the roles that may see personal data.
     */
    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) String organisationType,
                @RequestParam(required = false) String focalPoint, @RequestParam(required = false) String sort,
                Authentication auth, HttpServletResponse response) throws IOException {
        boolean personalData = PersonalData.visibleTo(auth);
        ContactFilter filter = new ContactFilter(q,
                Parse.enumValue(OrganisationType.class, "organisationType", organisationType), null, null, null, null,
                Parse.bool("focalPoint", focalPoint), sort);
        exports.write(format, DirectoryExports.contactTable(personalData),
                DirectoryExports.contacts(contacts, filter, personalData), "contacts", response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String saved, Authentication auth, Model model) {
        boolean personalData = PersonalData.visibleTo(auth);
        model.addAttribute("contact", contacts.get(id, personalData));
        model.addAttribute("personalData", personalData);
        model.addAttribute("notice", saved != null ? pages.text("common.saved") : null);
        return "directory/contact";
    }

    @GetMapping("/new")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String newContact(@RequestParam(required = false) String organisation, Model model) {
        return form(model, null, ContactForm.blank(organisation), FormErrors.none(), null);
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String create(@ModelAttribute("form") ContactForm form, Model model, HttpServletResponse response) {
        try {
            Contact c = contacts.create(form.toInput());
            return "redirect:/directory/contacts/" + c.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, form, errors(e), null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String edit(@PathVariable long id, Model model) {
        Contact c = contacts.get(id, true);
        return form(model, c, ContactForm.of(c), FormErrors.none(), null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String save(@PathVariable long id, @ModelAttribute("form") ContactForm form, Model model,
                HttpServletResponse response) {
        Contact c = contacts.get(id, true);
        try {
            contacts.update(id, form.toInput());
            return "redirect:/directory/contacts/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, c, form, errors(e), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, c, form, FormErrors.none(), pages.text(e));
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String delete(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                  HttpServletResponse response) {
        Contact c = contacts.get(id, true);
        try {
            contacts.delete(id, Parse.integer("version", version));
            return "redirect:/directory/contacts?deleted";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, c, ContactForm.of(c), FormErrors.none(), pages.text(e));
        }
    }

    private FormErrors errors(InvalidInputException e) {
        return pages.errors(e, f -> ORGANISATION_FIELDS.contains(f) ? "organisation" : f);
    }

    private String form(Model model, Contact contact, ContactForm form, FormErrors errors, String conflict) {
        model.addAttribute("contact", contact);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("members", choices.members().stream()
                .map(o -> new Option("MEMBER:" + o.value(), o.label())).toList());
        model.addAttribute("partners", choices.partners().stream()
                .map(o -> new Option("PARTNER:" + o.value(), o.label())).toList());
        model.addAttribute("bodies", choices.bodies(null).stream()
                .map(o -> new Option("BODY:" + o.value(), o.label())).toList());
        model.addAttribute("forums", choices.forums().stream()
                .map(o -> new Option("FORUM:" + o.value(), o.label())).toList());
        return "directory/contactForm";
    }
}
