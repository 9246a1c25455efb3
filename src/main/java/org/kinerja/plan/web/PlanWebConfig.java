package org.kinerja.plan.web;

import java.util.Set;

import org.kinerja.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class PlanWebConfig implements WebMvcConfigurer {

    @Bean
    NavEntry planNavEntry() {
        return new NavEntry("nav.plan", "/plans", 10, Set.of());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PlanWriteGuard()).addPathPatterns("/api/v1/plans", "/api/v1/plans/**");
    }
}
