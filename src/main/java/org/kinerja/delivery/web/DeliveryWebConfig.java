package org.kinerja.delivery.web;

import java.util.Set;

import org.kinerja.shared.AccessRules;
import org.kinerja.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

@Configuration
class DeliveryWebConfig {

    /** Who may create and change events, people and attendances, and import attendances. */
    static final String[] EDITORS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER"};
    static final String EDITOR_RULE = "hasAnyRole('ADMIN','CO_MANAGER','PROGRAMME_OFFICER')";
    /** Who may see participants' names, positions and e-mails (and so certificates). */
    static final String[] PERSONAL_DATA = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER", "MEL_OFFICER"};
    private static final Set<String> PERSONAL_DATA_AUTHORITIES = Set.of("ROLE_ADMIN", "ROLE_CO_MANAGER",
            "ROLE_PROGRAMME_OFFICER", "ROLE_MEL_OFFICER");

    static boolean personalData(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(PERSONAL_DATA_AUTHORITIES::contains);
    }

    @Bean
    NavEntry eventsNavEntry() {
        return new NavEntry("nav.events", "/events", 30, Set.of());
    }

    @Bean
    NavEntry participationNavEntry() {
        return new NavEntry("nav.participation", "/participation", 31, Set.of("MEMBER_FOCAL_POINT"));
    }

    /**
     * Everyone signed in reads events, breakdowns and people (names, positions and e-mails only with the
     * roles that may see personal data, which the controllers enforce); administrators, Co-Managers and
     * programme officers change them and import attendances; certificates name a person, so only the roles
     * that may see personal data download them. The rules run before the request body is read.
     */
    @Bean
    AccessRules deliveryAccessRules() {
        return rules -> {
            // a member's participation (counts only): every role; the controllers hold focal points to their member
            rules.requestMatchers(HttpMethod.GET, "/participation", "/api/v1/participation")
                    .hasAnyRole("ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER", "MEL_OFFICER", "MEMBER_FOCAL_POINT", "VIEWER");
            rules.requestMatchers("/api/v1/events/*/attendances/*/certificate", "/events/*/certificates/**")
                    .hasAnyRole(PERSONAL_DATA);
            for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH}) {
                rules.requestMatchers(method, "/api/v1/events", "/api/v1/events/**", "/api/v1/people",
                        "/api/v1/people/**", "/events", "/events/**", "/people", "/people/**").hasAnyRole(EDITORS);
            }
            rules.requestMatchers("/events/new", "/events/*/edit", "/events/*/import", "/events/*/import/**",
                    "/events/*/participants/new", "/events/*/attendances/*/edit", "/events/*/attendances/*/delete",
                    "/people/duplicates", "/people/new", "/people/*/edit").hasAnyRole(EDITORS);
        };
    }
}
