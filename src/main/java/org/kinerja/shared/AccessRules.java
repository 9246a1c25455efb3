package org.kinerja.shared;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL rules: which roles may call which of its pages and API endpoints. The security
 * configuration applies every module's rules before its catch-all "signed in", so a request is refused
 * before its body is even read. Methods may add {@code @PreAuthorize} as a second line.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
