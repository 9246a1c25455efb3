package org.kinerja.indicator.web;

import java.util.Set;

import org.kinerja.shared.AccessRules;
import org.kinerja.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration
class IndicatorWebConfig {

    /** Who writes results frameworks; everyone signed in reads them. */
    static final String[] WRITERS = {"ADMIN", "CO_MANAGER", "MEL_OFFICER"};
    static final String WRITERS_EXPRESSION = "hasAnyRole('ADMIN','CO_MANAGER','MEL_OFFICER')";

    @Bean
    NavEntry indicatorNavEntry() {
        return new NavEntry("nav.indicators", "/indicators", 40, Set.of());
    }

    /**
     * Administrators, Co-Managers and MEL officers write outcomes and indicators, on pages and API alike.
     * The framework lives under a plan's address ({@code /plans/{code}/framework},
     * {@code /api/v1/plans/{code}/indicators}), where the plan module lets only administrators and
     * Co-Managers write; these rules are therefore applied before the plan module's (highest precedence, but
     * after the measurement module's rules for indicator values under {@code /api/v1/indicators/{id}/values}),
     * so that the first matching rule is this module's for its own addresses.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    AccessRules indicatorAccessRules() {
        String[] api = {"/api/v1/plans/*/indicators", "/api/v1/plans/*/indicators/**", "/api/v1/plans/*/outcomes",
                "/api/v1/plans/*/outcomes/**", "/api/v1/indicators/**", "/api/v1/outcomes/**"};
        return rules -> rules
                .requestMatchers(HttpMethod.POST, api).hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.PUT, api).hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.PATCH, api).hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.DELETE, api).hasAnyRole(WRITERS)
                .requestMatchers("/plans/*/framework/indicators/new", "/plans/*/framework/indicators/*/edit",
                        "/plans/*/framework/outcomes/new", "/plans/*/framework/outcomes/*/edit").hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.POST, "/plans/*/framework/**").hasAnyRole(WRITERS);
    }
}
