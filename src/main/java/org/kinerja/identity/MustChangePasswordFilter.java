package org.kinerja.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user with a temporary password may do nothing but change it: pages redirect to the form, the API
 * answers 403.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    private static final List<String> ALLOWED = List.of(PASSWORD_PAGE, "/logout", "/css/", "/js/", "/webjars/",
            "/error", "/api/v1/me");

    private final SecurityConfig.ProblemResponses problems;

    MustChangePasswordFilter(SecurityConfig.ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KinerjaUser user && user.mustChangePassword()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (ALLOWED.stream().noneMatch(path::startsWith)) {
                if (path.startsWith("/api/")) {
                    problems.write(response, HttpStatus.FORBIDDEN, "problem.mustChangePassword");
                } else {
                    response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
