package org.kinerja.report.web;

import java.util.Set;

import org.kinerja.shared.AccessRules;
import org.kinerja.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

@Configuration
class ReportWebConfig {

    /** Who reads live reports and issued INTERNAL ones: every role but the member focal point. */
    static final String[] INTERNAL_READERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER", "MEL_OFFICER", "VIEWER"};
    /** Who issues reports. */
    static final String[] ISSUERS = {"ADMIN", "CO_MANAGER"};
    static final String ISSUER_RULE = "hasAnyRole('ADMIN','CO_MANAGER')";
    /** Who writes the foreword and the purposes' highlights. */
    static final String[] NARRATORS = {"ADMIN", "CO_MANAGER", "MEL_OFFICER"};
    static final String NARRATOR_RULE = "hasAnyRole('ADMIN','CO_MANAGER','MEL_OFFICER')";
    private static final Set<String> INTERNAL_AUTHORITIES = Set.of("ROLE_ADMIN", "ROLE_CO_MANAGER",
            "ROLE_PROGRAMME_OFFICER", "ROLE_MEL_OFFICER", "ROLE_VIEWER");

    /** Whether the caller reads INTERNAL reports (else only issued PUBLIC ones). */
    static boolean readsInternal(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(INTERNAL_AUTHORITIES::contains);
    }

    @Bean
    NavEntry reportsNavEntry() {
        return new NavEntry("nav.reports", "/reports", 80, Set.of());
    }

    /**
     * Live reports and narratives: every role but the member focal point; issuing: Co-Managers and
     * administrators; narratives: Co-Managers, MEL officers and administrators. The issued list and issued
     * reports are open to every role here: the controllers hold member focal points to PUBLIC ones.
     */
    @Bean
    AccessRules reportAccessRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.POST, "/api/v1/reports", "/reports").hasAnyRole(ISSUERS);
            rules.requestMatchers(HttpMethod.PUT, "/api/v1/reports/*/*/narratives/**",
                    "/api/v1/reports/*/*/*/narratives/**").hasAnyRole(NARRATORS);
            rules.requestMatchers("/reports/*/*/narratives/**", "/reports/*/*/*/narratives/**").hasAnyRole(NARRATORS);
            rules.requestMatchers("/api/v1/reports/annual/**", "/api/v1/reports/semi-annual/**",
                    "/reports/annual/**", "/reports/semi-annual/**").hasAnyRole(INTERNAL_READERS);
        };
    }
}
