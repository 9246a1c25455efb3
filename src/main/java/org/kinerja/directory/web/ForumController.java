package org.kinerja.directory.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.web.ListState;
import org.kinerja.directory.ContactFilter;
import org.kinerja.directory.ContactService;
import org.kinerja.directory.Forum;
import org.kinerja.directory.ForumFilter;
import org.kinerja.directory.ForumKind;
import org.kinerja.directory.ForumService;
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

/** The forum pages: the list, one forum with its contacts, and the forum form. */
@Controller
@RequestMapping("/directory/forums")
class ForumController {

    private final ForumService forums;
    private final ContactService contacts;
    private final PageMessages pages;
    private final ExportResponses exports;

    ForumController(ForumService forums, ContactService contacts, PageMessages pages, ExportResponses exports) {
        this.exports = exports;
        this.forums = forums;
        this.contacts = contacts;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                @RequestParam(required = false) String deleted,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Model model, HttpServletResponse response) {
        ForumKind k = Parse.enumValue(ForumKind.class, "kind", kind);
        ListPage<Forum> result = forums.list(new ForumFilter(q, k, sort),
                PageQuery.of(Parse.integer("page", page), DirectoryPages.PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("state", new ListState("/directory/forums",
                ListState.params("q", q, "kind", k == null ? null : k.name()), sort, result));
        model.addAttribute("notice", deleted != null ? pages.text("directory.deleted") : null);
        return Htmx.view(htmx, restore, response, "directory/_forums", "directory/forums");
    }

    /** The list with the page's filters as a file, for the page's export links. */
    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String sort,
                HttpServletResponse response) throws IOException {
        ForumFilter filter = new ForumFilter(q, Parse.enumValue(ForumKind.class, "kind", kind), sort);
        exports.write(format, DirectoryExports.FORUMS, DirectoryExports.forums(forums, filter), "forums", response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String saved, Authentication auth, Model model) {
        return detail(model, forums.get(id), auth, saved != null ? pages.text("common.saved") : null, null);
    }

    private String detail(Model model, Forum f, Authentication auth, String notice, String conflict) {
        boolean personalData = PersonalData.visibleTo(auth);
        model.addAttribute("forum", f);
        model.addAttribute("contacts", contacts.list(ContactFilter.ofForum(f.id()),
                new PageQuery(0, DirectoryPages.RELATED), personalData).items());
        model.addAttribute("personalData", personalData);
        model.addAttribute("notice", notice);
        model.addAttribute("conflict", conflict);
        return "directory/forum";
    }

    @GetMapping("/new")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String newForum(Model model) {
        return form(model, null, ForumForm.blank(), FormErrors.none(), null);
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String create(@ModelAttribute("form") ForumForm form, Model model, HttpServletResponse response) {
        try {
            Forum f = forums.create(form.toInput());
            return "redirect:/directory/forums/" + f.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, form, pages.errors(e), null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String edit(@PathVariable long id, Model model) {
        Forum f = forums.get(id);
        return form(model, f, ForumForm.of(f), FormErrors.none(), null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String save(@PathVariable long id, @ModelAttribute("form") ForumForm form, Model model,
                HttpServletResponse response) {
        Forum f = forums.get(id);
        try {
            forums.update(id, form.toInput());
            return "redirect:/directory/forums/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, f, form, pages.errors(e), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, f, form, FormErrors.none(), pages.text(e));
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String delete(@PathVariable long id, @RequestParam(required = false) String version, Authentication auth,
                  Model model, HttpServletResponse response) {
        Forum f = forums.get(id);
        try {
            forums.delete(id, Parse.integer("version", version));
            return "redirect:/directory/forums?deleted";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(model, f, auth, null, pages.text(e));
        }
    }

    private String form(Model model, Forum forum, ForumForm form, FormErrors errors, String conflict) {
        model.addAttribute("forum", forum);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "directory/forumForm";
    }
}
