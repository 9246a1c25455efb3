package org.kinerja.plan.web;

import java.util.Set;

import org.kinerja.shared.AccessRules;
import org.kinerja.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration
class PlanWebConfig {

    private static final String[] EDITORS = {"ADMIN", "CO_MANAGER"};

    @Bean
    NavEntry planNavEntry() {
        return new NavEntry("nav.plan", "/plans", 10, Set.of());
    }

    /**
     * Everyone signed in reads plans; only administrators and Co-Managers write them, on pages and API
     * alike. The rules run before the request body is read, so others learn nothing from validation.
     */
    @Bean
    AccessRules planAccessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/v1/plans", "/api/v1/plans/**").hasAnyRole(EDITORS)
                .requestMatchers(HttpMethod.PUT, "/api/v1/plans", "/api/v1/plans/**").hasAnyRole(EDITORS)
                .requestMatchers(HttpMethod.DELETE, "/api/v1/plans/**").hasAnyRole(EDITORS)
                .requestMatchers("/plans/new", "/plans/*/edit", "/plans/*/purposes/new", "/plans/*/purposes/*/edit",
                        "/plans/*/principles/new", "/plans/*/principles/*/edit").hasAnyRole(EDITORS)
                .requestMatchers(HttpMethod.POST, "/plans", "/plans/**").hasAnyRole(EDITORS);
    }
}
