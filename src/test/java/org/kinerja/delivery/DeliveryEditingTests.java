package org.kinerja.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.audit.AuditAction;
import org.kinerja.audit.AuditEntry;
import org.kinerja.audit.AuditService;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person form (new, edit, stale version), one attendance's edit and removal (pages and API), adding a
 * participant from the event page, and who may do each.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeliveryEditingTests {

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
    @Autowired
    AuditService audit;

    String officer;
    String viewer;
    String mel;
    String focal;
    String u;

    @BeforeEach
    void users() {
        officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create().email();
        viewer = Users.aUser(users).withRole(Role.VIEWER).create().email();
        mel = Users.aUser(users).withRole(Role.MEL_OFFICER).create().email();
        focal = Users.aUser(users).withRole(Role.MEMBER_FOCAL_POINT).create().email();
        u = UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletResponse page(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(details.loadUserByUsername(email))).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse call(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic(email, Users.PASSWORD))).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse r) throws Exception {
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private Event anEvent() {
        return events.create(new EventInput(DeliveryFixtures.activity(db, "TRAINING"), EventKind.TRAINING,
                "Training on screening " + u, LocalDate.of(2022, 5, 10), LocalDate.of(2022, 5, 12), "Bangkok", "THA",
                false, EventStatus.HELD, List.of("en"), List.of(), "", null));
    }

    private Person aPerson() {
        return people.create(new PersonInput("Siti", "Rahma" + u, Sex.FEMALE, "IDN", "Imigrasi",
                AgencyType.IMMIGRATION_BORDER, "Inspector", "siti." + u + "@example.org", null));
    }

    private Attendance anAttendance(Event event, Person person) {
        return events.addAttendance(event.id(), new AttendanceInput(person.id(), AttendanceRole.PARTICIPANT, 3, 40, 70,
                4, "Useful"));
    }

    private int countFamily(String family) {
        return (int) people.list(new PersonFilter(family, null, null, null), true, PageQuery.of(0, 50)).total();
    }

    // --- person form ---

    @Test
    void theNewPersonFormCreatesAPersonWithEveryField() throws Exception {
        String form = page(officer, get("/people/new")).getContentAsString();
        assertThat(form).contains("action=\"/people\"").contains("name=\"givenName\"").contains("name=\"memberCode\"")
                .contains("<option value=\"IDN\"").contains("name=\"agencyType\"").contains("name=\"email\"");

        MockHttpServletResponse r = page(officer, post("/people").param("givenName", "Ayu").param("familyName", "Putri" + u)
                .param("sex", "FEMALE").param("memberCode", "idn").param("agency", "Directorate General of Immigration")
                .param("agencyType", "IMMIGRATION_BORDER").param("position", "Analyst")
                .param("email", "ayu." + u + "@example.org").param("version", ""));
        assertThat(r.getStatus()).isEqualTo(302);
        long id = Long.parseLong(r.getRedirectedUrl().replaceAll("^/people/(\\d+)\\?saved$", "$1"));
        Person p = people.get(id, true);
        assertThat(p.name()).isEqualTo("Ayu Putri" + u);
        assertThat(p.sex()).isEqualTo(Sex.FEMALE);
        assertThat(p.memberCode()).isEqualTo("IDN");
        assertThat(p.agency()).isEqualTo("Directorate General of Immigration");
        assertThat(p.agencyType()).isEqualTo(AgencyType.IMMIGRATION_BORDER);
        assertThat(p.position()).isEqualTo("Analyst");
        assertThat(p.email()).isEqualTo("ayu." + u + "@example.org");
        assertThat(page(officer, get("/people/" + id).param("saved", "")).getContentAsString()).contains("id=\"notice\"")
                .contains("Saved.");
        assertThat(audit.historyOf("Person", String.valueOf(id))).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE);
    }

    @Test
    void anInvalidNewPersonShowsTheFieldsMessagesAndWritesNothing() throws Exception {
        MockHttpServletResponse r = page(officer, post("/people").param("givenName", " ").param("familyName", "Tan" + u)
                .param("sex", "FEMALE").param("memberCode", "XXX").param("email", "not-an-address"));
        assertThat(r.getStatus()).isEqualTo(422);
        String html = r.getContentAsString();
        assertThat(html).contains("<span class=\"error\" id=\"f-givenName-error\">This field is required.</span>")
                .contains("<span class=\"error\" id=\"f-email-error\">Enter an e-mail address such as name@example.org.</span>")
                .contains("id=\"f-memberCode-error\"").contains("value=\"Tan" + u + "\"");
        assertThat(countFamily("Tan" + u)).isZero();
    }

    @Test
    void theEditFormChangesAPersonAndAStaleVersionOverwritesNothing() throws Exception {
        Person p = aPerson();
        String form = page(officer, get("/people/" + p.id() + "/edit")).getContentAsString();
        assertThat(form).contains("value=\"Rahma" + u + "\"").contains("name=\"version\" value=\"" + p.version() + "\"")
                .contains("action=\"/people/" + p.id() + "/edit\"");

        MockHttpServletResponse saved = page(officer, post("/people/" + p.id() + "/edit").param("givenName", "Siti")
                .param("familyName", "Rahmawati" + u).param("sex", "FEMALE").param("memberCode", "IDN")
                .param("agency", "Imigrasi").param("agencyType", "IMMIGRATION_BORDER").param("position", "Senior inspector")
                .param("email", "siti." + u + "@example.org").param("version", String.valueOf(p.version())));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/people/" + p.id() + "?saved");
        Person after = people.get(p.id(), true);
        assertThat(after.familyName()).isEqualTo("Rahmawati" + u);
        assertThat(after.position()).isEqualTo("Senior inspector");
        assertThat(after.version()).isEqualTo(p.version() + 1);

        MockHttpServletResponse stale = page(officer, post("/people/" + p.id() + "/edit").param("givenName", "Other")
                .param("familyName", "Name" + u).param("sex", "MALE").param("version", String.valueOf(p.version())));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("id=\"conflict\"").contains("nothing was overwritten");
        Person unchanged = people.get(p.id(), true);
        assertThat(unchanged.name()).isEqualTo("Siti Rahmawati" + u);
        assertThat(unchanged.sex()).isEqualTo(Sex.FEMALE);
        assertThat(unchanged.version()).isEqualTo(p.version() + 1);

        MockHttpServletResponse invalid = page(officer, post("/people/" + p.id() + "/edit").param("givenName", "Siti")
                .param("familyName", "").param("sex", "FEMALE").param("version", String.valueOf(after.version())));
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString())
                .contains("<span class=\"error\" id=\"f-familyName-error\">This field is required.</span>");
        assertThat(people.get(p.id(), true).familyName()).isEqualTo("Rahmawati" + u);
    }

    @Test
    void thePeopleListAndPersonPageLinkToTheFormsOnlyForTheRolesThatChangePeople() throws Exception {
        Person p = aPerson();
        assertThat(page(officer, get("/people")).getContentAsString()).contains("href=\"/people/new\"");
        assertThat(page(officer, get("/people/" + p.id())).getContentAsString())
                .contains("href=\"/people/" + p.id() + "/edit\"");
        for (String reader : List.of(viewer, mel, focal)) {
            assertThat(page(reader, get("/people")).getContentAsString()).doesNotContain("href=\"/people/new\"");
            assertThat(page(reader, get("/people/" + p.id())).getContentAsString())
                    .doesNotContain("/people/" + p.id() + "/edit");
            assertThat(page(reader, get("/people/new")).getStatus()).isEqualTo(403);
            assertThat(page(reader, get("/people/" + p.id() + "/edit")).getStatus()).isEqualTo(403);
            assertThat(page(reader, post("/people/" + p.id() + "/edit").param("givenName", "X").param("familyName", "Y")
                    .param("version", String.valueOf(p.version()))).getStatus()).isEqualTo(403);
            assertThat(page(reader, post("/people").param("givenName", "X").param("familyName", "Nobody" + u))
                    .getStatus()).isEqualTo(403);
        }
        assertThat(people.get(p.id(), true).name()).isEqualTo("Siti Rahma" + u);
        assertThat(countFamily("Nobody" + u)).isZero();
    }

    // --- participants and attendances: pages ---

    @Test
    void theEventPageAddsARegisteredPersonFoundBySearchAndRefusesTheSamePersonTwice() throws Exception {
        Event event = anEvent();
        Person p = aPerson();
        assertThat(page(officer, get("/events/" + event.id())).getContentAsString())
                .contains("href=\"/events/" + event.id() + "/participants/new\"");
        String found = page(officer, get("/events/" + event.id() + "/participants/new").param("q", "rahma" + u))
                .getContentAsString();
        assertThat(found).contains("Siti Rahma" + u).contains("name=\"personId\" value=\"" + p.id() + "\"")
                .contains("href=\"/people/new?event=" + event.id() + "\"");

        MockHttpServletResponse added = page(officer, post("/events/" + event.id() + "/participants")
                .param("personId", String.valueOf(p.id())));
        Attendance a = events.attendance(event.id(), p.id());
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).isEqualTo("/events/" + event.id() + "/attendances/" + a.id() + "/edit");
        assertThat(a.role()).isEqualTo(AttendanceRole.PARTICIPANT);

        MockHttpServletResponse again = page(officer, post("/events/" + event.id() + "/participants")
                .param("personId", String.valueOf(p.id())));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("This person already attends this event.");
        assertThat(events.breakdown(event.id()).attendances()).isEqualTo(1);
    }

    @Test
    void aNewPersonCreatedFromTheEventPageAttendsThatEvent() throws Exception {
        Event event = anEvent();
        assertThat(page(officer, get("/people/new").param("event", String.valueOf(event.id()))).getContentAsString())
                .contains("name=\"event\" value=\"" + event.id() + "\"").contains(event.title());
        MockHttpServletResponse r = page(officer, post("/people").param("givenName", "Budi").param("familyName", "Santoso" + u)
                .param("sex", "MALE").param("memberCode", "IDN").param("event", String.valueOf(event.id())));
        assertThat(r.getStatus()).isEqualTo(302);
        Person p = people.list(new PersonFilter("Santoso" + u, null, null, null), true, PageQuery.of(0, 5)).items().get(0);
        Attendance a = events.attendance(event.id(), p.id());
        assertThat(r.getRedirectedUrl()).isEqualTo("/events/" + event.id() + "/attendances/" + a.id() + "/edit");
    }

    @Test
    void theAttendanceFormChangesScoresAndRefusesOutOfRangeOrStaleChangesWritingNothing() throws Exception {
        Event event = anEvent();
        Attendance a = anAttendance(event, aPerson());
        String base = "/events/" + event.id() + "/attendances/" + a.id();
        assertThat(page(officer, get("/events/" + event.id())).getContentAsString())
                .contains("href=\"" + base + "/edit\"").contains("href=\"" + base + "/delete\"");
        String form = page(officer, get(base + "/edit")).getContentAsString();
        assertThat(form).contains("Siti Rahma" + u).contains("name=\"preTest\" value=\"40\"")
                .contains("name=\"version\" value=\"" + a.version() + "\"");

        MockHttpServletResponse saved = page(officer, post(base + "/edit").param("role", "SPEAKER").param("daysAttended", "2")
                .param("preTest", "45").param("postTest", "90").param("satisfaction", "5").param("comment", "Excellent")
                .param("version", String.valueOf(a.version())));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/events/" + event.id() + "?saved");
        Attendance after = events.attendanceById(event.id(), a.id(), true);
        assertThat(after.role()).isEqualTo(AttendanceRole.SPEAKER);
        assertThat(after.daysAttended()).isEqualTo(2);
        assertThat(after.preTest()).isEqualTo(45);
        assertThat(after.postTest()).isEqualTo(90);
        assertThat(after.satisfaction()).isEqualTo(5);
        assertThat(after.comment()).isEqualTo("Excellent");
        assertThat(events.breakdown(event.id()).knowledgeGain()).isEqualByComparingTo("45.0");

        MockHttpServletResponse outOfRange = page(officer, post(base + "/edit").param("role", "SPEAKER")
                .param("preTest", "150").param("postTest", "90").param("satisfaction", "6")
                .param("version", String.valueOf(after.version())));
        assertThat(outOfRange.getStatus()).isEqualTo(422);
        assertThat(outOfRange.getContentAsString())
                .contains("<span class=\"error\" id=\"f-preTest-error\">Must be between 0 and 100.</span>")
                .contains("<span class=\"error\" id=\"f-satisfaction-error\">Must be between 1 and 5.</span>");
        MockHttpServletResponse notANumber = page(officer, post(base + "/edit").param("postTest", "ninety")
                .param("version", String.valueOf(after.version())));
        assertThat(notANumber.getStatus()).isEqualTo(422);
        assertThat(notANumber.getContentAsString()).contains("id=\"f-postTest-error\">Enter a whole number.");

        MockHttpServletResponse stale = page(officer, post(base + "/edit").param("role", "OBSERVER")
                .param("version", String.valueOf(a.version())));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("id=\"conflict\"").contains("nothing was overwritten");

        Attendance unchanged = events.attendanceById(event.id(), a.id(), true);
        assertThat(unchanged.preTest()).isEqualTo(45);
        assertThat(unchanged.postTest()).isEqualTo(90);
        assertThat(unchanged.satisfaction()).isEqualTo(5);
        assertThat(unchanged.role()).isEqualTo(AttendanceRole.SPEAKER);
        assertThat(unchanged.version()).isEqualTo(after.version());
    }

    @Test
    void removingAnAttendanceAsksForConfirmationThenDeletesItAndKeepsThePerson() throws Exception {
        Event event = anEvent();
        Person p = aPerson();
        Attendance a = anAttendance(event, p);
        String base = "/events/" + event.id() + "/attendances/" + a.id();
        String confirm = page(officer, get(base + "/delete")).getContentAsString();
        assertThat(confirm).contains("Remove Siti Rahma" + u + " from " + event.title() + "?")
                .contains("action=\"" + base + "/delete\"").contains("name=\"version\" value=\"" + a.version() + "\"");
        assertThat(events.breakdown(event.id()).attendances()).isEqualTo(1);

        MockHttpServletResponse stale = page(officer, post(base + "/delete").param("version", String.valueOf(a.version() + 1)));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(events.breakdown(event.id()).attendances()).isEqualTo(1);

        MockHttpServletResponse removed = page(officer, post(base + "/delete").param("version", String.valueOf(a.version())));
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(removed.getRedirectedUrl()).isEqualTo("/events/" + event.id() + "?removed");
        assertThat(events.breakdown(event.id()).attendances()).isZero();
        assertThat(people.get(p.id(), true).attendances()).isZero();
        assertThat(page(officer, get("/events/" + event.id()).param("removed", "")).getContentAsString())
                .contains("The participant was removed from this event.");
        assertThat(audit.historyOf("Attendance", String.valueOf(a.id()))).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.DELETE);
    }

    @Test
    void onlyTheRolesThatChangeEventsReachTheAttendancePagesAndReadersSeeNoNames() throws Exception {
        Event event = anEvent();
        Attendance a = anAttendance(event, aPerson());
        String base = "/events/" + event.id() + "/attendances/" + a.id();
        for (String reader : List.of(viewer, mel, focal)) {
            String eventPage = page(reader, get("/events/" + event.id())).getContentAsString();
            assertThat(eventPage).doesNotContain(base + "/edit").doesNotContain("/participants/new");
            assertThat(page(reader, get(base + "/edit")).getStatus()).isEqualTo(403);
            assertThat(page(reader, get(base + "/delete")).getStatus()).isEqualTo(403);
            assertThat(page(reader, get("/events/" + event.id() + "/participants/new")).getStatus()).isEqualTo(403);
            assertThat(page(reader, post(base + "/edit").param("preTest", "10").param("version", "0")).getStatus())
                    .isEqualTo(403);
            assertThat(page(reader, post(base + "/delete").param("version", "0")).getStatus()).isEqualTo(403);
        }
        assertThat(page(viewer, get("/events/" + event.id())).getContentAsString()).doesNotContain("Rahma" + u);
        assertThat(page(mel, get("/events/" + event.id())).getContentAsString()).contains("Siti Rahma" + u);
        assertThat(events.attendanceById(event.id(), a.id(), true).preTest()).isEqualTo(40);
        assertThat(events.breakdown(event.id()).attendances()).isEqualTo(1);
    }

    // --- attendances: API ---

    private MockHttpServletResponse putAttendance(String email, String path, String body) throws Exception {
        return call(email, put(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theApiChangesAnAttendanceAndNamesTheFieldOfAnOutOfRangeScore() throws Exception {
        Event event = anEvent();
        Attendance a = anAttendance(event, aPerson());
        String path = "/api/v1/events/" + event.id() + "/attendances/" + a.id();

        MockHttpServletResponse ok = putAttendance(officer, path, """
                {"role": "FACILITATOR", "daysAttended": 3, "preTest": 35, "postTest": 85, "satisfaction": 5,
                 "comment": "Led day two", "version": %d}""".formatted(a.version()));
        assertThat(ok.getStatus()).isEqualTo(200);
        JsonNode changed = body(ok);
        assertThat(changed.get("role").asString()).isEqualTo("FACILITATOR");
        assertThat(changed.get("preTest").asInt()).isEqualTo(35);
        assertThat(changed.get("postTest").asInt()).isEqualTo(85);
        assertThat(changed.get("comment").asString()).isEqualTo("Led day two");
        assertThat(changed.get("version").asInt()).isEqualTo(a.version() + 1);
        var history = audit.historyOf("Attendance", String.valueOf(a.id()));
        assertThat(history).extracting(AuditEntry::action).containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(history).filteredOn(e -> e.action() == AuditAction.UPDATE).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsKeys("role", "preTest", "postTest", "comment"));

        MockHttpServletResponse post = putAttendance(officer, path, """
                {"role": "FACILITATOR", "preTest": 35, "postTest": 101, "satisfaction": 5, "version": %d}"""
                .formatted(a.version() + 1));
        assertThat(post.getStatus()).isEqualTo(422);
        JsonNode problem = body(post);
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("postTest");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("Must be between 0 and 100.");

        MockHttpServletResponse sat = putAttendance(officer, path, """
                {"preTest": -1, "satisfaction": 0, "version": %d}""".formatted(a.version() + 1));
        assertThat(sat.getStatus()).isEqualTo(422);
        assertThat(body(sat).get("errors")).extracting(e -> e.get("field").asString())
                .containsExactly("preTest", "satisfaction");

        MockHttpServletResponse noVersion = putAttendance(officer, path, "{\"preTest\": 10}");
        assertThat(noVersion.getStatus()).isEqualTo(422);
        assertThat(body(noVersion).get("errors").get(0).get("field").asString()).isEqualTo("version");

        MockHttpServletResponse stale = putAttendance(officer, path, """
                {"preTest": 10, "version": %d}""".formatted(a.version()));
        assertThat(stale.getStatus()).isEqualTo(409);

        Attendance now = events.attendanceById(event.id(), a.id(), true);
        assertThat(now.preTest()).isEqualTo(35);
        assertThat(now.postTest()).isEqualTo(85);
        assertThat(now.satisfaction()).isEqualTo(5);
        assertThat(now.version()).isEqualTo(a.version() + 1);
        assertThat(audit.historyOf("Attendance", String.valueOf(a.id()))).hasSize(2);
    }

    @Test
    void theApiDeletesAnAttendanceWithItsVersion() throws Exception {
        Event event = anEvent();
        Attendance a = anAttendance(event, aPerson());
        String path = "/api/v1/events/" + event.id() + "/attendances/" + a.id();
        assertThat(call(officer, delete(path)).getStatus()).isEqualTo(422);
        assertThat(call(officer, delete(path).param("version", String.valueOf(a.version() + 5))).getStatus())
                .isEqualTo(409);
        assertThat(events.breakdown(event.id()).attendances()).isEqualTo(1);
        assertThat(call(officer, delete(path).param("version", String.valueOf(a.version()))).getStatus()).isEqualTo(204);
        assertThat(call(officer, get(path)).getStatus()).isEqualTo(404);
        assertThat(events.breakdown(event.id()).attendances()).isZero();
        assertThat(call(officer, delete("/api/v1/events/" + event.id() + "/attendances/999999999").param("version", "0"))
                .getStatus()).isEqualTo(404);
    }

    @Test
    void readersCannotChangeOrDeleteAttendancesThroughTheApiAndSeeNoNames() throws Exception {
        Event event = anEvent();
        Attendance a = anAttendance(event, aPerson());
        String path = "/api/v1/events/" + event.id() + "/attendances/" + a.id();
        for (String reader : List.of(viewer, mel, focal)) {
            assertThat(putAttendance(reader, path, "{\"preTest\": 99, \"version\": %d}".formatted(a.version())).getStatus())
                    .isEqualTo(403);
            assertThat(call(reader, delete(path).param("version", String.valueOf(a.version()))).getStatus()).isEqualTo(403);
        }
        JsonNode seenByViewer = body(call(viewer, get(path)));
        assertThat(seenByViewer.get("givenName").isNull()).isTrue();
        assertThat(seenByViewer.get("email").isNull()).isTrue();
        assertThat(seenByViewer.get("preTest").asInt()).isEqualTo(40);
        assertThat(body(call(mel, get(path))).get("familyName").asString()).isEqualTo("Rahma" + u);
        Attendance unchanged = events.attendanceById(event.id(), a.id(), true);
        assertThat(unchanged.preTest()).isEqualTo(40);
        assertThat(unchanged.version()).isEqualTo(a.version());
    }

    @Test
    void anAttendanceOfAnotherEventIsNotFound() {
        Event one = anEvent();
        Event other = anEvent();
        Attendance a = anAttendance(one, aPerson());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> events.updateAttendance(other.id(), a.id(),
                new AttendanceInput(null, null, null, 10, null, null, null), a.version()))
                .isInstanceOf(NotFoundException.class);
        assertThat(events.attendanceById(one.id(), a.id(), true).preTest()).isEqualTo(40);
    }
}
