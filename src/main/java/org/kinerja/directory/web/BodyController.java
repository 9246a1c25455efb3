package org.kinerja.directory.web;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.web.ListState;
import org.kinerja.directory.Body;
import org.kinerja.directory.BodyFilter;
import org.kinerja.directory.BodyKind;
import org.kinerja.directory.BodyService;
import org.kinerja.directory.ContactFilter;
import org.kinerja.directory.ContactService;
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

/** The body pages: the list, one body with its seats, the bodies under it and its contacts, and the form. */
@Controller
@RequestMapping("/directory/bodies")
class BodyController {

    private static final Pattern SEAT_FIELD = Pattern.compile("^members\\[(\\d+)](.*)$");

    private final BodyService bodies;
    private final ContactService contacts;
    private final Choices choices;
    private final PageMessages pages;
    private final ExportResponses exports;

    BodyController(BodyService bodies, ContactService contacts, Choices choices, PageMessages pages, ExportResponses exports) {
        this.exports = exports;
        this.bodies = bodies;
        this.contacts = contacts;
        this.choices = choices;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String member, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String page, @RequestParam(required = false) String deleted,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Model model, HttpServletResponse response) {
        BodyKind k = Parse.enumValue(BodyKind.class, "kind", kind);
        ListPage<Body> result = bodies.list(new BodyFilter(q, k, null, member, sort),
                PageQuery.of(Parse.integer("page", page), DirectoryPages.PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("state", new ListState("/directory/bodies",
                ListState.params("q", q, "kind", k == null ? null : k.name(), "member", member), sort, result));
        model.addAttribute("members", choices.members());
        model.addAttribute("notice", deleted != null ? pages.text("directory.deleted") : null);
        return Htmx.view(htmx, restore, response, "directory/_bodies", "directory/bodies");
    }

    /** The list with the page's filters as a file, for the page's export links. */
    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String member,
                @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        BodyFilter filter = new BodyFilter(q, Parse.enumValue(BodyKind.class, "kind", kind), null, member, sort);
        exports.write(format, DirectoryExports.BODIES, DirectoryExports.bodies(bodies, filter), "bodies", response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String saved, Authentication auth, Model model) {
        return detail(model, bodies.get(id), auth, saved != null ? pages.text("common.saved") : null, null);
    }

    private String detail(Model model, Body b, Authentication auth, String notice, String conflict) {
        boolean personalData = PersonalData.visibleTo(auth);
        model.addAttribute("body", b);
        model.addAttribute("children", bodies.children(b.id()));
        model.addAttribute("contacts", contacts.list(ContactFilter.ofBody(b.id()),
                new PageQuery(0, DirectoryPages.RELATED), personalData).items());
        model.addAttribute("personalData", personalData);
        model.addAttribute("notice", notice);
        model.addAttribute("conflict", conflict);
        return "directory/body";
    }

    @GetMapping("/new")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String newBody(Model model) {
        return form(model, null, BodyForm.blank(), FormErrors.none(), null);
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String create(@ModelAttribute("form") BodyForm form, Model model, HttpServletResponse response) {
        try {
            Body b = bodies.create(form.toInput());
            return "redirect:/directory/bodies/" + b.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, form, errors(e, form), null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String edit(@PathVariable long id, Model model) {
        Body b = bodies.get(id);
        return form(model, b, BodyForm.of(b), FormErrors.none(), null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String save(@PathVariable long id, @ModelAttribute("form") BodyForm form, Model model,
                HttpServletResponse response) {
        Body b = bodies.get(id);
        try {
            bodies.update(id, form.toInput());
            return "redirect:/directory/bodies/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, b, form, errors(e, form), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, b, form, FormErrors.none(), pages.text(e));
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String delete(@PathVariable long id, @RequestParam(required = false) String version, Authentication auth,
                  Model model, HttpServletResponse response) {
        Body b = bodies.get(id);
        try {
            bodies.delete(id, Parse.integer("version", version));
            return "redirect:/directory/bodies?deleted";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(model, b, auth, null, pages.text(e));
        }
    }

    /** The service numbers seats without the blank rows; the page numbers every row. */
    private FormErrors errors(InvalidInputException e, BodyForm form) {
        List<Integer> positions = form.positions();
        boolean fromService = e.violations().stream().noneMatch(v -> v.messageKey().equals("directory.value.unknown")
                || v.messageKey().equals("directory.number.invalid"));
        return pages.errors(e, field -> {
            Matcher m = SEAT_FIELD.matcher(field);
            if (!fromService || !m.matches()) {
                return field;
            }
            int index = Integer.parseInt(m.group(1));
            return "members[" + (index < positions.size() ? positions.get(index) : index) + "]" + m.group(2);
        });
    }

    private String form(Model model, Body body, BodyForm form, FormErrors errors, String conflict) {
        model.addAttribute("body", body);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("parents", choices.bodies(body == null ? null : body.id()));
        model.addAttribute("members", choices.members());
        return "directory/bodyForm";
    }
}
