package org.kinerja.identity;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own page: profile, password and personal access tokens.
 */
@Controller
class AccountController {

    private final UserService users;
    private final AccessTokenService tokens;
    private final KinerjaUserDetailsService details;
    private final MessageSource messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(UserService users, AccessTokenService tokens, KinerjaUserDetailsService details,
                      MessageSource messages) {
        this.users = users;
        this.tokens = tokens;
        this.details = details;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal KinerjaUser me, Model model) {
        return page(me, model, FormErrors.none(), FormErrors.none(), null);
    }

    private String page(KinerjaUser me, Model model, FormErrors passwordErrors, FormErrors tokenErrors, String tokenName) {
        model.addAttribute("account", users.get(me.id()));
        model.addAttribute("tokens", tokens.list(me.id()));
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("tokenErrors", tokenErrors);
        model.addAttribute("tokenName", tokenName == null ? "" : tokenName);
        if (!model.containsAttribute("newSecret")) {
            model.addAttribute("newSecret", null);
        }
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "identity/account";
    }

    @GetMapping("/account/password")
    String passwordForm(@AuthenticationPrincipal KinerjaUser me, Model model) {
        model.addAttribute("mustChange", me.mustChangePassword());
        model.addAttribute("errors", FormErrors.none());
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal KinerjaUser me, @RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword,
                          @RequestParam(defaultValue = "") String confirmPassword,
                          HttpServletRequest request, HttpServletResponse response, Model model,
                          RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw InvalidInputException.of("confirmPassword", "account.password.mismatch");
            }
            users.changeOwnPassword(me.id(), currentPassword, newPassword);
        } catch (InvalidInputException e) {
            model.addAttribute("mustChange", me.mustChangePassword());
            model.addAttribute("errors", FormErrors.of(e, messages));
            response.setStatus(422);
            return "identity/password";
        }
        refreshPrincipal(me.id(), request, response);
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal KinerjaUser me, @RequestParam(defaultValue = "") String name,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            AccessTokenService.CreatedToken created = tokens.create(me.id(), name, expiresOn);
            redirect.addFlashAttribute("newSecret", created.secret());
            return "redirect:/account";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return page(me, model, FormErrors.none(), FormErrors.of(e, messages), name);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal KinerjaUser me, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(me.id(), id);
        redirect.addFlashAttribute("notice", "account.tokens.revokedNotice");
        return "redirect:/account";
    }

    private void refreshPrincipal(long id, HttpServletRequest request, HttpServletResponse response) {
        KinerjaUser fresh = details.loadById(id);
        fresh.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
