package org.kinerja.workplan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.kinerja.directory.PartnerService;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.plan.PlanService;
import org.kinerja.testsupport.Users;
import org.kinerja.workplan.internal.WorkPlanViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the work plan views' tests share: a fresh {@link ViewDataset} per test and requests as a role. */
abstract class ViewTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService details;
    @Autowired
    UserService users;
    @Autowired
    PartnerService partners;
    @Autowired
    PlanService plans;
    @Autowired
    DSLContext db;
    @Autowired
    WorkPlanViews views;

    private static final Map<Role, String> EMAILS = new ConcurrentHashMap<>();

    ViewDataset data;

    @BeforeEach
    void createWorkPlan() {
        data = ViewDataset.create(new ViewFixtures(db, plans), users, partners);
    }

    /** The response to {@code request} made by a user of {@code role} (one per role, made once per test JVM). */
    MockHttpServletResponse page(Role role, MockHttpServletRequestBuilder request) throws Exception {
        String email = EMAILS.computeIfAbsent(role, r -> Users.aUser(users).withRole(r).create().email());
        return mvc.perform(request.with(user(details.loadUserByUsername(email)))).andReturn().getResponse();
    }

    /** The first group of every match of {@code regex}, in order. */
    static List<String> all(String html, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
