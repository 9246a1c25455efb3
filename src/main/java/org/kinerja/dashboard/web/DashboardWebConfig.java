package org.kinerja.dashboard.web;

import java.util.Set;

import org.kinerja.shared.AccessRules;
import org.kinerja.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration
class DashboardWebConfig {

    @Bean
    NavEntry dashboardNavEntry() {
        return new NavEntry("nav.dashboard", "/", 5, Set.of());
    }

    /**
     * Every role opens the home page (a member focal point sees only their own member's figures there); the
     * dashboard's API carries every member's figures, so it is for the other roles.
     */
    @Bean
    AccessRules dashboardAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/dashboard")
                .hasAnyRole("ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER", "MEL_OFFICER", "VIEWER");
    }
}
