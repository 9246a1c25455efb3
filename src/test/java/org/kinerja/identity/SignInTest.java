package org.kinerja.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    @Test
    void signsInWithTheRightPasswordAndLandsOnTheHomePage() throws Exception {
        var user = Users.aUser(users).create();
        mvc.perform(formLogin("/login").userParameter("email").user(user.email()).password(Users.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void acceptsTheEmailInAnyCase() throws Exception {
        var user = Users.aUser(users).create();
        mvc.perform(formLogin("/login").userParameter("email").user(user.email().toUpperCase()).password(Users.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
        var user = Users.aUser(users).create();
        mvc.perform(formLogin("/login").userParameter("email").user(user.email()).password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").userParameter("email").user("nobody-here@kinerja.test").password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The e-mail or password is not correct.")));
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        var user = Users.aUser(users).create();
        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin("/login").userParameter("email").user(user.email()).password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").userParameter("email").user(user.email()).password("wrong-5"))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin("/login").userParameter("email").user(user.email()).password(Users.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Too many failed sign-ins. Sign-in for this e-mail is locked for 15 minutes.")));
    }

    @Test
    void anUnknownEmailLocksTheSameWaySoTheLockRevealsNothing() throws Exception {
        for (int i = 1; i <= 5; i++) {
            mvc.perform(formLogin("/login").userParameter("email").user("ghost@kinerja.test").password("wrong-" + i));
        }
        mvc.perform(formLogin("/login").userParameter("email").user("ghost@kinerja.test").password("wrong-6"))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aLockAlsoRefusesTheApiWithProblemJson() throws Exception {
        var user = Users.aUser(users).create();
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user.email(), "wrong-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(user.email(), Users.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Too many failed sign-ins. Sign-in for this e-mail is locked for 15 minutes."));
    }

    @Test
    void deactivatedUsersCannotSignIn() throws Exception {
        var user = Users.aUser(users).create();
        users.deactivate(user.id());
        mvc.perform(formLogin("/login").userParameter("email").user(user.email()).password(Users.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(users.get(user.id()).active()).isFalse();
    }
}
