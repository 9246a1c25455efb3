package org.kinerja.audit.web;

import org.kinerja.shared.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The audit trail, page and API, is for administrators only; the history fragment of one record
 * ({@code /audit/history}) for every role that reads the records it is shown on.
 */
@Component
class AuditAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(AuditHistoryController.PATH).hasAnyRole(AuditHistoryController.READERS);
        rules.requestMatchers("/api/v1/audit", "/api/v1/audit/**", "/admin/audit", "/admin/audit/**").hasRole("ADMIN");
    }
}
