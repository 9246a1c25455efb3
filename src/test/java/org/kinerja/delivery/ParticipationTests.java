package org.kinerja.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's participation ({@code /participation}, {@code GET /api/v1/participation}): counts per year and
 * event by role and sex for a small dataset in 2013–2014 (years no other test uses); a focal point is held to
 * their own member; no personal data for anyone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    DSLContext db;
    @Autowired
    JsonMapper json;
    @Autowired
    EventService events;
    @Autowired
    PersonService people;

    long trainingA;
    long workshopB;
    long conferenceC;
    String activityCodeA;
    final List<String> personalData = new ArrayList<>();
    String focalTha;
    String viewer;

    @BeforeAll
    void dataset() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        trainingA = event(EventKind.TRAINING, "Participation training " + u, LocalDate.of(2013, 3, 4), LocalDate.of(2013, 3, 6));
        activityCodeA = events.get(trainingA).activityCode();
        workshopB = event(EventKind.WORKSHOP, "Participation workshop " + u, LocalDate.of(2013, 9, 10), LocalDate.of(2013, 9, 10));
        conferenceC = event(EventKind.CONFERENCE, "Participation conference " + u, LocalDate.of(2014, 5, 1), LocalDate.of(2014, 5, 2));
        long t1 = person("Kanya", "Srisuk" + u, Sex.FEMALE, "THA", u);
        long t2 = person("Somchai", "Wongsa" + u, Sex.MALE, "THA", u);
        long t3 = person("Malee", "Chaiyo" + u, Sex.FEMALE, "THA", u);
        long t4 = person("Arun", "Petch" + u, Sex.NOT_RECORDED, "THA", u);
        long i1 = person("Budi", "Santoso" + u, Sex.MALE, "IDN", u);
        long i2 = person("Dewi", "Lestari" + u, Sex.FEMALE, "IDN", u);
        attend(trainingA, t1, AttendanceRole.PARTICIPANT);
        attend(trainingA, t2, AttendanceRole.PARTICIPANT);
        attend(trainingA, t3, AttendanceRole.SPEAKER);
        attend(trainingA, i1, AttendanceRole.PARTICIPANT);
        attend(workshopB, t1, AttendanceRole.PARTICIPANT);
        attend(workshopB, t4, AttendanceRole.FACILITATOR);
        attend(workshopB, i1, AttendanceRole.PARTICIPANT);
        attend(workshopB, i2, AttendanceRole.PARTICIPANT);
        attend(conferenceC, t2, AttendanceRole.PARTICIPANT);
        focalTha = Users.aUser(users).withRole(Role.MEMBER_FOCAL_POINT).withMember("THA").create().email();
        viewer = Users.aUser(users).withRole(Role.VIEWER).create().email();
    }

    private long event(EventKind kind, String title, LocalDate start, LocalDate end) {
        return events.create(new EventInput(DeliveryFixtures.activity(db, kind.name()),
                kind, title, start, end, "Bangkok", "THA", false, EventStatus.HELD, List.of("en"), List.of(), "", null)).id();
    }

    private long person(String given, String family, Sex sex, String member, String u) {
        String email = given.toLowerCase() + "." + u + "@example.org";
        String position = "Position " + family;
        personalData.addAll(List.of(family, email, position));
        return people.create(new PersonInput(given, family, sex, member, "Agency " + member, AgencyType.IMMIGRATION_BORDER,
                position, email, null)).id();
    }

    private void attend(long event, long person, AttendanceRole role) {
        events.addAttendance(event, new AttendanceInput(person, role, 2, null, null, null, ""));
    }

    private MockHttpServletResponse api(String email, String query) throws Exception {
        return mvc.perform(get("/api/v1/participation" + query).with(httpBasic(email, Users.PASSWORD))).andReturn()
                .getResponse();
    }

    private MockHttpServletResponse page(String email, String query) throws Exception {
        return mvc.perform(get("/participation" + query).with(user(details.loadUserByUsername(email)))).andReturn()
                .getResponse();
    }

    private static JsonNode year(JsonNode body, int year) {
        for (JsonNode y : body.get("years")) {
            if (y.get("year").asInt() == year) {
                return y;
            }
        }
        throw new AssertionError("no year " + year + " in " + body);
    }

    private static JsonNode event(JsonNode year, long id) {
        for (JsonNode e : year.get("events")) {
            if (e.get("eventId").asLong() == id) {
                return e;
            }
        }
        return null;
    }

    /** participants, otherRoles, female, male, other, notRecorded, people, attendances */
    private static List<Long> counts(JsonNode c) {
        return List.of(c.get("participants").asLong(), c.get("otherRoles").asLong(), c.get("female").asLong(),
                c.get("male").asLong(), c.get("other").asLong(), c.get("notRecorded").asLong(), c.get("people").asLong(),
                c.get("attendances").asLong());
    }

    @Test
    void aFocalPointReadsTheirOwnMembersCountsPerEventAndYearWithoutNamingAnyone() throws Exception {
        MockHttpServletResponse response = api(focalTha, "");
        assertThat(response.getStatus()).isEqualTo(200);
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        JsonNode body = json.readTree(text);
        assertThat(body.get("memberCode").asString()).isEqualTo("THA");
        JsonNode y2013 = year(body, 2013);
        JsonNode a = event(y2013, trainingA);
        assertThat(a.get("title").asString()).startsWith("Participation training ");
        assertThat(a.get("kind").asString()).isEqualTo("TRAINING");
        assertThat(a.get("activityCode").asString()).isEqualTo(activityCodeA);
        assertThat(a.get("startDate").asString()).isEqualTo("2013-03-04");
        assertThat(a.get("endDate").asString()).isEqualTo("2013-03-06");
        assertThat(counts(a.get("counts"))).containsExactly(2L, 1L, 2L, 1L, 0L, 0L, 3L, 3L);
        assertThat(counts(event(y2013, workshopB).get("counts"))).containsExactly(1L, 1L, 1L, 0L, 0L, 1L, 2L, 2L);
        // 2013: five attendances by four distinct people of THA (Kanya attended both events)
        assertThat(counts(y2013.get("total"))).containsExactly(3L, 2L, 3L, 1L, 0L, 1L, 4L, 5L);
        JsonNode y2014 = year(body, 2014);
        assertThat(counts(event(y2014, conferenceC).get("counts"))).containsExactly(1L, 0L, 0L, 1L, 0L, 0L, 1L, 1L);
        assertThat(counts(y2014.get("total"))).containsExactly(1L, 0L, 0L, 1L, 0L, 0L, 1L, 1L);
        assertThat(personalData).allSatisfy(p -> assertThat(text).doesNotContain(p));
        assertThat(text).doesNotContain("givenName", "familyName", "email", "position");

        MockHttpServletResponse html = page(focalTha, "");
        assertThat(html.getStatus()).isEqualTo(200);
        String pageText = html.getContentAsString(StandardCharsets.UTF_8);
        assertThat(pageText).contains("Participation of THA", "data-event=\"" + trainingA + "\"",
                "data-event=\"" + conferenceC + "\"", "href=\"/participation\"");
        assertThat(personalData).allSatisfy(p -> assertThat(pageText).doesNotContain(p));
    }

    @Test
    void aFocalPointIsRefusedAnotherMembersParticipation() throws Exception {
        assertThat(api(focalTha, "?member=IDN").getStatus()).isEqualTo(403);
        assertThat(page(focalTha, "?member=IDN").getStatus()).isEqualTo(403);
        JsonNode own = json.readTree(api(focalTha, "?member=tha").getContentAsString(StandardCharsets.UTF_8));
        assertThat(own.get("memberCode").asString()).isEqualTo("THA");
        // IDN's attendances at the same events are not counted for THA
        assertThat(counts(event(year(own, 2013), workshopB).get("counts")).get(6)).isEqualTo(2L);
    }

    @Test
    void aViewerReadsTheCountsOfTheMemberTheyName() throws Exception {
        MockHttpServletResponse response = api(viewer, "?member=IDN");
        assertThat(response.getStatus()).isEqualTo(200);
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        JsonNode y2013 = year(json.readTree(text), 2013);
        assertThat(counts(event(y2013, trainingA).get("counts"))).containsExactly(1L, 0L, 0L, 1L, 0L, 0L, 1L, 1L);
        assertThat(counts(event(y2013, workshopB).get("counts"))).containsExactly(2L, 0L, 1L, 1L, 0L, 0L, 2L, 2L);
        assertThat(event(y2013, conferenceC)).isNull();
        assertThat(counts(y2013.get("total"))).containsExactly(3L, 0L, 1L, 2L, 0L, 0L, 2L, 3L);
        assertThat(personalData).allSatisfy(p -> assertThat(text).doesNotContain(p));

        String html = page(viewer, "?member=IDN").getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Participation of IDN", "data-event=\"" + workshopB + "\"")
                .doesNotContain("data-event=\"" + conferenceC + "\"");
    }

    @Test
    void theOtherRolesMustNameAKnownMember() throws Exception {
        MockHttpServletResponse missing = api(viewer, "");
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(json.readTree(missing.getContentAsString(StandardCharsets.UTF_8)).get("errors").get(0).get("field")
                .asString()).isEqualTo("member");
        MockHttpServletResponse unknown = api(viewer, "?member=ZZZ");
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("ZZZ");
        assertThat(page(viewer, "").getStatus()).isEqualTo(200);
    }
}
