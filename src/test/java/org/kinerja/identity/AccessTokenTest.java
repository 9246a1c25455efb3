package org.kinerja.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AccessTokenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBearerTokenSignsInAsItsOwner() throws Exception {
        var user = Users.aUser(users).withRole(Role.MEL_OFFICER).create();
        var created = tokens.create(user.id(), "reporting script", null);
        assertThat(created.secret()).startsWith("knj_").hasSize(44);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(user.email()));
        assertThat(tokens.list(user.id()).get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() {
        var user = Users.aUser(users).create();
        var created = tokens.create(user.id(), "stored", null);
        String stored = jdbc.queryForObject("select token_hash from identity.access_token where id = ?", String.class,
                created.token().id());
        assertThat(stored).isEqualTo(AccessTokenService.sha256(created.secret())).doesNotContain(created.secret());
    }

    @Test
    void aRevokedTokenIsRefusedWithProblemJson() throws Exception {
        var user = Users.aUser(users).create();
        var created = tokens.create(user.id(), "to revoke", null);
        tokens.revoke(user.id(), created.token().id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("The access token is unknown, expired or revoked."));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        var user = Users.aUser(users).create();
        var created = tokens.create(user.id(), "short-lived", LocalDate.now(ZoneOffset.UTC).plusDays(1));
        jdbc.update("update identity.access_token set expires_at = now() - interval '1 minute' where id = ?", created.token().id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenOfADeactivatedUserIsRefused() throws Exception {
        var user = Users.aUser(users).create();
        var created = tokens.create(user.id(), "leaver", null);
        users.deactivate(user.id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiryInThePastIsRefusedNamingTheField() {
        var user = Users.aUser(users).create();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create(user.id(), "old", LocalDate.of(2020, 1, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("expiresOn"));
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() {
        var owner = Users.aUser(users).create();
        var other = Users.aUser(users).create();
        var created = tokens.create(owner.id(), "mine", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.revoke(other.id(), created.token().id()))
                .isInstanceOf(org.kinerja.shared.NotFoundException.class);
        assertThat(tokens.list(owner.id()).get(0).revoked()).isFalse();
    }
}
