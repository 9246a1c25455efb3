package org.kinerja.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    KinerjaUserDetailsService details;

    /** Signs in through the form; the session lives in PostgreSQL and travels as its cookie. */
    private Cookie signIn(String email, String password) throws Exception {
        Cookie cookie = mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("KINERJA_SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        return cookie;
    }

    @Test
    void aTemporaryPasswordForcesAChangeBeforeAnythingElse() throws Exception {
        var account = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        users.setTemporaryPassword(account.id(), "temporary-pass-123");
        Cookie session = signIn(account.email(), "temporary-pass-123");
        mvc.perform(get("/account").cookie(session))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").with(httpBasic(account.email(), "temporary-pass-123")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(httpBasic(account.email(), "temporary-pass-123")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Change your temporary password on the account page before using Kinerja."));
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are using a temporary password.")));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", "temporary-pass-123")
                        .param("newPassword", "my-own-passphrase").param("confirmPassword", "my-own-passphrase"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your password has been changed.")));
        assertThat(users.get(account.id()).mustChangePassword()).isFalse();
    }

    @Test
    void changingThePasswordShowsErrorsNextToTheFields() throws Exception {
        var account = Users.aUser(users).create();
        KinerjaUser me = details.loadById(account.id());
        mvc.perform(post("/account/password").with(user(me)).with(csrf())
                        .param("currentPassword", "wrong-current-password")
                        .param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"currentPassword-error\">The current password is not correct.")))
                .andExpect(content().string(containsString("id=\"newPassword-error\">At least 12 characters.")));
    }

    @Test
    void theAccountPageShowsANewTokenOnceAndCanRevokeIt() throws Exception {
        var account = Users.aUser(users).create();
        Cookie session = signIn(account.email(), Users.PASSWORD);
        mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "<script>alert(1)</script>"))
                .andExpect(redirectedUrl("/account"));
        String page = mvc.perform(get("/account").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Copy this token now.").containsPattern("id=\"new-token\">knj_[A-Za-z0-9]{40}<")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
        String again = mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(again).doesNotContain("Copy this token now.");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        var account = Users.aUser(users).create();
        Cookie session = signIn(account.email(), Users.PASSWORD);
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }
}
