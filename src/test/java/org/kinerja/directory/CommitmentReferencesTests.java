package org.kinerja.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A commitment that another module refers to (through a {@link ReferenceCheck}) cannot be deleted. */
@SpringBootTest
@AutoConfigureMockMvc
class CommitmentReferencesTests {

    /** The commitment the test check says two test records refer to. */
    static final AtomicLong REFERRED = new AtomicLong(-1);

    @TestConfiguration
    static class Checks {
        @Bean
        ReferenceCheck testRecords() {
            return (record, locale) -> record.kind() == RecordKind.COMMITMENT && record.id() == REFERRED.get()
                    ? List.of(new ReferenceCheck.Reference("2 test records", 2)) : List.of();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CommitmentService commitments;

    private Commitment commitment(String reference) {
        return commitments.create(new CommitmentInput(DirectoryTestUsers.unique("Test declaration"), 2098, reference,
                "Strengthen cooperation.", null, List.of(), null));
    }

    @Test
    void theApiRefusesToDeleteAReferencedCommitmentWith409NamingTheReferrersAndDeletesNothing() throws Exception {
        Commitment c = commitment("para 5");
        REFERRED.set(c.id());

        mvc.perform(delete("/api/v1/commitments/" + c.id())
                        .with(httpBasic(DirectoryTestUsers.user(users, Role.ADMIN), DirectoryTestUsers.PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("2 test records refer to the commitment para 5 of "
                        + c.sourceDocument() + " (2098): remove those references first."));
        assertThat(commitments.find(c.id())).isPresent();

        REFERRED.set(-1);
        mvc.perform(delete("/api/v1/commitments/" + c.id())
                        .with(httpBasic(DirectoryTestUsers.user(users, Role.ADMIN), DirectoryTestUsers.PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(commitments.find(c.id())).isEmpty();
    }

    @Test
    void thePageRefusesToDeleteAReferencedCommitmentShowingTheReferrersOnItsPage() throws Exception {
        Commitment c = commitment(null);
        REFERRED.set(c.id());

        String html = mvc.perform(post("/directory/commitments/" + c.id() + "/delete")
                        .param("version", String.valueOf(c.version()))
                        .with(user(userDetails.loadUserByUsername(DirectoryTestUsers.user(users, Role.CO_MANAGER))))
                        .with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"conflict\"").contains("2 test records refer to the commitment of "
                + c.sourceDocument() + " (2098): remove those references first.");
        assertThat(commitments.find(c.id())).isPresent();
        REFERRED.set(-1);
    }

    @Test
    void aCommitmentNothingRefersToIsDeletedFromItsPage() throws Exception {
        Commitment c = commitment(null);
        REFERRED.set(-1);

        mvc.perform(post("/directory/commitments/" + c.id() + "/delete").param("version", String.valueOf(c.version()))
                        .with(user(userDetails.loadUserByUsername(DirectoryTestUsers.user(users, Role.CO_MANAGER))))
                        .with(csrf()))
                .andExpect(redirectedUrl("/directory/commitments?deleted"));
        assertThat(commitments.find(c.id())).isEmpty();
    }
}
