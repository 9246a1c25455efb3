package org.kinerja.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' pages for users: list, create, edit roles, deactivate, set a temporary password.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private final UserService users;
    private final MessageSource messages;
    private final ExportResponses exports;

    UserAdminController(UserService users, MessageSource messages, ExportResponses exports) {
        this.users = users;
        this.messages = messages;
        this.exports = exports;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(required = false) Boolean active, @RequestParam(required = false) Integer page,
                Model model) {
        ListPage<UserAccount> result = users.list(q, role, active, PageQuery.of(page, PageQuery.DEFAULT_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("role", role);
        model.addAttribute("active", active);
        return "identity/users";
    }

    /** The list with the page's filters as a file, for the page's export links. */
    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active,
                HttpServletResponse response) throws IOException {
        exports.write(format, UserExport.TABLE, UserExport.rows(users, q, role, active), UserExport.FILE_NAME, response);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, null, UserForm.empty(), FormErrors.none());
    }

    @PostMapping("/new")
    String create(@ModelAttribute UserForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            UserAccount created = users.create(form.toChange());
            redirect.addFlashAttribute("notice", "users.created");
            return "redirect:/admin/users/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return form(model, null, form, FormErrors.of(e, messages));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount account = users.get(id);
        return form(model, account, UserForm.of(account), FormErrors.none());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute UserForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        UserAccount account = users.get(id);
        try {
            // the edit form never sets a password: that is the temporary-password form's job
            UserForm withoutPassword = new UserForm(form.email(), form.displayName(), form.roles(), form.memberCode(),
                    form.preferredLanguage(), null, form.active(), form.version());
            users.update(id, withoutPassword.toChange());
            redirect.addFlashAttribute("notice", "users.updated");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return form(model, account, form, FormErrors.of(e, messages));
        } catch (ConflictException e) {
            response.setStatus(409);
            return form(model, account, form, FormErrors.global(messages.getMessage(e.messageKey(), e.args(),
                    LocaleContextHolder.getLocale())));
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            users.deactivate(id);
        } catch (InvalidInputException e) {
            UserAccount account = users.get(id);
            response.setStatus(422);
            return form(model, account, UserForm.of(account), FormErrors.global(messages.getMessage(
                    e.violations().get(0).messageKey(), null, LocaleContextHolder.getLocale())));
        }
        redirect.addFlashAttribute("notice", "users.deactivated");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String temporaryPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model,
                             HttpServletResponse response, RedirectAttributes redirect) {
        UserAccount account = users.get(id);
        try {
            users.setTemporaryPassword(id, password);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("passwordErrors", FormErrors.of(e, messages));
            return form(model, account, UserForm.of(account), FormErrors.none());
        }
        redirect.addFlashAttribute("notice", "users.tempPassword.done");
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, UserAccount account, UserForm form, FormErrors errors) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", List.of(Role.values()));
        if (!model.containsAttribute("passwordErrors")) {
            model.addAttribute("passwordErrors", FormErrors.none());
        }
        return "identity/user-form";
    }
}
