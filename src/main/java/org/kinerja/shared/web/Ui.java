package org.kinerja.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kinerja.shared.NavEntry;
import org.springframework.context.MessageSource;

/**
 * What every page template needs besides its own data: messages in the user's language, the CSRF
 * token, who is signed in, the navigation and whether this is the demo. Built once per request.
 */
public final class Ui {

    private final MessageSource messages;
    private final Locale locale;
    private final String csrfParameter;
    private final String csrfHeader;
    private final String csrfToken;
    private final String path;
    private final boolean demo;
    private final String userName;
    private final Set<String> roles;
    private final List<NavEntry> nav;

    Ui(MessageSource messages, Locale locale, String csrfParameter, String csrfHeader, String csrfToken,
       String path, boolean demo, String userName, Set<String> roles, List<NavEntry> nav) {
        this.messages = messages;
        this.locale = locale;
        this.csrfParameter = csrfParameter;
        this.csrfHeader = csrfHeader;
        this.csrfToken = csrfToken;
        this.path = path;
        this.demo = demo;
        this.userName = userName;
        this.roles = Set.copyOf(roles);
        this.nav = List.copyOf(nav);
    }

    /** The message for {@code key} in the user's language; {@code ??key??} when it is missing. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, "??" + key + "??", locale);
    }

    /** The language of the text actually shown (a language without its own bundle yet shows English). */
    public String lang() {
        return t("app.lang");
    }

    public Locale locale() {
        return locale;
    }

    public String csrfParameter() {
        return csrfParameter;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** The htmx request header carrying the CSRF token, as JSON for {@code hx-headers}. */
    public String csrfHeaders() {
        return csrfHeader == null ? "{}" : "{\"" + csrfHeader + "\": \"" + csrfToken + "\"}";
    }

    public boolean demo() {
        return demo;
    }

    public boolean signedIn() {
        return userName != null;
    }

    public String userName() {
        return userName;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public List<NavEntry> nav() {
        return nav;
    }

    public String path() {
        return path;
    }

    /** Whether the navigation entry leading to {@code href} is the section being shown. */
    public boolean current(String href) {
        return path.equals(href) || path.startsWith(href + "/");
    }
}
