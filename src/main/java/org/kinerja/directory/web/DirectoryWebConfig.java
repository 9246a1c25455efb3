package org.kinerja.directory.web;

import java.util.Set;

import org.kinerja.shared.AccessRules;
import org.kinerja.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration
class DirectoryWebConfig {

    /** Who may change members and commitments, the directory's reference data. */
    static final String[] REFERENCE_EDITORS = {"ADMIN", "CO_MANAGER"};
    /** Who may change bodies, partners, forums and contacts. */
    static final String[] EDITORS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER"};
    static final String REFERENCE_EDITOR_RULE = "hasAnyRole('ADMIN','CO_MANAGER')";
    static final String EDITOR_RULE = "hasAnyRole('ADMIN','CO_MANAGER','PROGRAMME_OFFICER')";

    @Bean
    NavEntry directoryNavEntry() {
        return new NavEntry("nav.directory", "/directory/members", 60, Set.of());
    }

    /**
     * Everyone signed in reads the directory (contacts' e-mail and phone only with the roles that may see
     * personal data, which the controllers enforce); members and commitments are changed by administrators
     * and Co-Managers, bodies, partners, forums and contacts also by programme officers, who may also import
     * contacts and partners from CSV files. The rules run before
     * the request body is read.
     */
    @Bean
    AccessRules directoryAccessRules() {
        return rules -> {
            for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH}) {
                rules.requestMatchers(method, "/api/v1/members", "/api/v1/members/**",
                                "/api/v1/commitments", "/api/v1/commitments/**").hasAnyRole(REFERENCE_EDITORS)
                        .requestMatchers(method, "/api/v1/bodies", "/api/v1/bodies/**", "/api/v1/partners",
                                "/api/v1/partners/**", "/api/v1/forums", "/api/v1/forums/**", "/api/v1/contacts",
                                "/api/v1/contacts/**").hasAnyRole(EDITORS);
            }
            rules.requestMatchers("/directory/members/new", "/directory/members/*/edit",
                            "/directory/commitments/new", "/directory/commitments/*/edit").hasAnyRole(REFERENCE_EDITORS)
                    .requestMatchers(HttpMethod.POST, "/directory/members", "/directory/members/**",
                            "/directory/commitments", "/directory/commitments/**").hasAnyRole(REFERENCE_EDITORS)
                    .requestMatchers("/directory/contacts/import", "/directory/contacts/import/**",
                            "/directory/partners/import", "/directory/partners/import/**").hasAnyRole(EDITORS)
                    .requestMatchers("/directory/bodies/new", "/directory/bodies/*/edit", "/directory/partners/new",
                            "/directory/partners/*/edit", "/directory/forums/new", "/directory/forums/*/edit",
                            "/directory/contacts/new", "/directory/contacts/*/edit").hasAnyRole(EDITORS)
                    .requestMatchers(HttpMethod.POST, "/directory/bodies", "/directory/bodies/**",
                            "/directory/partners", "/directory/partners/**", "/directory/forums",
                            "/directory/forums/**", "/directory/contacts", "/directory/contacts/**").hasAnyRole(EDITORS);
        };
    }
}
