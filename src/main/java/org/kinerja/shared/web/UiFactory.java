package org.kinerja.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.kinerja.shared.NavEntry;
import org.kinerja.shared.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Ui} of a request, for page controllers and for the error pages alike.
 */
@Component
public class UiFactory {

    private final MessageSource messages;
    private final List<NavEntry> navEntries;
    private final boolean demo;

    UiFactory(MessageSource messages, ObjectProvider<NavEntry> navEntries,
              @Value("${kinerja.demo.enabled:false}") boolean demo) {
        this.messages = messages;
        this.navEntries = navEntries.stream().sorted(Comparator.comparingInt(NavEntry::order)).toList();
        this.demo = demo;
    }

    public Ui create(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        SignedInUser user = auth != null && auth.getPrincipal() instanceof SignedInUser u ? u : null;
        Set<String> roles = user == null ? Set.of() : user.roleNames();
        List<NavEntry> nav = user == null ? List.of() : navEntries.stream()
                .filter(e -> e.requiredRoles().isEmpty() || e.requiredRoles().stream().anyMatch(roles::contains))
                .toList();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new Ui(messages, LocaleContextHolder.getLocale(),
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? null : csrf.getHeaderName(),
                csrf == null ? "" : csrf.getToken(),
                path, demo, user == null ? null : user.displayName(), roles, nav);
    }
}
