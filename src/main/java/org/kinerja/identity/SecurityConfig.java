package org.kinerja.identity;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.AccessRules;
import org.kinerja.shared.NavEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the API ({@code /api/v1/**}) is stateless with HTTP Basic or a personal access
 * token and answers problem+json; the pages use a form sign-in, a session in PostgreSQL and CSRF tokens.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI sets inline styles; it gets them, and nothing else looser. */
    static final String SWAGGER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    /**
     * The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS (behind
     * a proxy that needs {@code server.forward-headers-strategy=native} or {@code framework}).
     */
    @Bean
    CookieSerializer sessionCookie(@org.springframework.beans.factory.annotation.Value("${server.servlet.session.cookie.name:KINERJA_SESSION}") String name) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(name);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    @Bean
    NavEntry adminNavEntry() {
        return new NavEntry("nav.admin", "/admin/users", 90, java.util.Set.of(Role.ADMIN.name()));
    }

    /** Users, roles and every administration page are for administrators only. */
    @Bean
    AccessRules identityAccessRules() {
        return rules -> rules
                .requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    private GuardedAuthenticationProvider provider(KinerjaUserDetailsService details, PasswordEncoder encoder,
                                                   SignInGuard guard, UserRepository users, boolean auditSuccess) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(details);
        dao.setPasswordEncoder(encoder);
        return new GuardedAuthenticationProvider(dao, guard, users, auditSuccess);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, KinerjaUserDetailsService details, PasswordEncoder encoder,
                            SignInGuard guard, UserRepository users, AccessTokenService tokens,
                            ProblemResponses problems, List<AccessRules> moduleRules) throws Exception {
        ProviderManager manager = new ProviderManager(provider(details, encoder, guard, users, false));
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> {
                    moduleRules.forEach(r -> r.apply(a));
                    a.anyRequest().authenticated();
                })
                .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, details, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, KinerjaUserDetailsService details, PasswordEncoder encoder,
                              SignInGuard guard, UserRepository users, ProblemResponses problems,
                              List<AccessRules> moduleRules) throws Exception {
        ProviderManager manager = new ProviderManager(provider(details, encoder, guard, users, true));
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                            "/error", "/actuator/health", "/actuator/health/**").permitAll();
                    moduleRules.forEach(r -> r.apply(a));
                    a.anyRequest().authenticated();
                })
                .formLogin(f -> f.loginPage("/login").usernameParameter("email").passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failureHandler()))
                // lets tools fetch /v3/api-docs with HTTP Basic; browsers still get the sign-in page
                .httpBasic(b -> b.authenticationEntryPoint(
                        new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login")))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(signedOut()))
                .addFilterAfter(new MustChangePasswordFilter(problems), org.springframework.security.web.access.ExceptionTranslationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.deny())
                        .addHeaderWriter((request, response) -> {
                            if (request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui")) {
                                response.setHeader("Content-Security-Policy", SWAGGER_CONTENT_SECURITY_POLICY);
                            }
                        }));
        return http.build();
    }

    /** Always back to the sign-in page; set outright, since HTTP Basic would otherwise answer 204 to some clients. */
    private static org.springframework.security.web.authentication.logout.LogoutSuccessHandler signedOut() {
        var handler = new org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler();
        handler.setDefaultTargetUrl("/login?signedOut");
        handler.setAlwaysUseDefaultTargetUrl(true);
        return handler;
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
    }

    /** Writes the API's 401 and 403 answers as problem+json. */
    @org.springframework.stereotype.Component
    static class ProblemResponses {
        private final JsonMapper json;
        private final MessageSource messages;
        private final long lockMinutes;

        ProblemResponses(JsonMapper json, MessageSource messages,
                         @org.springframework.beans.factory.annotation.Value("${kinerja.security.lock-duration:15m}")
                         java.time.Duration lockDuration) {
            this.json = json;
            this.messages = messages;
            this.lockMinutes = lockDuration.toMinutes();
        }

        void unauthorized(HttpServletRequest request, HttpServletResponse response,
                          org.springframework.security.core.AuthenticationException e) throws IOException {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Kinerja\", Bearer");
            if (e instanceof LockedException) {
                write(response, HttpStatus.UNAUTHORIZED, "signIn.locked", lockMinutes);
            } else {
                write(response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
            }
        }

        void forbidden(HttpServletRequest request, HttpServletResponse response,
                       org.springframework.security.access.AccessDeniedException e) throws IOException {
            write(response, HttpStatus.FORBIDDEN, "problem.forbidden");
        }

        void write(HttpServletResponse response, HttpStatus status, String key, Object... args) throws IOException {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                    messages.getMessage(key, args, key, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
