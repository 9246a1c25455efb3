package org.kinerja.outreach.web;

import java.util.Set;

import org.kinerja.shared.AccessRules;
import org.kinerja.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration
class OutreachWebConfig {

    /** Who reads engagements: everyone but member focal points, who follow their requests. */
    static final String[] READERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER", "MEL_OFFICER", "VIEWER"};
    /** Who records engagements. */
    static final String[] WRITERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER"};
    static final String WRITER_RULE = "hasAnyRole('ADMIN','CO_MANAGER','PROGRAMME_OFFICER')";

    @Bean
    NavEntry outreachNavEntry() {
        return new NavEntry("nav.outreach", "/outreach/engagements", 44, Set.of(READERS));
    }

    /** Officers, Co-Managers and administrators record engagements; the other readers read them. */
    @Bean
    AccessRules outreachAccessRules() {
        return rules -> rules
                .requestMatchers("/outreach/engagements/new", "/outreach/engagements/*/edit").hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.GET, "/outreach", "/outreach/**", "/api/v1/engagements",
                        "/api/v1/engagements/**").hasAnyRole(READERS)
                .requestMatchers("/outreach", "/outreach/**", "/api/v1/engagements", "/api/v1/engagements/**")
                .hasAnyRole(WRITERS);
    }
}
