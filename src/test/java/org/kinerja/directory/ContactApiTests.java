package org.kinerja.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ContactApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    JsonMapper json;
    @Autowired
    ContactService contacts;
    @Autowired
    MemberService members;
    @Autowired
    DirectoryService directory;
    @Autowired
    PartnerService partners;

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(DirectoryTestUsers.user(users, role), DirectoryTestUsers.PASSWORD));
    }

    private String body(Object value) {
        return json.writeValueAsString(value);
    }

    /** A contact of a member made for the test alone, so that filters find only it. */
    private Contact contactOfANewMember(String email) {
        Member m = members.create(new MemberInput(DirectoryTestUsers.uniqueCode(), DirectoryTestUsers.unique("Org"),
                MemberKind.OBSERVER_ORGANISATION, List.of(), "", "", null));
        return contacts.create(new ContactInput("Ayu Example", "Director (test)", m.code(), null, null, null, email,
                "+66 2 555 0000", true, null));
    }

    @Test
    void showsEmailAndPhoneToAProgrammeOfficer() throws Exception {
        Contact c = contactOfANewMember("ayu.example@example.org");

        mvc.perform(as(Role.PROGRAMME_OFFICER, get("/api/v1/contacts/" + c.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ayu Example"))
                .andExpect(jsonPath("$.email").value("ayu.example@example.org"))
                .andExpect(jsonPath("$.phone").value("+66 2 555 0000"))
                .andExpect(jsonPath("$.personalDataHidden").value(false))
                .andExpect(jsonPath("$.organisation.type").value("MEMBER"))
                .andExpect(jsonPath("$.organisation.code").value(c.organisation().code()));
        mvc.perform(as(Role.MEL_OFFICER, get("/api/v1/contacts").param("member", c.organisation().code())))
                .andExpect(jsonPath("$.items[0].email").value("ayu.example@example.org"));
    }

    @Test
    void leavesEmailAndPhoneOutForAViewerAndAMemberFocalPoint() throws Exception {
        Contact c = contactOfANewMember("ayu.viewer-test@example.org");

        for (Role role : List.of(Role.VIEWER, Role.MEMBER_FOCAL_POINT)) {
            String one = mvc.perform(as(role, get("/api/v1/contacts/" + c.id())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("Ayu Example"))
                    .andExpect(jsonPath("$.title").value("Director (test)"))
                    .andExpect(jsonPath("$.organisation.name").value(c.organisation().name()))
                    .andExpect(jsonPath("$.email").doesNotExist())
                    .andExpect(jsonPath("$.phone").doesNotExist())
                    .andExpect(jsonPath("$.personalDataHidden").value(true))
                    .andReturn().getResponse().getContentAsString();
            assertThat(one).doesNotContain("ayu.viewer-test").doesNotContain("555 0000");
            String list = mvc.perform(as(role, get("/api/v1/contacts").param("member", c.organisation().code())))
                    .andExpect(jsonPath("$.total").value(1))
                    .andReturn().getResponse().getContentAsString();
            assertThat(list).doesNotContain("ayu.viewer-test").doesNotContain("555 0000");
        }
    }

    @Test
    void doesNotLetAViewerFindContactsByTheirEmail() throws Exception {
        contactOfANewMember("hidden.search-probe@example.org");

        mvc.perform(as(Role.VIEWER, get("/api/v1/contacts").param("q", "search-probe")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(as(Role.PROGRAMME_OFFICER, get("/api/v1/contacts").param("q", "search-probe")))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void requiresExactlyOneOrganisationAndNamesTheFieldsThatAreWrong() throws Exception {
        mvc.perform(as(Role.PROGRAMME_OFFICER, post("/api/v1/contacts")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("name", "Nobody Example"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Choose the member, partner, body or forum the contact belongs to."));
        mvc.perform(as(Role.PROGRAMME_OFFICER, post("/api/v1/contacts")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("name", "Twice Example", "memberCode", "IDN", "forumId", 1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("A contact belongs to exactly one member, partner, body or forum."));
        mvc.perform(as(Role.PROGRAMME_OFFICER, post("/api/v1/contacts")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("name", "Lost Example", "memberCode", "XXX", "email", "not-an-address",
                                "phone", "call me"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("memberCode", "email", "phone")))
                .andExpect(jsonPath("$.errors[?(@.field == 'memberCode')].message").value(org.hamcrest.Matchers.hasItem("There is no member XXX.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message")
                        .value(org.hamcrest.Matchers.hasItem("Enter an e-mail address such as name@example.org.")));
        mvc.perform(as(Role.PROGRAMME_OFFICER, post("/api/v1/contacts")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Bad Example\",\"partnerId\":\"seven\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partnerId"));
    }

    @Test
    void createsAContactOfAPartnerAndRefusesAStaleUpdate() throws Exception {
        Partner jclec = partners.list(new PartnerFilter("JCLEC", null, null, null, null), PageQuery.of(0, 10))
                .items().get(0);
        assertThat(directory.partnersByIds(List.of(jclec.id()))).extracting(Partner::shortName).containsExactly("JCLEC");
        String created = mvc.perform(as(Role.PROGRAMME_OFFICER, post("/api/v1/contacts")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("name", "Dewi Test", "title", "Trainer", "partnerId", jclec.id(),
                                "email", "dewi.test@example.org", "focalPoint", true))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisation.type").value("PARTNER"))
                .andExpect(jsonPath("$.organisation.name").value("Jakarta Centre for Law Enforcement Cooperation"))
                .andExpect(jsonPath("$.focalPoint").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        int version = json.readTree(created).get("version").asInt();

        Map<String, Object> change = new LinkedHashMap<>();
        change.put("name", "Dewi Test");
        change.put("title", "Senior trainer");
        change.put("partnerId", jclec.id());
        change.put("version", version);
        mvc.perform(as(Role.CO_MANAGER, put("/api/v1/contacts/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Senior trainer"))
                .andExpect(jsonPath("$.email").doesNotExist());
        mvc.perform(as(Role.CO_MANAGER, put("/api/v1/contacts/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        mvc.perform(as(Role.ADMIN, delete("/api/v1/partners/" + jclec.id())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("1 contact refers to Jakarta Centre")));
        mvc.perform(as(Role.VIEWER, delete("/api/v1/contacts/" + id))).andExpect(status().isForbidden());
        mvc.perform(as(Role.PROGRAMME_OFFICER, delete("/api/v1/contacts/" + id))).andExpect(status().isNoContent());
        assertThat(contacts.find(id, true)).isEmpty();
    }
}
