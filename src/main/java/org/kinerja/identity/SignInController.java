package org.kinerja.identity;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final MessageSource messages;
    private final SignInGuard guard;

    SignInController(MessageSource messages, SignInGuard guard) {
        this.messages = messages;
        this.guard = guard;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(required = false) String signedOut, Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated() && authentication.getPrincipal() instanceof KinerjaUser) {
            return "redirect:/";
        }
        String message = null;
        if (locked != null) {
            message = text("signIn.locked", guard.lockDuration().toMinutes());
        } else if (error != null) {
            message = text("signIn.failed");
        }
        model.addAttribute("message", message);
        model.addAttribute("notice", signedOut != null ? text("signIn.signedOut") : null);
        return "identity/login";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
