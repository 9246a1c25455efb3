package org.kinerja.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.EntityChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MemberApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    JsonMapper json;
    @Autowired
    MemberService members;
    @Autowired
    BodyService bodies;
    @Autowired
    ContactService contacts;
    @Autowired
    ApplicationEvents events;

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(DirectoryTestUsers.user(users, role), DirectoryTestUsers.PASSWORD));
    }

    private String body(Object value) {
        return json.writeValueAsString(value);
    }

    private Member observerOrganisation() {
        return members.create(new MemberInput(DirectoryTestUsers.uniqueCode(), DirectoryTestUsers.unique("Observer"),
                MemberKind.OBSERVER_ORGANISATION, List.of(), "", "", null));
    }

    private long total(String query) throws Exception {
        String answer = mvc.perform(as(Role.VIEWER, get("/api/v1/members" + query)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("total").asLong();
    }

    @Test
    void countsFortyFiveStatesAndTerritoriesAndFourMemberOrganisations() throws Exception {
        assertThat(total("?kind=STATE") + total("?kind=TERRITORY")).isEqualTo(45);
        assertThat(total("?kind=INTERNATIONAL_ORGANISATION")).isEqualTo(4);
        mvc.perform(as(Role.VIEWER, get("/api/v1/members").param("kind", "INTERNATIONAL_ORGANISATION")))
                .andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("IOM", "UNHCR", "UNODC", "ILO")))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50));
    }

    @Test
    void filtersByKindRoleAndText() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/members?kind=STATE&role=STEERING_GROUP")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("AUS", "IDN", "NZL", "THA")));
        mvc.perform(as(Role.VIEWER, get("/api/v1/members?kind=STATE&role=AD_HOC_GROUP&q=lanka")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value("LKA"))
                .andExpect(jsonPath("$.items[0].alpha2").value("LK"))
                .andExpect(jsonPath("$.items[0].roles[0]").value("AD_HOC_GROUP"));
        mvc.perform(as(Role.VIEWER, get("/api/v1/members?role=CO_CHAIR&sort=-name")))
                .andExpect(jsonPath("$.items[*].code").value(contains("IDN", "AUS")));
    }

    @Test
    void returnsAMemberByCodeWithItsIsoCodes() throws Exception {
        mvc.perform(as(Role.MEMBER_FOCAL_POINT, get("/api/v1/members/nam")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no member nam."));
        mvc.perform(as(Role.MEMBER_FOCAL_POINT, get("/api/v1/members/IDN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("IDN"))
                .andExpect(jsonPath("$.name").value("Indonesia"))
                .andExpect(jsonPath("$.kind").value("STATE"))
                .andExpect(jsonPath("$.alpha2").value("ID"))
                .andExpect(jsonPath("$.alpha3").value("IDN"))
                .andExpect(jsonPath("$.roles").value(contains("CO_CHAIR", "STEERING_GROUP", "AD_HOC_GROUP")))
                .andExpect(jsonPath("$.shipped").value(true))
                .andExpect(jsonPath("$.version").isNumber());
        mvc.perform(as(Role.VIEWER, get("/api/v1/members/IOM/bodies")))
                .andExpect(jsonPath("$[*].bodyShortName").value(containsInAnyOrder("SG", "AHG", "TEG-RR")));
    }

    @Test
    void answersBadRequestNamingTheFieldForAnUnknownKindOrRole() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/members?kind=PLANET")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(as(Role.VIEWER, get("/api/v1/members?sort=colour")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sort"))
                .andExpect(jsonPath("$.detail").value("Sort by one of: name, code, kind (a leading - sorts descending)."));
        mvc.perform(as(Role.ADMIN, post("/api/v1/members")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ZZTEST\",\"name\":\"Zed\",\"kind\":\"PLANET\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(as(Role.ADMIN, post("/api/v1/members")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ZZTEST\",\"name\":\"Zed\",\"kind\":\"OBSERVER_ORGANISATION\",\"roles\":[\"KING\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
        assertThat(members.find("ZZTEST")).isEmpty();
    }

    @Test
    void createsAnObserverOrganisationAndPublishesTheChange() throws Exception {
        String code = DirectoryTestUsers.uniqueCode();
        Map<String, Object> request = Map.of("code", code.toLowerCase(), "name", "  Test Observer " + code + " ",
                "kind", "OBSERVER_ORGANISATION", "roles", List.of(), "notes", "Made by a test.");

        mvc.perform(as(Role.CO_MANAGER, post("/api/v1/members")).contentType(MediaType.APPLICATION_JSON).content(body(request)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/v1/members/" + code))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.name").value("Test Observer " + code))
                .andExpect(jsonPath("$.alpha2").doesNotExist())
                .andExpect(jsonPath("$.shipped").value(false));

        assertThat(events.stream(EntityChanged.class)
                .filter(e -> e.entityType().equals("Member") && e.entityId().equals(code))).singleElement()
                .satisfies(e -> assertThat(e.changes().get("name").after()).isEqualTo("Test Observer " + code));
    }

    @Test
    void refusesDuplicateCodesUnknownCountriesAndMissingFieldsNamingThem() throws Exception {
        mvc.perform(as(Role.ADMIN, post("/api/v1/members")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "IDN", "name", "Indonesia again", "kind", "STATE"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("There is already a member IDN."));
        mvc.perform(as(Role.ADMIN, post("/api/v1/members")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "XYZ", "name", DirectoryTestUsers.unique("Nowhere"), "kind", "OBSERVER_STATE"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("XYZ is not an ISO 3166 alpha-3 country code."));
        mvc.perform(as(Role.ADMIN, post("/api/v1/members")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "IOM2", "name", "Thailand", "kind", "INTERNATIONAL_ORGANISATION"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "name")))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message")
                        .value(hasItem("A member code is 2 to 8 capital letters (ISO alpha-3 for a state or territory).")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("The name Thailand is already used.")));
        mvc.perform(as(Role.ADMIN, post("/api/v1/members")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "name", "kind")))
                .andExpect(jsonPath("$.errors[0].message").value("This field is required."));
    }

    @Test
    void refusesAProgrammeOfficerWhoTriesToChangeAMember() throws Exception {
        mvc.perform(as(Role.PROGRAMME_OFFICER, put("/api/v1/members/IDN")).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isForbidden());
        assertThat(members.get("IDN").name()).isEqualTo("Indonesia");
    }

    @Test
    void updatesAMemberAndRefusesAStaleVersion() throws Exception {
        Member m = observerOrganisation();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("name", m.name() + " renamed");
        change.put("kind", "OBSERVER_ORGANISATION");
        change.put("roles", List.of("AD_HOC_GROUP"));
        change.put("version", m.version());

        mvc.perform(as(Role.CO_MANAGER, put("/api/v1/members/" + m.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(m.name() + " renamed"))
                .andExpect(jsonPath("$.roles").value(contains("AD_HOC_GROUP")))
                .andExpect(jsonPath("$.version").value(m.version() + 1));

        change.put("name", "Written from a stale version");
        mvc.perform(as(Role.CO_MANAGER, put("/api/v1/members/" + m.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Someone else saved this record")));
        assertThat(members.get(m.code()).name()).isEqualTo(m.name() + " renamed");
    }

    @Test
    void refusesToDeleteAMemberOthersReferToNamingThem() throws Exception {
        Member m = observerOrganisation();
        for (int i = 1; i <= 3; i++) {
            contacts.create(new ContactInput("Person " + i + " Example", null, m.code(), null, null, null, null, null,
                    false, null));
        }
        Body group = bodies.create(new BodyInput(DirectoryTestUsers.unique("Group"), DirectoryTestUsers.unique("G").substring(0, 10),
                BodyKind.OTHER, null, null, "", "", List.of(new BodyMemberInput(m.code(), BodyMemberRole.MEMBER, null)), null));

        mvc.perform(as(Role.ADMIN, delete("/api/v1/members/" + m.code())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("3 contacts and the body " + group.name() + " refer to " + m.name()
                        + ": remove those references first."));
        assertThat(members.find(m.code())).isPresent();

        mvc.perform(as(Role.ADMIN, delete("/api/v1/members/IDN")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("the bodies Ad Hoc Group, ")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("refer to Indonesia")));
    }

    @Test
    void deletesAMemberNothingRefersToAndAnswersNotFoundAfterwards() throws Exception {
        Member m = observerOrganisation();

        mvc.perform(as(Role.ADMIN, delete("/api/v1/members/" + m.code()).param("version", String.valueOf(m.version() + 5))))
                .andExpect(status().isConflict());
        mvc.perform(as(Role.ADMIN, delete("/api/v1/members/" + m.code()).param("version", String.valueOf(m.version()))))
                .andExpect(status().isNoContent());
        mvc.perform(as(Role.ADMIN, get("/api/v1/members/" + m.code()))).andExpect(status().isNotFound());
        assertThat(events.stream(EntityChanged.class).filter(e -> e.action() == EntityChanged.Action.DELETE
                && e.entityId().equals(m.code()))).hasSize(1);
    }

    @Test
    void listsTheIsoTablesWithNamibiaUnderNa() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/countries/NA")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alpha2").value("NA"))
                .andExpect(jsonPath("$.alpha3").value("NAM"))
                .andExpect(jsonPath("$.numericCode").value("516"));
        mvc.perform(as(Role.VIEWER, get("/api/v1/countries?q=namibia")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].alpha2").value("NA"));
        mvc.perform(as(Role.VIEWER, get("/api/v1/currencies/nad")))
                .andExpect(jsonPath("$.code").value("NAD"))
                .andExpect(jsonPath("$.minorUnit").value(2));
        mvc.perform(as(Role.VIEWER, get("/api/v1/currencies?size=500")))
                .andExpect(jsonPath("$.total").value(178))
                .andExpect(jsonPath("$.items[*].code").value(everyItem(not(""))));
    }

    @Test
    void neverAnswersAServerErrorForNulCharactersOrHugePageNumbers() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/members/A%00B"))).andExpect(status().is4xxClientError());
        mvc.perform(as(Role.VIEWER, get("/api/v1/members").param("q", "Indo\u0000nesia")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        mvc.perform(as(Role.VIEWER, get("/api/v1/contacts").param("member", "\u0000").param("q", "\u0000")))
                .andExpect(status().isOk());
        mvc.perform(as(Role.VIEWER, get("/api/v1/members").param("page", "99999999").param("size", "500")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(as(Role.ADMIN, post("/api/v1/members")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ZZNUL\",\"name\":\"Nul\\u0000Name\",\"kind\":\"OBSERVER_ORGANISATION\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("This text contains a NUL character, which cannot be stored."));
        mvc.perform(as(Role.ADMIN, post("/api/v1/contacts")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nul Example\",\"memberCode\":\"ID\\u0000N\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("memberCode"));
    }
}
