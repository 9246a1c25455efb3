package org.kinerja.request.web;

import java.util.Set;

import org.kinerja.shared.AccessRules;
import org.kinerja.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration
class RequestWebConfig {

    /** Who records, edits and answers requests. */
    static final String[] WRITERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER"};
    /** Who submits requests: the writers and member focal points (for their own member). */
    static final String[] SUBMITTERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER", "MEMBER_FOCAL_POINT"};
    static final String WRITER_RULE = "hasAnyRole('ADMIN','CO_MANAGER','PROGRAMME_OFFICER')";
    static final String SUBMITTER_RULE = "hasAnyRole('ADMIN','CO_MANAGER','PROGRAMME_OFFICER','MEMBER_FOCAL_POINT')";

    @Bean
    NavEntry requestNavEntry() {
        return new NavEntry("nav.requests", "/requests", 46, Set.of());
    }

    /**
     * Every role reads requests (a member focal point only their own member's, which the service enforces);
     * officers, Co-Managers and administrators record, edit and answer them; focal points also submit them.
     * The rules run before the request body is read.
     */
    @Bean
    AccessRules requestAccessRules() {
        return rules -> rules
                .requestMatchers("/requests/*/edit", "/requests/*/status").hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.GET, "/requests/new").hasAnyRole(SUBMITTERS)
                .requestMatchers(HttpMethod.POST, "/requests", "/api/v1/requests").hasAnyRole(SUBMITTERS)
                .requestMatchers(HttpMethod.GET, "/requests", "/requests/**", "/api/v1/requests", "/api/v1/requests/**")
                .authenticated()
                .requestMatchers("/requests", "/requests/**", "/api/v1/requests", "/api/v1/requests/**").hasAnyRole(WRITERS);
    }
}
