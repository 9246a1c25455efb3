package org.kinerja.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.directory.Body;
import org.kinerja.directory.BodyInput;
import org.kinerja.directory.BodyKind;
import org.kinerja.directory.BodyService;
import org.kinerja.directory.Contact;
import org.kinerja.directory.ContactInput;
import org.kinerja.directory.ContactService;
import org.kinerja.exchange.csv.CsvReader;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Users;
import org.kinerja.workplan.ActivityReferenceCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The member request register: validation, forward-only status, days open and overdue, focal points'
 * isolation, roles, pages and exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MemberRequestTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    JsonMapper json;
    @Autowired
    MemberRequestService requests;
    @Autowired
    ContactService contacts;
    @Autowired
    BodyService bodies;
    @Autowired
    List<ActivityReferenceCheck> activityChecks;
    @Autowired
    DSLContext dsl;

    private UserAccount officer;
    private UserAccount viewer;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).named("Olive Officer").create();
        viewer = Users.aUser(users).withRole(Role.VIEWER).create();
    }

    private MockHttpServletRequestBuilder api(UserAccount who, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(who.email(), Users.PASSWORD));
    }

    private MockHttpServletRequestBuilder page(UserAccount who, MockHttpServletRequestBuilder request) {
        return request.with(user(details.loadUserByUsername(who.email()))).with(csrf());
    }

    private UserAccount as(Role role) {
        return Users.aUser(users).withRole(role).create();
    }

    private String subject() {
        return "Request " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, Object> body(String member, LocalDate received, String subject) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("requesterMemberCode", member);
        b.put("receivedDate", received.toString());
        b.put("channel", "EMAIL");
        b.put("subject", subject);
        b.put("description", "Please help.");
        b.put("type", "TRAINING");
        b.put("assignedOfficerId", officer.id());
        return b;
    }

    private long create(Map<String, Object> body) throws Exception {
        String answer = mvc.perform(api(officer, post("/api/v1/requests")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    private org.springframework.test.web.servlet.ResultActions move(long id, String status, LocalDate date, String reason)
            throws Exception {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("status", status);
        b.put("date", date == null ? null : date.toString());
        b.put("reason", reason);
        return mvc.perform(api(officer, post("/api/v1/requests/" + id + "/status")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(b)));
    }

    @Test
    void aRequestIsDueTheDeliveryTargetAfterReceiptUnlessADueDateIsGiven() throws Exception {
        long id = create(body("IDN", LocalDate.of(2022, 3, 1), subject()));
        mvc.perform(api(viewer, get("/api/v1/requests/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requester.kind").value("MEMBER"))
                .andExpect(jsonPath("$.requester.name").value("Indonesia"))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.dueDate").value("2022-04-30"))
                .andExpect(jsonPath("$.assignedOfficerName").value("Olive Officer"));
        Map<String, Object> b = body(null, LocalDate.of(2022, 3, 1), subject());
        b.put("requesterCoChairs", true);
        b.put("dueDate", "2022-03-15");
        long coChairs = create(b);
        assertThat(requests.find(coChairs).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(requests.find(coChairs).orElseThrow().requester().name()).isEqualTo("Co-Chairs");
    }

    @Test
    void refusesEveryBrokenFieldAndWritesNothing() throws Exception {
        int before = requests.count(MemberRequestFilter.all());
        UserAccount mel = Users.aUser(users).withRole(Role.VIEWER).named("Not Staff").create();
        Contact ausContact = contacts.create(new ContactInput("Pat Contact", "Desk officer", "AUS", null, null,
                null, "pat@example.org", null, false, null));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("requesterMemberCode", "THA");
        b.put("requesterCoChairs", true);
        b.put("receivedDate", today.plusDays(1).toString());
        b.put("subject", "");
        b.put("assignedOfficerId", mel.id());
        b.put("activityIds", List.of(999_999_999L));
        b.put("requesterContactId", 999_999_999L);
        mvc.perform(api(officer, post("/api/v1/requests")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(b)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='requester')].message")
                        .value("Give exactly one requester: a member, a body, or the Co-Chairs."))
                .andExpect(jsonPath("$.errors[?(@.field=='receivedDate')].message").value("The date may not be in the future."))
                .andExpect(jsonPath("$.errors[?(@.field=='channel')].message").value("This field is required."))
                .andExpect(jsonPath("$.errors[?(@.field=='subject')].message").value("This field is required."))
                .andExpect(jsonPath("$.errors[?(@.field=='type')].message").value("This field is required."))
                .andExpect(jsonPath("$.errors[?(@.field=='assignedOfficerId')].message")
                        .value("Not Staff is not RSO staff and cannot answer requests."))
                .andExpect(jsonPath("$.errors[?(@.field=='activityIds')].message").value("There is no activity 999999999."))
                .andExpect(jsonPath("$.errors[?(@.field=='requesterContactId')].message").value("There is no contact 999999999."));
        b = body("ZZZ", today, subject());
        mvc.perform(api(officer, post("/api/v1/requests")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(b)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("requesterMemberCode"))
                .andExpect(jsonPath("$.errors[0].message").value("There is no member ZZZ."));
        b = body("THA", LocalDate.of(2022, 3, 1), subject());
        b.put("requesterContactId", ausContact.id());
        b.put("dueDate", "2022-02-28");
        mvc.perform(api(officer, post("/api/v1/requests")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(b)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='requesterContactId')].message")
                        .value("Pat Contact is not a contact of the requester."))
                .andExpect(jsonPath("$.errors[?(@.field=='dueDate')].message")
                        .value("The due date may not be before the received date."));
        b = body(null, today, subject());
        b.put("requesterBodyId", 999_999_999L);
        mvc.perform(api(officer, post("/api/v1/requests")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(b)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("There is no body 999999999."));
        assertThat(requests.count(MemberRequestFilter.all())).isEqualTo(before);
    }

    @Test
    void statusMovesOnlyForwardWithDatesNeitherBeforeReceiptNorInTheFuture() throws Exception {
        LocalDate received = today.minusDays(30);
        long id = create(body("NZL", received, subject()));
        move(id, "ACCEPTED", received.minusDays(1), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value("The date may not be before the received date, " + received + "."));
        move(id, "ACCEPTED", today.plusDays(1), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("The date may not be in the future."));
        move(id, "DECLINED", received, " ").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Give the reason for declining."));
        assertThat(requests.find(id).orElseThrow().status()).isEqualTo(MemberRequestStatus.RECEIVED);

        move(id, "ACCEPTED", received.plusDays(3), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedDate").value(received.plusDays(3).toString()));
        move(id, "RECEIVED", today, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A request that is Accepted cannot move to Received."));
        move(id, "IN_PROGRESS", received.plusDays(5), null).andExpect(status().isOk());
        move(id, "DELIVERED", received.plusDays(2), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The delivered date may not be before the acknowledged date, " + received.plusDays(3) + "."));
        move(id, "DELIVERED", received.plusDays(20), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELIVERED"))
                .andExpect(jsonPath("$.deliveredDate").value(received.plusDays(20).toString()))
                .andExpect(jsonPath("$.daysOpen").value(20));
        move(id, "WITHDRAWN", today, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A request that is Delivered cannot move to Withdrawn."));
        mvc.perform(api(viewer, get("/api/v1/requests/" + id + "/history")))
                .andExpect(jsonPath("$[*].to").value(org.hamcrest.Matchers.contains("RECEIVED", "ACCEPTED", "IN_PROGRESS",
                        "DELIVERED")))
                .andExpect(jsonPath("$[3].changedBy").value("Olive Officer"));

        long declined = create(body("NZL", received, subject()));
        move(declined, "DECLINED", received.plusDays(2), "Outside the mandate").andExpect(status().isOk())
                .andExpect(jsonPath("$.statusReason").value("Outside the mandate"))
                .andExpect(jsonPath("$.closedDate").value(received.plusDays(2).toString()))
                .andExpect(jsonPath("$.acknowledgedDate").value(received.plusDays(2).toString()));
        move(declined, "ACCEPTED", today, null).andExpect(status().isConflict());
        long withdrawn = create(body("NZL", received, subject()));
        move(withdrawn, "WITHDRAWN", null, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.closedDate").value(today.toString()))
                .andExpect(jsonPath("$.acknowledgedDate").doesNotExist());
        for (MemberRequestStatus s : MemberRequestStatus.values()) {
            assertThat(s.canMoveTo(s)).as(s + " to itself").isFalse();
            for (MemberRequestStatus to : s.next()) {
                assertThat(to.ordinal()).as(s + " to " + to).isGreaterThan(s.ordinal());
            }
        }
    }

    @Test
    void daysOpenAndOverdueAreComputedToTheDay() throws Exception {
        String tag = subject();
        long late = create(body("LKA", today.minusDays(70), tag + " late"));
        long unacknowledged = create(body("LKA", today.minusDays(6), tag + " unacknowledged"));
        long onTarget = create(body("LKA", today.minusDays(5), tag + " on target"));
        long acknowledged = create(body("LKA", today.minusDays(61), tag + " acknowledged"));
        move(acknowledged, "ACCEPTED", today.minusDays(59), null).andExpect(status().isOk());
        long deliveredLate = create(body("LKA", today.minusDays(100), tag + " delivered late"));
        move(deliveredLate, "DELIVERED", today.minusDays(25), null).andExpect(status().isOk());

        MemberRequest r = requests.find(late).orElseThrow();
        assertThat(r.daysOpen()).isEqualTo(70);
        assertThat(r.deliveryOverdue()).isTrue();
        assertThat(r.daysOverdue()).isEqualTo(10);
        assertThat(r.acknowledgementOverdue()).isTrue();
        r = requests.find(unacknowledged).orElseThrow();
        assertThat(r.daysOpen()).isEqualTo(6);
        assertThat(r.acknowledgementOverdue()).isTrue();
        assertThat(r.deliveryOverdue()).isFalse();
        r = requests.find(onTarget).orElseThrow();
        assertThat(r.acknowledgementOverdue()).isFalse();
        assertThat(r.overdue()).isFalse();
        r = requests.find(acknowledged).orElseThrow();
        assertThat(r.acknowledgementOverdue()).isFalse();
        assertThat(r.deliveryOverdue()).isTrue();
        assertThat(r.daysOverdue()).isEqualTo(1);
        r = requests.find(deliveredLate).orElseThrow();
        assertThat(r.daysOpen()).isEqualTo(75);
        assertThat(r.overdue()).isFalse();
        assertThat(r.deliveredOnTime()).isFalse();

        mvc.perform(api(viewer, get("/api/v1/requests?requester=LKA&overdue=true&size=500")))
                .andExpect(jsonPath("$.items[?(@.subject =~ /" + tag + ".*/)].subject").value(
                        org.hamcrest.Matchers.containsInAnyOrder(tag + " late", tag + " unacknowledged", tag + " acknowledged")));
        mvc.perform(api(viewer, get("/api/v1/requests?requester=LKA&overdue=false&size=500")))
                .andExpect(jsonPath("$.items[?(@.subject =~ /" + tag + ".*/)].subject").value(
                        org.hamcrest.Matchers.containsInAnyOrder(tag + " on target", tag + " delivered late")));
        mvc.perform(page(viewer, get("/requests?requester=LKA&overdue=true")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue by 10 days")))
                .andExpect(content().string(containsString("Not acknowledged in time")));
    }

    @Test
    void aFocalPointSubmitsForTheirMemberAndSeesNoOtherMembersRequests() throws Exception {
        UserAccount focal = Users.aUser(users).withRole(Role.MEMBER_FOCAL_POINT).withMember("THA").create();
        long other = create(body("VNM", today.minusDays(3), subject()));
        Map<String, Object> mine = new LinkedHashMap<>();
        mine.put("subject", "Copies of the policy guides");
        mine.put("type", "INFORMATION");
        String answer = mvc.perform(api(focal, post("/api/v1/requests")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(mine)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requester.memberCode").value("THA"))
                .andExpect(jsonPath("$.channel").value("KINERJA"))
                .andExpect(jsonPath("$.receivedDate").value(today.toString()))
                .andReturn().getResponse().getContentAsString();
        long own = json.readTree(answer).get("id").asLong();
        int before = requests.count(MemberRequestFilter.all());
        Map<String, Object> foreign = new LinkedHashMap<>(mine);
        foreign.put("requesterMemberCode", "VNM");
        foreign.put("assignedOfficerId", officer.id());
        mvc.perform(api(focal, post("/api/v1/requests")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(foreign)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='requesterMemberCode')].message")
                        .value("You may submit requests for THA only."))
                .andExpect(jsonPath("$.errors[?(@.field=='assignedOfficerId')].message")
                        .value("Only RSO staff set this field."));
        assertThat(requests.count(MemberRequestFilter.all())).isEqualTo(before);

        mvc.perform(api(focal, get("/api/v1/requests?size=500")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].requester.memberCode").value(everyItem(is("THA"))))
                .andExpect(jsonPath("$.items[?(@.id == " + own + ")]").isNotEmpty());
        mvc.perform(api(focal, get("/api/v1/requests?requester=VNM"))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(api(focal, get("/api/v1/requests/" + other))).andExpect(status().isNotFound());
        mvc.perform(api(focal, get("/api/v1/requests/" + other + "/history"))).andExpect(status().isNotFound());
        mvc.perform(api(focal, get("/api/v1/requests/" + own))).andExpect(status().isOk());
        mvc.perform(page(focal, get("/requests/" + other))).andExpect(status().isNotFound());
        mvc.perform(page(focal, get("/requests")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Copies of the policy guides")))
                .andExpect(content().string(not(containsString("Viet Nam"))));
        MockHttpServletResponse csv = mvc.perform(page(focal, get("/requests/export.csv"))).andReturn().getResponse();
        List<List<String>> rows = csv(csv);
        assertThat(rows.size()).isGreaterThan(1);
        int member = rows.get(0).indexOf("Member code");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(member)).isEqualTo("THA"));
        move(own, "ACCEPTED", today, null).andExpect(status().isOk());
        mvc.perform(api(focal, post("/api/v1/requests/" + own + "/status")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"WITHDRAWN\"}")).andExpect(status().isForbidden());
        mvc.perform(page(focal, get("/requests/" + own + "/edit"))).andExpect(status().isForbidden());
        mvc.perform(page(focal, get("/requests/new"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"assignedOfficerId\""))));
        mvc.perform(page(focal, post("/requests")).param("subject", "Typed in the page").param("type", "RESEARCH")
                        .param("requesterKind", "MEMBER").param("requesterMemberCode", "VNM"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You may submit requests for THA only.")));
        mvc.perform(page(focal, post("/requests")).param("subject", "Typed in the page").param("type", "RESEARCH"))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.list(new MemberRequestFilter(null, null, null, "THA", null, null, null, null, null, null, null),
                org.kinerja.shared.PageQuery.of(0, 500)).items())
                .anySatisfy(r -> assertThat(r.subject()).isEqualTo("Typed in the page"));
    }

    @Test
    void rolesReadAndWriteAsTheMatrixSays() throws Exception {
        String body = json.writeValueAsString(body("AUS", today, subject()));
        for (Role role : new Role[] {Role.VIEWER, Role.MEL_OFFICER}) {
            mvc.perform(api(as(role), post("/api/v1/requests")).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
            mvc.perform(api(as(role), get("/api/v1/requests"))).andExpect(status().isOk());
        }
        long id = create(body("AUS", today, subject()));
        mvc.perform(api(as(Role.VIEWER), put("/api/v1/requests/" + id)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        mvc.perform(api(as(Role.MEL_OFFICER), post("/api/v1/requests/" + id + "/status"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACCEPTED\"}")).andExpect(status().isForbidden());
        mvc.perform(api(as(Role.CO_MANAGER), post("/api/v1/requests/" + id + "/status"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACCEPTED\"}")).andExpect(status().isOk());
        mvc.perform(api(as(Role.ADMIN), delete("/api/v1/requests/" + id))).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void anEditKeepsTheStatusDatesAndRefusesAStaleVersion() throws Exception {
        LocalDate received = today.minusDays(10);
        long id = create(body("PHL", received, subject()));
        move(id, "ACCEPTED", received.plusDays(2), null).andExpect(status().isOk());
        Map<String, Object> change = body("PHL", received.plusDays(3), "Changed subject");
        change.put("version", 1);
        mvc.perform(api(officer, put("/api/v1/requests/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("receivedDate"));
        change.put("receivedDate", received.toString());
        mvc.perform(api(officer, put("/api/v1/requests/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("Changed subject"))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(api(officer, put("/api/v1/requests/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isConflict());
    }

    @Test
    void theStatusChangesByHtmxAndFormsShowTheirErrors() throws Exception {
        long id = create(body("MYS", today.minusDays(4), subject()));
        mvc.perform(page(officer, post("/requests/" + id + "/status")).header("HX-Request", "true")
                        .param("status", "ACCEPTED").param("date", today.minusDays(2).toString()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"request-status-value\">Accepted</span>")));
        mvc.perform(page(officer, post("/requests/" + id + "/status")).header("HX-Request", "true")
                        .param("status", "DECLINED").param("version", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the reason for declining.")));
        mvc.perform(page(officer, post("/requests/" + id + "/status")).param("status", "DELIVERED").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.find(id).orElseThrow().status()).isEqualTo(MemberRequestStatus.DELIVERED);

        int before = requests.count(MemberRequestFilter.all());
        mvc.perform(page(officer, post("/requests")).param("requesterKind", "MEMBER").param("requesterMemberCode", "")
                        .param("receivedDate", today.toString()).param("channel", "EMAIL").param("subject", "")
                        .param("type", "TRAINING"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give exactly one requester: a member, a body, or the Co-Chairs.")))
                .andExpect(content().string(containsString("This field is required.")));
        mvc.perform(page(officer, post("/requests")).param("requesterKind", "MEMBER").param("requesterMemberCode", "AUS")
                        .param("receivedDate", "yesterday").param("channel", "EMAIL").param("subject", "x")
                        .param("type", "TRAINING"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")));
        assertThat(requests.count(MemberRequestFilter.all())).isEqualTo(before);
        mvc.perform(page(officer, post("/requests")).param("requesterKind", "CO_CHAIRS")
                        .param("receivedDate", today.toString()).param("channel", "LETTER").param("subject", "From the form")
                        .param("type", "RESEARCH"))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.count(MemberRequestFilter.all())).isEqualTo(before + 1);
        mvc.perform(page(viewer, get("/requests?overdue=maybe"))).andExpect(status().isBadRequest());
        mvc.perform(page(viewer, get("/requests?status=RECEIVED")).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void exportsReReadAndReferencedRecordsCannotBeDeleted() throws Exception {
        // of kind OTHER, so that the directory's counts of shipped working groups stay as shipped
        Body body = bodies.create(new BodyInput("Test requesting body " + UUID.randomUUID(),
                "TRB-" + UUID.randomUUID().toString().substring(0, 6), BodyKind.OTHER,
                null, null, "", "", List.of(), null));
        Map<String, Object> b = body(null, LocalDate.of(2022, 1, 10), "=cmd|' /C calc'!A0");
        b.put("requesterBodyId", body.id());
        Long planId = dsl.resultQuery("insert into workplan.work_plan (plan_code, year) values (?, 2098) returning id",
                "R-" + UUID.randomUUID().toString().substring(0, 8)).fetchOne(0, Long.class);
        Long activityId = dsl.resultQuery("insert into workplan.activity (work_plan_id, code, purpose_number, sequence, "
                + "title, type) values (?, '2098-P1-01', 1, 1, 'Answering requests', 'TECHNICAL_ASSISTANCE') returning id",
                planId).fetchOne(0, Long.class);
        b.put("activityIds", List.of(activityId));
        create(b);
        MockHttpServletResponse csv = mvc.perform(api(viewer, get("/api/v1/requests?format=csv&requester=body:" + body.id())))
                .andExpect(status().isOk()).andReturn().getResponse();
        List<List<String>> rows = csv(csv);
        assertThat(rows).hasSize(2);
        List<String> header = rows.get(0);
        assertThat(header.subList(0, 5)).containsExactly("Id", "Received", "Requester kind", "Requester", "Member code");
        assertThat(rows.get(1).get(header.indexOf("Requester"))).isEqualTo(body.name());
        assertThat(rows.get(1).get(header.indexOf("Subject"))).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(1).get(header.indexOf("Due"))).isEqualTo("2022-03-11");
        assertThat(rows.get(1).get(header.indexOf("Linked activities"))).isEqualTo("2098-P1-01");
        assertThat(rows.get(1).get(header.indexOf("Overdue"))).isEqualTo("true");
        MockHttpServletResponse xlsx = mvc.perform(page(viewer, get("/requests/export.xlsx?requester=body:" + body.id())))
                .andExpect(status().isOk()).andReturn().getResponse();
        XSSFSheet sheet = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray())).getSheetAt(0);
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo(body.name());

        mvc.perform(api(as(Role.ADMIN), delete("/api/v1/bodies/" + body.id())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("1 member request")));
        List<String> phrases = new ArrayList<>();
        activityChecks.forEach(c -> phrases.addAll(c.referencesTo(activityId, Locale.ENGLISH)));
        assertThat(phrases).containsExactly("1 member request");
    }

    private static List<List<String>> csv(MockHttpServletResponse response) throws Exception {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<String> record;
            while ((record = reader.next()) != null) {
                records.add(record);
            }
        }
        return records;
    }
}
