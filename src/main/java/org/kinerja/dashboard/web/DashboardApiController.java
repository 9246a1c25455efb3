package org.kinerja.dashboard.web;

import org.kinerja.dashboard.Dashboard;
import org.kinerja.dashboard.DashboardService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/dashboard?year=}: the home page's figures of a year as JSON, with {@code asOf} (when they were
 * counted). Not for member focal points, whose home page shows only their own member's figures.
 */
@RestController
class DashboardApiController {

    private final DashboardService dashboards;

    DashboardApiController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/v1/dashboard")
    Dashboard dashboard(@RequestParam(required = false) String year) {
        return dashboards.figures(DashboardController.year(year, dashboards));
    }
}
