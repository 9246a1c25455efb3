package org.kinerja.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The event, import and people pages: what each role sees, the import's preview, progress and result. */
@SpringBootTest
@AutoConfigureMockMvc
class DeliveryPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    DSLContext db;
    @Autowired
    EventService events;
    @Autowired
    PersonService people;

    String officer;
    String viewer;

    @BeforeEach
    void users() {
        officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create().email();
        viewer = Users.aUser(users).withRole(Role.VIEWER).create().email();
    }

    private MockHttpServletResponse page(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(details.loadUserByUsername(email))).with(csrf())).andReturn().getResponse();
    }

    private Event anEvent(String title) {
        return events.create(new EventInput(DeliveryFixtures.activity(db, "WORKSHOP"), EventKind.WORKSHOP, title,
                LocalDate.of(2022, 5, 10), LocalDate.of(2022, 5, 11), "Jakarta", "IDN", false, EventStatus.HELD,
                List.of("en"), List.of(), "", null));
    }

    @Test
    void theImportPageOffersTemplatesPreviewsWithProgressPollingAndImportsEveryRow() throws Exception {
        Event event = anEvent("Workshop on screening " + UUID.randomUUID());
        String base = "/events/" + event.id() + "/import";
        String form = page(officer, get(base)).getContentAsString();
        assertThat(form).contains("href=\"" + base + "/template.csv\"").contains("href=\"" + base + "/template.xlsx\"")
                .contains("accept=\".csv,text/csv,.xlsx");

        MockHttpServletResponse csvTemplate = page(officer, get(base + "/template.csv"));
        assertThat(csvTemplate.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF" + String.join(",", AttendanceImports.COLUMNS) + "\r\n");
        byte[] xlsx = page(officer, get(base + "/template.xlsx")).getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) 13);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("given_name");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("satisfaction");
        }

        String u = UUID.randomUUID().toString().substring(0, 8);
        String csv = String.join(",", AttendanceImports.COLUMNS) + "\n"
                + "Dewi,Lestari" + u + ",FEMALE,IDN,Imigrasi,IMMIGRATION_BORDER,,,PARTICIPANT,2,50,80,5\n"
                + "Somchai,Prasert" + u + ",MALE,THA,Police,POLICE_LAW_ENFORCEMENT,,,PARTICIPANT,2,40,60,3\n";
        MockHttpServletResponse preview = page(officer, multipart(base)
                .file(new MockMultipartFile("file", "a.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))));
        String html = preview.getContentAsString();
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(html).contains("Import 2 rows<");
        Matcher m = Pattern.compile("action=\"" + base + "/([0-9a-f-]{36})\"").matcher(html);
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        assertThat(html).contains("hx-get=\"" + base + "/" + token + "/progress\" hx-trigger=\"every 1s\"");
        assertThat(page(officer, get(base + "/" + token + "/progress")).getStatus()).isEqualTo(200);

        MockHttpServletResponse done = page(officer, post(base + "/" + token).header("HX-Request", "true"));
        assertThat(done.getContentAsString()).contains("Imported 2 rows: 2 new, 0 updated.");
        MockHttpServletResponse progress = page(officer, get(base + "/" + token + "/progress"));
        assertThat(progress.getStatus()).isEqualTo(286);
        assertThat(progress.getContentAsString()).contains("Imported 2 rows.").contains("value=\"100\"");
        assertThat(events.breakdown(event.id()).attendances()).isEqualTo(2);

        assertThat(page(viewer, get(base)).getStatus()).isEqualTo(403);
    }

    @Test
    void theEventPageShowsTheBreakdownAndPersonalDataOnlyToPermittedRoles() throws Exception {
        Event event = anEvent("Workshop on documents " + UUID.randomUUID());
        String u = UUID.randomUUID().toString().substring(0, 8);
        Person p = people.create(new PersonInput("Rina", "Wulandari" + u, Sex.FEMALE, "IDN", "Imigrasi",
                AgencyType.IMMIGRATION_BORDER, "Analyst", "rina." + u + "@example.org", null));
        events.addAttendance(event.id(), new AttendanceInput(p.id(), AttendanceRole.PARTICIPANT, 2, 40, 70, 5, ""));

        String forOfficer = page(officer, get("/events/" + event.id())).getContentAsString();
        assertThat(forOfficer).contains("Wulandari" + u).contains("rina." + u + "@example.org")
                .contains("/events/" + event.id() + "/certificates/" + p.id() + ".pdf")
                .contains("30.0 points (1 with both tests)").contains("100% of 1 who answered");
        String forViewer = page(viewer, get("/events/" + event.id())).getContentAsString();
        assertThat(forViewer).doesNotContain("Wulandari").doesNotContain("rina.").doesNotContain("Analyst")
                .contains("id=\"personal-data-hidden\"").contains("30.0 points (1 with both tests)");
        assertThat(page(viewer, get("/people/" + p.id())).getContentAsString()).doesNotContain("Wulandari");
        assertThat(page(viewer, get("/people?q=" + u)).getContentAsString()).contains("id=\"people-none\"");
        assertThat(page(viewer, get("/events/" + event.id() + "/certificates/" + p.id() + ".pdf")).getStatus()).isEqualTo(403);

        MockHttpServletResponse list = page(viewer, get("/events?kind=WORKSHOP&from=2022-05-11&to=2022-05-11").header("HX-Request", "true"));
        assertThat(list.getContentAsString()).contains("Workshop on documents").doesNotContain("<html");
    }

    @Test
    void theEventFormShowsFieldErrorsAndCreatesTheEvent() throws Exception {
        MockHttpServletResponse bad = page(officer, post("/events").param("title", "").param("kind", "TRAINING")
                .param("startDate", "2022-13-01").param("status", "HELD"));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("id=\"f-startDate-error\"").contains("Enter a date as YYYY-MM-DD.");

        long activity = DeliveryFixtures.activity(db, "TRAINING");
        MockHttpServletResponse ok = page(officer, post("/events").param("activityId", String.valueOf(activity))
                .param("kind", "TRAINING").param("title", "Form training").param("startDate", "2022-06-01")
                .param("endDate", "2022-06-02").param("virtual", "true").param("status", "PLANNED")
                .param("languages", "en, th"));
        assertThat(ok.getStatus()).isEqualTo(302);
        long id = Long.parseLong(ok.getRedirectedUrl().replaceAll("\\D+(\\d+).*", "$1"));
        assertThat(events.get(id).languages()).containsExactly("en", "th");
        assertThat(page(viewer, get("/events/new")).getStatus()).isEqualTo(403);
    }

    @Test
    void thePersonPageSuggestsDuplicatesAndMergesThem() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        Person a = people.create(new PersonInput("Ngoc", "Tran" + u, Sex.FEMALE, "VNM", "Border Guard", null, "", null, null));
        Person b = people.create(new PersonInput("Ngọc", "TRAN" + u, Sex.FEMALE, "VNM", "Border  Guard", null, "", null, null));
        String html = page(officer, get("/people/" + a.id())).getContentAsString();
        assertThat(html).contains("href=\"/people/" + b.id() + "\"").contains("same name, member and agency");
        String merged = page(officer, post("/people/" + a.id() + "/merge").param("duplicateId", String.valueOf(b.id())))
                .getContentAsString();
        assertThat(merged).contains("Person " + b.id() + " was merged into this one: 0 attendances moved.");
        assertThat(page(officer, get("/people/" + b.id())).getStatus()).isEqualTo(404);
        assertThat(page(officer, post("/people/" + a.id() + "/merge")).getStatus()).isEqualTo(400);
        assertThat(page(officer, post("/people/" + a.id() + "/merge").param("duplicateId", String.valueOf(a.id()))).getStatus())
                .isEqualTo(400);
        assertThat(page(officer, get("/events?kind=PARTY")).getStatus()).isEqualTo(400);
        assertThat(page(officer, get("/people?sex=X&page=y")).getStatus()).isEqualTo(400);
    }

    @Autowired
    org.kinerja.workplan.ActivityLookup activityLookup;

    /** The activity options of the events list page: the {@code value} of each {@code <option>} of the select. */
    private List<String> activityOptions(String html) {
        String select = html.substring(html.indexOf("<select id=\"activity\""), html.indexOf("</select>", html.indexOf("<select id=\"activity\"")));
        List<String> values = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select);
        while (m.find()) {
            if (!m.group(1).isEmpty()) {
                values.add(m.group(1));
            }
        }
        return values;
    }

    @Test
    void theEventsListOffersTheActivitiesOfTheDatedYearsAndAlwaysTheOneChosen() throws Exception {
        List<String> of2021 = activityLookup.ofYear("SP-2021-22", 2021).stream().map(a -> String.valueOf(a.id())).toList();
        List<String> of2022 = activityLookup.ofYear("SP-2021-22", 2022).stream().map(a -> String.valueOf(a.id())).toList();
        assertThat(of2021).isNotEmpty();

        String dated = page(viewer, get("/events?from=2021-01-01&to=2021-12-31")).getContentAsString();
        assertThat(activityOptions(dated)).containsAll(of2021);
        assertThat(activityOptions(dated)).noneMatch(of2022::contains);
        assertThat(dated).contains("Activities of the current plan; set the dates to choose activities of other years.");

        // dated in another year, the chosen 2021 activity is still offered, and selected
        String chosen = of2021.get(0);
        String other = page(viewer, get("/events?from=2030-01-01&to=2030-12-31&activity=" + chosen)).getContentAsString();
        assertThat(activityOptions(other)).contains(chosen).noneMatch(of2021.subList(1, of2021.size())::contains);
        assertThat(other).contains("<option value=\"" + chosen + "\" selected");
    }
}
