package org.kinerja.knowledge.web;

import java.util.Set;

import org.kinerja.shared.AccessRules;
import org.kinerja.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;

@Configuration
class KnowledgeWebConfig {

    /** Who creates, edits, stages and deletes products and their files. */
    static final String[] WRITERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER"};
    static final String WRITER_RULE = "hasAnyRole('ADMIN','CO_MANAGER','PROGRAMME_OFFICER')";
    /** Who reads every product at every stage; the others (member focal points) read published products only. */
    static final Set<String> READERS_OF_DRAFTS = Set.of("ROLE_ADMIN", "ROLE_CO_MANAGER", "ROLE_PROGRAMME_OFFICER",
            "ROLE_MEL_OFFICER", "ROLE_VIEWER");

    @Bean
    NavEntry knowledgeNavEntry() {
        return new NavEntry("nav.knowledge", "/knowledge", 33, Set.of());
    }

    /**
     * Everyone signed in reads knowledge products (member focal points only published ones, which the
     * controllers enforce: published products are public documents); administrators, Co-Managers and
     * programme officers write them. The rules run before the request body is read.
     */
    @Bean
    AccessRules knowledgeAccessRules() {
        return rules -> {
            for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH}) {
                rules.requestMatchers(method, "/api/v1/knowledge-products", "/api/v1/knowledge-products/**",
                        "/knowledge", "/knowledge/**").hasAnyRole(WRITERS);
            }
            rules.requestMatchers("/knowledge/new", "/knowledge/*/edit").hasAnyRole(WRITERS);
        };
    }

    /** Whether the reader may see only published products. */
    static boolean publishedOnly(Authentication auth) {
        return auth == null || auth.getAuthorities().stream().noneMatch(a -> READERS_OF_DRAFTS.contains(a.getAuthority()));
    }
}
