package org.kinerja.workplan.web;

import java.util.Set;

import org.kinerja.shared.AccessRules;
import org.kinerja.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration
class WorkPlanWebConfig {

    /** Who reads work plans and activities: everyone but member focal points, who follow their requests. */
    static final String[] READERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER", "MEL_OFFICER", "VIEWER"};
    /** Who drafts work plans and records activities. */
    static final String[] WRITERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER"};

    @Bean
    NavEntry workPlanNavEntry() {
        return new NavEntry("nav.workplans", "/workplans", 20, Set.of(READERS));
    }

    /**
     * Approving and returning belong to the Co-Managers alone; drafting, revising and recording activities to
     * officers and administrators too. The rules run before the request body is read.
     */
    @Bean
    AccessRules workPlanAccessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/workplans/*/approve", "/workplans/*/return",
                        "/api/v1/workplans/*/approve", "/api/v1/workplans/*/return").hasRole("CO_MANAGER")
                .requestMatchers("/workplans/new", "/activities/new", "/activities/*/edit").hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.GET, "/workplans", "/workplans/**", "/activities/**",
                        "/api/v1/workplans", "/api/v1/workplans/**", "/api/v1/activities", "/api/v1/activities/**")
                .hasAnyRole(READERS)
                .requestMatchers("/workplans", "/workplans/**", "/activities/**", "/api/v1/workplans",
                        "/api/v1/workplans/**", "/api/v1/activities", "/api/v1/activities/**").hasAnyRole(WRITERS);
    }
}
