package org.kinerja.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kinerja.shared.PageQuery;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class UserAdminPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    KinerjaUserDetailsService details;

    private KinerjaUser admin() {
        return details.loadUserByUsername(Users.ADMIN_EMAIL);
    }

    @Test
    void aProgrammeOfficerGets403OnTheUsersPage() throws Exception {
        var officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        mvc.perform(get("/admin/users").with(user(details.loadById(officer.id()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/new").with(user(details.loadById(officer.id()))).with(csrf())
                        .param("email", "sneaky@kinerja.test").param("displayName", "Sneaky").param("roles", "ADMIN")
                        .param("password", "sneaky-password-1"))
                .andExpect(status().isForbidden());
        assertThat(users.list("sneaky", null, null, PageQuery.of(0, 5)).total()).isZero();
    }

    @Test
    void anAdministratorCreatesAUserFromTheForm() throws Exception {
        mvc.perform(post("/admin/users/new").with(user(admin())).with(csrf())
                        .param("email", "form-created@kinerja.test").param("displayName", "Form Created")
                        .param("roles", "MEMBER_FOCAL_POINT").param("memberCode", "tha")
                        .param("preferredLanguage", "en").param("password", "initial-password-1"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        var created = users.list("form-created", null, null, PageQuery.of(0, 5)).items().get(0);
        assertThat(created.memberCode()).isEqualTo("THA");
        assertThat(created.roles()).containsExactly(Role.MEMBER_FOCAL_POINT);
        assertThat(created.mustChangePassword()).isTrue();
    }

    @Test
    void formErrorsAppearNextToTheirFieldsAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/users/new").with(user(admin())).with(csrf())
                        .param("email", "not-an-email").param("displayName", "")
                        .param("password", "initial-password-1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"email-error\">Enter an e-mail address such as name@example.org.")))
                .andExpect(content().string(containsString("id=\"displayName-error\">This field is required.")))
                .andExpect(content().string(containsString("id=\"roles-error\">Choose at least one role.")));
        assertThat(users.list("not-an-email", null, null, PageQuery.of(0, 5)).total()).isZero();
    }

    @Test
    void theListFiltersByRoleAndEscapesNames() throws Exception {
        Users.aUser(users).withRole(Role.MEL_OFFICER).named("<b>Bold</b> Evaluator").create();
        mvc.perform(get("/admin/users").param("role", "MEL_OFFICER").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;b&gt;Bold&lt;/b&gt; Evaluator")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<b>Bold</b>"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(Users.ADMIN_EMAIL))));
    }

    @Test
    void aTemporaryPasswordAndDeactivationAreSetFromTheEditPage() throws Exception {
        var target = Users.aUser(users).create();
        mvc.perform(post("/admin/users/" + target.id() + "/password").with(user(admin())).with(csrf())
                        .param("password", "temporary-pass-456"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(users.get(target.id()).mustChangePassword()).isTrue();
        mvc.perform(post("/admin/users/" + target.id() + "/deactivate").with(user(admin())).with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(users.get(target.id()).active()).isFalse();
    }

    @Test
    void aStaleEditSaysSoAndOverwritesNothing() throws Exception {
        var target = Users.aUser(users).named("First Name").create();
        users.update(target.id(), new UserChange(target.email(), "Second Name", target.roles(), null, "en", true, null, target.version()));
        mvc.perform(post("/admin/users/" + target.id()).with(user(admin())).with(csrf())
                        .param("email", target.email()).param("displayName", "Third Name").param("roles", "VIEWER")
                        .param("active", "true").param("version", String.valueOf(target.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved this record since you opened it")));
        assertThat(users.get(target.id()).displayName()).isEqualTo("Second Name");
    }

    @Test
    void anUnknownUserPageIs404InTheLayout() throws Exception {
        mvc.perform(get("/admin/users/987654").with(user(admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }
}
