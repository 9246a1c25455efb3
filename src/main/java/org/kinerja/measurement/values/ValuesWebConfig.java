package org.kinerja.measurement.values;

import org.kinerja.shared.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration
class ValuesWebConfig {

    /** Who reads values and the IPTT: every signed-in role but member focal points. */
    static final String[] READERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER", "MEL_OFFICER", "VIEWER"};
    /** Who enters and submits values. */
    static final String[] SUBMITTERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER", "MEL_OFFICER"};
    /** Who approves and returns values (never their own submission, which the service refuses). */
    static final String[] APPROVERS = {"CO_MANAGER", "MEL_OFFICER"};
    static final String SUBMITTER_RULE = "hasAnyRole('ADMIN','CO_MANAGER','PROGRAMME_OFFICER','MEL_OFFICER')";
    static final String APPROVER_RULE = "hasAnyRole('CO_MANAGER','MEL_OFFICER')";

    /**
     * Values live under the indicator's address ({@code /api/v1/indicators/{id}/values}), where the indicator
     * module lets only its framework writers write; these rules therefore come first (highest precedence —
     * the indicator module's rules follow right after). The rules run before the request body is read.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    AccessRules valuesAccessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/v1/indicators/*/values/*/approve",
                        "/api/v1/indicators/*/values/*/return", "/indicators/*/values/*/approve",
                        "/indicators/*/values/*/return").hasAnyRole(APPROVERS)
                .requestMatchers(HttpMethod.POST, "/api/v1/indicators/*/values", "/api/v1/indicators/*/values/**",
                        "/indicators/*/values", "/indicators/*/values/**").hasAnyRole(SUBMITTERS)
                .requestMatchers("/api/v1/indicators/*/values", "/api/v1/indicators/*/values/**",
                        "/indicators/*/values", "/indicators/*/values/**", "/api/v1/plans/*/iptt",
                        "/plans/*/iptt", "/plans/*/iptt.*").hasAnyRole(READERS);
    }
}
