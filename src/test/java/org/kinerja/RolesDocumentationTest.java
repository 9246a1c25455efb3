package org.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Makes every request of the permission matrix in {@code docs/roles.md} as every role and checks the
 * answer: ✓ is neither 401 nor 403 nor a trip to the sign-in page, ✗ is 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolesDocumentationTest {

    record Rule(HttpMethod method, String path, Map<Role, Boolean> allowed) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;

    private final Map<Role, UserAccount> accounts = new EnumMap<>(Role.class);

    @BeforeAll
    void oneUserPerRole() {
        for (Role role : Role.values()) {
            accounts.put(role, Users.aUser(users).withRole(role).create());
        }
    }

    static List<Rule> documentedRules() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs/roles.md"));
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("| request |")) {
                header = i;
                break;
            }
        }
        assertThat(header).as("the permission matrix in docs/roles.md").isNotNegative();
        String[] roleColumns = cells(lines.get(header));
        List<Rule> rules = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = cells(lines.get(i));
            String[] request = cells[0].replace("`", "").split(" ", 2);
            Map<Role, Boolean> allowed = new EnumMap<>(Role.class);
            for (int c = 1; c < cells.length; c++) {
                allowed.put(Role.valueOf(roleColumns[c]), switch (cells[c]) {
                    case "✓" -> true;
                    case "✗" -> false;
                    default -> throw new IllegalStateException("unknown mark " + cells[c] + " in " + lines.get(i));
                });
            }
            assertThat(allowed).as("every role has a column").hasSize(Role.values().length);
            rules.add(new Rule(HttpMethod.valueOf(request[0]), request[1], allowed));
        }
        assertThat(rules).as("rules in the matrix").hasSizeGreaterThan(10);
        return rules;
    }

    private static String[] cells(String row) {
        String trimmed = row.trim();
        String[] raw = trimmed.substring(1, trimmed.length() - 1).split("\\|");
        String[] out = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i].trim();
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> everyDocumentedRuleHolds() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : documentedRules()) {
            for (Map.Entry<Role, Boolean> entry : rule.allowed().entrySet()) {
                tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.path() + " as " + entry.getKey()
                        + (entry.getValue() ? " is allowed" : " is refused"), () -> check(rule, entry.getKey(), entry.getValue())));
            }
        }
        return tests;
    }

    private void check(Rule rule, Role role, boolean allowed) throws Exception {
        UserAccount account = accounts.get(role);
        MockHttpServletRequestBuilder request = request(rule.method(), rule.path());
        if (rule.path().startsWith("/api/")) {
            request.with(httpBasic(account.email(), Users.PASSWORD));
            if (rule.method() == HttpMethod.POST || rule.method() == HttpMethod.PUT) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        } else {
            request.with(user(details.loadUserByUsername(account.email()))).with(csrf());
        }
        var response = mvc.perform(request).andReturn().getResponse();
        String location = String.valueOf(response.getHeader("Location"));
        if (allowed) {
            assertThat(response.getStatus()).as("status").isNotIn(401, 403);
            assertThat(location).as("redirect").doesNotContain("/login");
        } else {
            assertThat(response.getStatus()).as("status").isEqualTo(403);
        }
    }
}
