package org.kinerja.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class UserApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(Users.ADMIN_EMAIL, Users.ADMIN_PASSWORD));
    }

    private static String userJson(String email, String roles, String member, String password) {
        return """
                {"email": "%s", "displayName": "Nadia Officer", "roles": [%s], "memberCode": %s, "password": %s}
                """.formatted(email, roles, member == null ? "null" : "\"" + member + "\"",
                password == null ? "null" : "\"" + password + "\"");
    }

    @Test
    void withoutCredentialsAnswers401ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/users"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
    }

    @Test
    void aViewerMayNotListUsers() throws Exception {
        var viewer = Users.aUser(users).withRole(Role.VIEWER).create();
        mvc.perform(get("/api/v1/users").with(httpBasic(viewer.email(), Users.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Your role does not allow this."));
    }

    @Test
    void meAnswersTheSignedInUserWithoutPassword() throws Exception {
        var viewer = Users.aUser(users).withRole(Role.VIEWER).named("Vera Viewer").create();
        mvc.perform(get("/api/v1/me").with(httpBasic(viewer.email(), Users.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(viewer.email()))
                .andExpect(jsonPath("$.displayName").value("Vera Viewer"))
                .andExpect(jsonPath("$.roles[0]").value("VIEWER"))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void adminCreatesAUserWhoMustChangeTheInitialPassword() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(userJson("Nadia@RSO.example", "\"PROGRAMME_OFFICER\"", null, "initial-password-1")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/users/\\d+")))
                .andExpect(jsonPath("$.email").value("nadia@rso.example"))
                .andExpect(jsonPath("$.roles[0]").value("PROGRAMME_OFFICER"))
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(asAdmin(get("/api/v1/users")).param("q", "nadia"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].email", hasItem("nadia@rso.example")))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50));
    }

    @Test
    void refusesADuplicateEmailInAnyCaseNamingTheField() throws Exception {
        var existing = Users.aUser(users).create();
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(userJson(existing.email().toUpperCase(), "\"VIEWER\"", null, "initial-password-1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("Another user already has the e-mail " + existing.email() + "."));
    }

    @Test
    void aCoManagerNeedsAnAffiliatedMember() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(userJson("cm-no-member@kinerja.test", "\"CO_MANAGER\"", null, "initial-password-1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("memberCode"))
                .andExpect(jsonPath("$.errors[0].message").value("Co-Managers and member focal points need an affiliated member."));
    }

    @Test
    void aShortPasswordIsRefusedAndNothingIsWritten() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(userJson("short-pass@kinerja.test", "\"VIEWER\"", null, "eleven-char")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("At least 12 characters."));
        assertThat(users.list("short-pass", null, null, org.kinerja.shared.PageQuery.of(0, 10)).total()).isZero();
    }

    @Test
    void malformedJsonIs400() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON).content("{\"email\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON."));
    }

    @Test
    void aBodyCutOffInsideAStringIsInvalidJsonNotAFieldError() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON."))
                .andExpect(jsonPath("$.errors").doesNotExist());
    }

    @Test
    void aNulCharacterIs400AndNothingIsWritten() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"nul@kinerja.test\",\"displayName\":\"Nul\\u0000Name\",\"roles\":[\"VIEWER\"],\"password\":\"initial-password-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Text may not contain the NUL character or other bytes that are not valid text."));
        assertThat(users.list("nul@kinerja.test", null, null, org.kinerja.shared.PageQuery.of(0, 5)).total()).isZero();
    }

    @Test
    void aHugePageNumberIsAnEmptyPageNotAnError() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/users")).param("page", String.valueOf(Integer.MAX_VALUE)).param("size", "500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void anUnknownRoleIs400NamingTheField() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(userJson("badrole@kinerja.test", "\"OVERLORD\"", null, "initial-password-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
    }

    @Test
    void anUnknownFieldIsRefusedNotDropped() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"x@kinerja.test\",\"displayName\":\"X\",\"roles\":[\"VIEWER\"],\"password\":\"initial-password-1\",\"isAdmin\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("isAdmin"));
    }

    @Test
    void overLongDisplayNameIs422() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"long@kinerja.test\",\"displayName\":\"" + "n".repeat(121)
                                + "\",\"roles\":[\"VIEWER\"],\"password\":\"initial-password-1\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("displayName"))
                .andExpect(jsonPath("$.errors[0].message").value("At most 120 characters."));
    }

    @Test
    void aStaleVersionIs409AndChangesNothing() throws Exception {
        var user = Users.aUser(users).named("Original Name").create();
        users.update(user.id(), new UserChange(user.email(), "Changed Once", user.roles(), null, "en", true, null, user.version()));
        mvc.perform(asAdmin(put("/api/v1/users/" + user.id())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + user.email() + "\",\"displayName\":\"Changed Twice\",\"roles\":[\"VIEWER\"],\"version\":"
                                + user.version() + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(users.get(user.id()).displayName()).isEqualTo("Changed Once");
    }

    @Test
    void anUnknownUserIs404() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/users/999999")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no user 999999."));
    }

    @Test
    void aNonNumericIdIs400() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/users/abc")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void aPageSizeOver500IsRefusedNamingSize() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/users")).param("size", "501"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void theLastActiveAdministratorCannotBeDeactivated() throws Exception {
        long adminId = users.list(Users.ADMIN_EMAIL, null, null, org.kinerja.shared.PageQuery.of(0, 1)).items().get(0).id();
        var others = users.list(null, Role.ADMIN, true, org.kinerja.shared.PageQuery.of(0, 100)).items().stream()
                .filter(u -> u.id() != adminId).toList();
        for (var other : others) {
            users.deactivate(other.id());
        }
        mvc.perform(asAdmin(put("/api/v1/users/" + adminId)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + Users.ADMIN_EMAIL + "\",\"displayName\":\"Administrator\",\"roles\":[\"ADMIN\"],\"active\":false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("active"))
                .andExpect(jsonPath("$.errors[0].message").value("At least one active administrator must remain."));
    }
}
