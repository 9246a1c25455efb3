package org.kinerja.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class BodyPartnerForumCommitmentApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    JsonMapper json;
    @Autowired
    DirectoryService directory;
    @Autowired
    BodyService bodies;

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(DirectoryTestUsers.user(users, role), DirectoryTestUsers.PASSWORD));
    }

    private String body(Object value) {
        return json.writeValueAsString(value);
    }

    @Test
    void listsTheAdHocGroupAndBothWorkingGroupsWithTheirCoChairs() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/bodies?kind=WORKING_GROUP&sort=shortName")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].shortName").value(contains("WG-DISRUPTION", "WG-TIP")))
                .andExpect(jsonPath("$.items[1].coChairs[*].memberCode").value(contains("AUS", "IDN")))
                .andExpect(jsonPath("$.items[1].parent.shortName").value("AHG"));
        mvc.perform(as(Role.VIEWER, get("/api/v1/bodies?q=ad hoc group")))
                .andExpect(jsonPath("$.items[0].name").value("Ad Hoc Group"))
                .andExpect(jsonPath("$.items[0].kind").value("AD_HOC_GROUP"))
                .andExpect(jsonPath("$.items[0].establishedYear").value(2009))
                .andExpect(jsonPath("$.items[0].members.length()").value(19));
        mvc.perform(as(Role.VIEWER, get("/api/v1/bodies?member=NZL")))
                .andExpect(jsonPath("$.items[*].shortName").value(containsInAnyOrder("AHG", "SG", "WG-DISRUPTION")));
    }

    @Test
    void createsABodyWithSeatsAndRefusesAParentLoop() throws Exception {
        Body ahg = directory.findBodyByShortName("AHG").orElseThrow();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", DirectoryTestUsers.unique("Working Group on Test"));
        request.put("shortName", DirectoryTestUsers.unique("WG").substring(0, 11));
        request.put("kind", "WORKING_GROUP");
        request.put("parentId", ahg.id());
        request.put("establishedYear", 2025);
        request.put("members", List.of(Map.of("memberCode", "phl", "role", "CO_CHAIR", "term", "2025-2026"),
                Map.of("memberCode", "THA", "role", "MEMBER")));
        String created = mvc.perform(as(Role.PROGRAMME_OFFICER, post("/api/v1/bodies"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(request)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parent.name").value("Ad Hoc Group"))
                .andExpect(jsonPath("$.coChairs[0].memberName").value("Philippines"))
                .andExpect(jsonPath("$.coChairs[0].term").value("2025-2026"))
                .andExpect(jsonPath("$.members.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        Map<String, Object> loop = new LinkedHashMap<>(request);
        loop.put("version", 0);
        Map<String, Object> ahgChange = new LinkedHashMap<>();
        ahgChange.put("name", ahg.name());
        ahgChange.put("shortName", ahg.shortName());
        ahgChange.put("kind", ahg.kind().name());
        ahgChange.put("parentId", id);
        ahgChange.put("version", ahg.version());
        mvc.perform(as(Role.PROGRAMME_OFFICER, put("/api/v1/bodies/" + ahg.id()))
                        .contentType(MediaType.APPLICATION_JSON).content(body(ahgChange)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"))
                .andExpect(jsonPath("$.errors[0].message").value("A body cannot be part of itself or of a body under it."));

        mvc.perform(as(Role.ADMIN, delete("/api/v1/bodies/" + ahg.id())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "Working Group on Trafficking in Persons")));
        mvc.perform(as(Role.PROGRAMME_OFFICER, delete("/api/v1/bodies/" + id))).andExpect(status().isNoContent());
    }

    @Test
    void namesEachBrokenSeatOfABody() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", "Ad Hoc Group");
        request.put("shortName", "");
        request.put("kind", "WORKING_GROUP");
        request.put("establishedYear", 1800);
        request.put("members", List.of(Map.of("memberCode", "AUS", "role", "MEMBER"), Map.of("memberCode", "ZZZ", "role", "MEMBER"),
                Map.of("memberCode", "AUS", "role", "CO_CHAIR")));
        mvc.perform(as(Role.PROGRAMME_OFFICER, post("/api/v1/bodies")).contentType(MediaType.APPLICATION_JSON).content(body(request)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "shortName", "establishedYear",
                        "members[1].memberCode", "members[2].memberCode")))
                .andExpect(jsonPath("$.errors[?(@.field == 'members[2].memberCode')].message").value(hasItem("AUS is in the list twice.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'establishedYear')].message").value(hasItem("Must be between 1900 and 2100.")));
    }

    @Test
    void shipsTheSevenPartnersWithDacCodesAndValidatesCountries() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/partners?type=INTERNATIONAL_ORGANISATION")))
                .andExpect(jsonPath("$.items[*].shortName").value(hasItem("UNODC ROSEAP")))
                .andExpect(jsonPath("$.items[?(@.shortName == 'IOM')].dacChannelCode").value(hasItem("47066")))
                .andExpect(jsonPath("$.items[?(@.shortName == 'IOM')].iatiOrganisationId").value(hasItem("XM-DAC-47066")))
                .andExpect(jsonPath("$.items[?(@.shortName == 'UNHCR')].dacChannelCode").value(hasItem("41121")))
                .andExpect(jsonPath("$.items[?(@.shortName == 'UNODC ROSEAP')].countryCode").value(hasItem("THA")))
                .andExpect(jsonPath("$.items[?(@.shortName == 'UNODC ROSEAP')].memberCode").value(hasItem("UNODC")));
        mvc.perform(as(Role.VIEWER, get("/api/v1/partners?type=TRAINING_INSTITUTION&sort=name")))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.hasItems("CIFAL Jeju",
                        "Jakarta Centre for Law Enforcement Cooperation", "People's Police Academy of Vietnam")));
        mvc.perform(as(Role.PROGRAMME_OFFICER, post("/api/v1/partners")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("name", DirectoryTestUsers.unique("Partner"), "type", "CIVIL_SOCIETY",
                                "countryCode", "XXX", "website", "ftp://example.org", "dacChannelCode", "47",
                                "iatiOrganisationId", "not an id"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("countryCode", "website",
                        "dacChannelCode", "iatiOrganisationId")))
                .andExpect(jsonPath("$.errors[?(@.field == 'countryCode')].message")
                        .value(hasItem("XXX is not an ISO 3166 alpha-3 country code.")));
        mvc.perform(as(Role.PROGRAMME_OFFICER, post("/api/v1/partners")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("name", DirectoryTestUsers.unique("Partner"), "type", "CIVIL_SOCIETY",
                                "countryCode", "nam"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.countryCode").value("NAM"))
                .andExpect(jsonPath("$.countryName").value("Namibia"));
    }

    @Test
    void shipsTheEightForumsOfPurposeFour() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/forums?size=500")))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.hasItems(
                        "Association of Southeast Asian Nations", "Budapest Process", "Asia-Pacific Centre for Security Studies",
                        "Asia Dialogue on Forced Migration", "Global Coast Guard Summit",
                        "Global Forum on Migration and Development", "Global Compact on Migration",
                        "International Border Management and Technologies Association")));
        assertThat(directory.forums()).filteredOn(Forum::shipped).hasSize(8);
        mvc.perform(as(Role.VIEWER, get("/api/v1/forums?kind=ASSOCIATION")))
                .andExpect(jsonPath("$.items[0].shortName").value("IBMATA"));
    }

    @Test
    void linksACommitmentToPurposesOfAPlanAndRefusesUnknownOnes() throws Exception {
        mvc.perform(as(Role.CO_MANAGER, post("/api/v1/commitments")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("sourceDocument", "Test declaration", "year", 2024, "text", "Do more.",
                                "purposes", List.of(Map.of("planCode", "SP-2021-22", "purposeNumber", 9),
                                        Map.of("planCode", "NO-PLAN", "purposeNumber", 1))))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("purposes[0].purposeNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("Plan SP-2021-22 has no purpose 9."))
                .andExpect(jsonPath("$.errors[1].field").value("purposes[1].planCode"))
                .andExpect(jsonPath("$.errors[1].message").value("There is no plan NO-PLAN."));
        String created = mvc.perform(as(Role.CO_MANAGER, post("/api/v1/commitments")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("sourceDocument", "Test declaration", "year", 2024, "reference", "para 9",
                                "text", "Do more.", "purposes", List.of(Map.of("planCode", "sp-2021-22", "purposeNumber", 2))))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.purposes[0].planCode").value("SP-2021-22"))
                .andExpect(jsonPath("$.purposes[0].purposeNumber").value(2))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        mvc.perform(as(Role.VIEWER, get("/api/v1/commitments?plan=SP-2021-22&purpose=2&source=Test declaration")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        mvc.perform(as(Role.PROGRAMME_OFFICER, delete("/api/v1/commitments/" + id))).andExpect(status().isForbidden());
        mvc.perform(as(Role.ADMIN, delete("/api/v1/commitments/" + id))).andExpect(status().isNoContent());
    }

    @Test
    void listsEveryShippedCommitmentInFileOrder() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/commitments?year=2018&source=Seventh Ministerial Conference (Co-Chairs' Statement / outcomes)")))
                .andExpect(jsonPath("$.total").value(10))
                .andExpect(jsonPath("$.items[0].reference").value("priority 1"))
                .andExpect(jsonPath("$.items[9].reference").value("GABF outcome"));
        mvc.perform(as(Role.VIEWER, get("/api/v1/commitments?q=Adelaide Strategy&sort=-year")))
                .andExpect(jsonPath("$.items[0].year").value(2023));
    }
}
