package org.kinerja.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses API writes to users who may not make them before the request body is read, so that someone
 * without the role learns nothing from validation answers. {@code @PreAuthorize} on the same methods
 * stays the rule of record; this only moves the check earlier.
 */
class PlanWriteGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && PlanApiController.class.isAssignableFrom(method.getBeanType())
                && method.hasMethodAnnotation(PreAuthorize.class) && !isEditor()) {
            throw new AccessDeniedException("plan editors only");
        }
        return true;
    }

    private static boolean isEditor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_CO_MANAGER"));
    }
}
