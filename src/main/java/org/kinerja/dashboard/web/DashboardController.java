package org.kinerja.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.dashboard.Dashboard;
import org.kinerja.dashboard.DashboardService;
import org.kinerja.identity.KinerjaUser;
import org.kinerja.plan.PlanService;
import org.kinerja.request.MemberRequestFilter;
import org.kinerja.request.MemberRequestService;
import org.kinerja.request.MemberRequestStatus;
import org.kinerja.request.RequestViewer;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormValues;
import org.kinerja.shared.web.UiFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: the dashboard of a year ({@code ?year=}, by default the current plan's current year), or for a
 * member focal point their own member's requests and a way to their participation.
 */
@Controller
class DashboardController {

    private final DashboardService dashboards;
    private final PlanService plans;
    private final MemberRequestService requests;
    private final UiFactory uiFactory;

    DashboardController(DashboardService dashboards, PlanService plans, MemberRequestService requests,
                        UiFactory uiFactory) {
        this.dashboards = dashboards;
        this.plans = plans;
        this.requests = requests;
        this.uiFactory = uiFactory;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String year, @AuthenticationPrincipal KinerjaUser user, Model model) {
        RequestViewer viewer = RequestViewer.of(user.id(), user.roles(), user.memberCode());
        if (viewer.restricted()) {
            model.addAttribute("home", memberHome(viewer.memberCode()));
            return "dashboard/member";
        }
        Dashboard dashboard = dashboards.figures(year(year, dashboards));
        model.addAttribute("view", new DashboardView(dashboard, dashboards.years()));
        return "dashboard/home";
    }

    /** The year asked for, or the default one; 422 naming {@code year} when it is not a whole number. */
    static int year(String text, DashboardService dashboards) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Long year = FormValues.number("year", text, errors);
        errors.throwIfAny();
        if (year == null) {
            return dashboards.defaultYear();
        }
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "dashboard.year.invalid", "2000", "2100");
        }
        return year.intValue();
    }

    /** A year that is not one, or outside 2000–2100: the error page with 422. */
    @ExceptionHandler(InvalidInputException.class)
    String badYear(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("ui", uiFactory.create(request));
        model.addAttribute("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "shared/error";
    }

    private MemberHome memberHome(String member) {
        long open = 0;
        for (MemberRequestStatus status : new MemberRequestStatus[] {MemberRequestStatus.RECEIVED,
                MemberRequestStatus.ACCEPTED, MemberRequestStatus.IN_PROGRESS}) {
            open += requests.count(MemberRequestFilter.inStatus(status)
                    .ofMember(member));
        }
        long overdue = requests.count(MemberRequestFilter.overdue(true)
                .ofMember(member));
        return new MemberHome(member, plans.current().orElse(null), open, overdue);
    }
}
