package org.kinerja.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.PageQuery;
import org.kinerja.testsupport.Users;
import org.kinerja.workplan.ActivityReferenceCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events, attendances, the import, breakdowns, people and certificates over {@code /api/v1}: what each role
 * may do and see, with the exact numbers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeliveryApiTests {

    static final String HEADER = String.join(",", AttendanceImports.COLUMNS) + "\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    DSLContext db;
    @Autowired
    JsonMapper json;
    @Autowired
    EventService events;
    @Autowired
    PersonService people;
    @Autowired
    List<ActivityReferenceCheck> activityChecks;

    String officer;
    String viewer;
    String mel;

    @BeforeEach
    void users() {
        officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create().email();
        viewer = Users.aUser(users).withRole(Role.VIEWER).create().email();
        mel = Users.aUser(users).withRole(Role.MEL_OFFICER).create().email();
    }

    private MockHttpServletResponse call(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic(email, Users.PASSWORD))).andReturn().getResponse();
    }

    private MockHttpServletResponse postJson(String email, String path, String body) throws Exception {
        return call(email, post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode body(MockHttpServletResponse r) throws Exception {
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private long newEvent(long activity) throws Exception {
        MockHttpServletResponse r = postJson(officer, "/api/v1/events", """
                {"activityId": %d, "kind": "TRAINING", "title": "Victim identification training",
                 "startDate": "2022-03-01", "endDate": "2022-03-03", "city": "Bangkok", "countryCode": "THA",
                 "virtual": false, "status": "HELD", "languages": ["en", "th"]}""".formatted(activity));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return body(r).get("id").asLong();
    }

    private MockHttpServletResponse importFile(long event, String name, byte[] content, boolean dryRun) throws Exception {
        return call(officer, multipart("/api/v1/events/" + event + "/attendances/import" + (dryRun ? "?dryRun=true" : ""))
                .file(new MockMultipartFile("file", name, "application/octet-stream", content)));
    }

    private MockHttpServletResponse importCsv(long event, String csv, boolean dryRun) throws Exception {
        return importFile(event, "attendances.csv", csv.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void eventsAreCreatedValidatedFilteredAndOnlyEditorsWriteThem() throws Exception {
        long activity = DeliveryFixtures.activity(db, "TRAINING");
        long id = newEvent(activity);
        JsonNode event = body(call(viewer, get("/api/v1/events/" + id)));
        assertThat(event.get("languages").toString()).isEqualTo("[\"en\",\"th\"]");
        assertThat(event.get("activityCode").asString()).startsWith("2024-P2-");

        MockHttpServletResponse bad = postJson(officer, "/api/v1/events", """
                {"kind": "TRAINING", "title": "x", "startDate": "2022-03-05", "endDate": "2022-03-01", "virtual": true}""");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("\"field\":\"activityId\"").contains("\"field\":\"endDate\"");

        MockHttpServletResponse unknownActivity = postJson(officer, "/api/v1/events", """
                {"activityId": 987654321, "kind": "WEBINAR", "title": "x", "startDate": "2022-03-01", "endDate": "2022-03-01", "virtual": true}""");
        assertThat(unknownActivity.getStatus()).isEqualTo(422);
        assertThat(unknownActivity.getContentAsString()).contains("There is no activity 987654321.");

        assertThat(postJson(viewer, "/api/v1/events", "{}").getStatus()).isEqualTo(403);

        JsonNode list = body(call(viewer, get("/api/v1/events?activity=" + activity + "&kind=TRAINING&from=2022-03-02&to=2022-03-02&country=THA")));
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(body(call(viewer, get("/api/v1/events?activity=" + activity + "&from=2022-03-04"))).get("total").asLong())
                .isZero();

        assertThat(activityChecks.stream().flatMap(c -> c.referencesTo(activity, Locale.ENGLISH).stream()).toList())
                .containsExactly("1 event");
        assertThat(events.capacityBuildingKinds())
                .containsExactlyInAnyOrder(EventKind.TRAINING, EventKind.WORKSHOP, EventKind.TABLETOP_EXERCISE);
    }

    @Test
    void aFileWithOneBadRowIsPreviewedRefusedWholeAndImportsOnceFixedWithoutDuplicatingMatchedPeople() throws Exception {
        long event = newEvent(DeliveryFixtures.activity(db, "TRAINING"));
        String u = unique();
        String good1 = "Siti,Rahma" + u + ",FEMALE,IDN,Directorate General of Immigration,IMMIGRATION_BORDER,Analyst,siti." + u + "@example.org,PARTICIPANT,3,40,70,5\n";
        String good2 = "Arun,Kumar" + u + ",MALE,THA,Royal Thai Police,POLICE_LAW_ENFORCEMENT,Inspector,,PARTICIPANT,3,50,65,4\n";
        String bad = "Maria,Santos" + u + ",FEMALE,PHL,Department of Justice,PROSECUTION_JUSTICE,Prosecutor,,SPEAKER,2,120,90,2\n";
        String csv = HEADER + good1 + bad + good2;

        MockHttpServletResponse dry = importCsv(event, csv, true);
        assertThat(dry.getStatus()).isEqualTo(200);
        JsonNode preview = body(dry);
        assertThat(preview.get("rows").asLong()).isEqualTo(3);
        assertThat(preview.get("newPeople").asLong()).isEqualTo(2);
        assertThat(preview.get("matchedPeople").asLong()).isZero();
        assertThat(preview.get("errors")).hasSize(1);
        assertThat(preview.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(preview.get("errors").get(0).get("column").asString()).isEqualTo("pre_test");
        assertThat(preview.get("errors").get(0).get("message").asString()).isEqualTo("\u201c120\u201d is not a whole number from 0 to 100.");

        long peopleBefore = people.list(PersonFilter.all(), true, PageQuery.of(0, 1)).total();
        MockHttpServletResponse refused = importCsv(event, csv, false);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused).get("committed").asBoolean()).isFalse();
        assertThat(events.get(event).attendances()).isZero();
        assertThat(people.list(PersonFilter.all(), true, PageQuery.of(0, 1)).total()).isEqualTo(peopleBefore);

        String fixed = HEADER + good1 + bad.replace(",120,", ",60,") + good2;
        MockHttpServletResponse done = importCsv(event, fixed, false);
        assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(200);
        assertThat(body(done).get("rows").asLong()).isEqualTo(3);
        assertThat(body(done).get("newPeople").asLong()).isEqualTo(3);
        assertThat(events.get(event).attendances()).isEqualTo(3);
        assertThat(people.list(PersonFilter.all(), true, PageQuery.of(0, 1)).total()).isEqualTo(peopleBefore + 3);

        // the same people at a second event, with the e-mail in another case and a semicolon file with a BOM
        long second = newEvent(DeliveryFixtures.activity(db, "WORKSHOP"));
        String again = "\uFEFF" + (HEADER + good1.replace("siti.", "SITI.") + good2).replace(',', ';');
        JsonNode matched = body(importCsv(second, again, false));
        assertThat(matched.get("matchedPeople").asLong()).isEqualTo(2);
        assertThat(matched.get("newPeople").asLong()).isZero();
        assertThat(people.list(PersonFilter.all(), true, PageQuery.of(0, 1)).total()).isEqualTo(peopleBefore + 3);
    }

    @Test
    void twoRowsMatchingOneRegisteredPersonByEmailAndByNameAreFlaggedByThePreviewAndRefusedWithNothingWritten() throws Exception {
        long first = newEvent(DeliveryFixtures.activity(db, "TRAINING"));
        String u = unique();
        String registered = "Dewi,Lestari" + u + ",FEMALE,IDN,Bareskrim" + u + ",POLICE_LAW_ENFORCEMENT,,dewi." + u + "@example.org,PARTICIPANT,2,,,\n";
        assertThat(importCsv(first, HEADER + registered, false).getStatus()).isEqualTo(200);

        long second = newEvent(DeliveryFixtures.activity(db, "WORKSHOP"));
        // row 2: her e-mail under another name; row 3: her name, member and agency without an e-mail
        String byEmail = "D.,L." + u + ",FEMALE,IDN,Other agency,POLICE_LAW_ENFORCEMENT,,dewi." + u + "@example.org,PARTICIPANT,2,,,\n";
        String byName = "Dewi,Lestari" + u + ",FEMALE,IDN,Bareskrim" + u + ",POLICE_LAW_ENFORCEMENT,,,SPEAKER,1,,,\n";
        long peopleBefore = people.list(PersonFilter.all(), true, PageQuery.of(0, 1)).total();
        JsonNode preview = body(importCsv(second, HEADER + byEmail + byName, true));
        assertThat(preview.get("rows").asLong()).isEqualTo(2);
        assertThat(preview.get("matchedPeople").asLong()).isEqualTo(1);
        assertThat(preview.get("errorCount").asLong()).isEqualTo(1);
        assertThat(preview.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(preview.get("errors").get(0).get("column").asString()).isEqualTo("given_name");
        assertThat(preview.get("errors").get(0).get("message").asString()).isEqualTo("Row 3 and row 2 are the same"
                + " registered person (one matched by e-mail, the other by name, member and agency): keep one of the two rows.");

        MockHttpServletResponse refused = importCsv(second, HEADER + byEmail + byName, false);

        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Row 3 and row 2 are the same registered person");
        assertThat(events.get(second).attendances()).isZero();
        assertThat(people.list(PersonFilter.all(), true, PageQuery.of(0, 1)).total()).isEqualTo(peopleBefore);
    }

    @Test
    void theBreakdownCountsSexMemberAgencyTypeKnowledgeGainAndSatisfactionExactly() throws Exception {
        long event = newEvent(DeliveryFixtures.activity(db, "TRAINING"));
        String u = unique();
        String csv = HEADER
                + "Ana,A" + u + ",FEMALE,IDN,Imigrasi,IMMIGRATION_BORDER,,,PARTICIPANT,3,40,70,5\n"
                + "Bo,B" + u + ",MALE,IDN,Polri,POLICE_LAW_ENFORCEMENT,,,PARTICIPANT,3,50,65,4\n"
                + "Cy,C" + u + ",FEMALE,THA,Imm Bureau,IMMIGRATION_BORDER,,,PARTICIPANT,3,60,,2\n"
                + "Di,D" + u + ",OTHER,,IOM office,,,,OBSERVER,1,,80,\n";
        assertThat(importCsv(event, csv, false).getStatus()).isEqualTo(200);

        JsonNode b = body(call(viewer, get("/api/v1/events/" + event + "/breakdown")));
        assertThat(b.get("attendances").asLong()).isEqualTo(4);
        assertThat(b.get("bySex").toString()).isEqualTo(
                "[{\"key\":\"FEMALE\",\"count\":2},{\"key\":\"MALE\",\"count\":1},{\"key\":\"OTHER\",\"count\":1},{\"key\":\"NOT_RECORDED\",\"count\":0}]");
        assertThat(b.get("byMember").toString()).isEqualTo(
                "[{\"key\":\"IDN\",\"count\":2},{\"key\":\"THA\",\"count\":1},{\"key\":null,\"count\":1}]");
        assertThat(b.get("byAgencyType").toString()).isEqualTo(
                "[{\"key\":\"IMMIGRATION_BORDER\",\"count\":2},{\"key\":\"POLICE_LAW_ENFORCEMENT\",\"count\":1},{\"key\":null,\"count\":1}]");
        // gains 30 and 15 among the two with both tests; 2 of the 3 who answered gave 4 or 5
        assertThat(b.get("knowledgeGain").decimalValue()).isEqualByComparingTo("22.5");
        assertThat(b.get("testedAttendances").asLong()).isEqualTo(2);
        assertThat(b.get("satisfiedShare").decimalValue()).isEqualByComparingTo("0.667");
        assertThat(b.get("satisfactionAnswers").asLong()).isEqualTo(3);
    }

    @Test
    void aViewerGetsAttendancesPeopleAndExportsWithoutNamesEmailsOrPositions() throws Exception {
        long event = newEvent(DeliveryFixtures.activity(db, "TRAINING"));
        String u = unique();
        importCsv(event, HEADER + "Nur,Hidayah" + u + ",FEMALE,IDN,BNP2TKI,LABOUR,Head of section,nur." + u
                + "@example.org,PARTICIPANT,2,55,75,4\n", false);

        JsonNode forViewer = body(call(viewer, get("/api/v1/events/" + event + "/attendances")));
        JsonNode a = forViewer.get("items").get(0);
        assertThat(a.get("givenName").isNull()).isTrue();
        assertThat(a.get("email").isNull()).isTrue();
        assertThat(a.get("position").isNull()).isTrue();
        assertThat(a.get("sex").asString()).isEqualTo("FEMALE");
        assertThat(forViewer.toString()).doesNotContain("Hidayah").doesNotContain("Head of section");

        JsonNode forMel = body(call(mel, get("/api/v1/events/" + event + "/attendances")));
        assertThat(forMel.get("items").get(0).get("familyName").asString()).isEqualTo("Hidayah" + u);

        long personId = a.get("personId").asLong();
        assertThat(call(viewer, get("/api/v1/people/" + personId)).getContentAsString()).doesNotContain("Hidayah");
        assertThat(call(viewer, get("/api/v1/people?q=Hidayah" + u)).getContentAsString()).contains("\"total\":0");
        assertThat(call(mel, get("/api/v1/people?q=hidayah" + u)).getContentAsString()).contains("\"total\":1");

        String viewerCsv = call(viewer, get("/api/v1/events/" + event + "/attendances?format=csv")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(viewerCsv).doesNotContain("Given name").doesNotContain("Hidayah").contains("FEMALE");
        String melCsv = call(mel, get("/api/v1/events/" + event + "/attendances?format=csv")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(melCsv).contains("Given name").contains("Hidayah" + u);
        assertThat(call(viewer, get("/api/v1/people?format=csv&q=x")).getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("E-mail");

        assertThat(call(viewer, get("/api/v1/events/" + event + "/attendances/" + personId + "/certificate")).getStatus())
                .isEqualTo(403);
    }

    /** A new training event with one attendance imported from {@code row} (after the header), and its certificate. */
    private record Certificate(long event, byte[] pdf) {
    }

    private Certificate certificate(String row) throws Exception {
        long event = newEvent(DeliveryFixtures.activity(db, "TRAINING"));
        importCsv(event, HEADER + row + "\n", false);
        long personId = body(call(mel, get("/api/v1/events/" + event + "/attendances"))).get("items").get(0).get("personId").asLong();
        MockHttpServletResponse pdf = call(mel, get("/api/v1/events/" + event + "/attendances/" + personId + "/certificate"));
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        return new Certificate(event, pdf.getContentAsByteArray());
    }

    @Test
    void theCertificateIsAPdfNamingThePersonAndTheEvent() throws Exception {
        String u = unique();
        Certificate c = certificate("Thị <Lan>,Nguyễn" + u + ",FEMALE,VNM,Immigration Department,IMMIGRATION_BORDER,,,FACILITATOR,3,,,");
        try (PDDocument doc = Loader.loadPDF(c.pdf())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // Vietnamese letters print: the certificate embeds DejaVu Sans (the PDF base fonts lack them)
            assertThat(text).contains("Thị <Lan> Nguyễn" + u).contains("Victim identification training")
                    .contains("Certificate of attendance").contains("facilitated");
            assertThat(fonts(doc)).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(" embedded"))
                    .anyMatch(f -> f.contains("DejaVuSans"));
        }
        assertThat(call(mel, get("/api/v1/events/" + c.event() + "/attendances/999999999/certificate")).getStatus())
                .isEqualTo(404);
    }

    @Test
    void aThaiNamePrintsOnTheCertificateInItsOwnLetters() throws Exception {
        String u = unique();
        Certificate c = certificate("สมชาย,ทองมา" + u + ",MALE,THA,Royal Thai Police,POLICE_LAW_ENFORCEMENT,,,PARTICIPANT,3,,,");
        try (PDDocument doc = Loader.loadPDF(c.pdf())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // DejaVu Sans has no Thai letters: they come from the embedded Noto Sans Thai
            assertThat(text).contains("สมชาย ทองมา" + u).contains("Certificate of attendance");
            assertThat(fonts(doc)).anyMatch(f -> f.contains("NotoSansThai") && f.endsWith(" embedded"))
                    .anyMatch(f -> f.contains("DejaVuSans") && f.endsWith(" embedded"));
        }
    }

    /** The fonts of a PDF's first page, each with " embedded" when it is. */
    private static List<String> fonts(PDDocument doc) throws Exception {
        List<String> fonts = new ArrayList<>();
        for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
            org.apache.pdfbox.pdmodel.font.PDFont font = doc.getPage(0).getResources().getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
        }
        return fonts;
    }

    @Test
    void likelyDuplicatesAreSuggestedAndAMergeKeepsEveryAttendanceOfBoth() throws Exception {
        String u = unique();
        long first = body(postJson(officer, "/api/v1/people", """
                {"givenName": "José", "familyName": "O'Brien-%s", "sex": "MALE", "memberCode": "AUS",
                 "agency": "Australian Border Force", "agencyType": "IMMIGRATION_BORDER"}""".formatted(u))).get("id").asLong();
        long second = body(postJson(officer, "/api/v1/people", """
                {"givenName": "jose", "familyName": "  OBrien%s ", "sex": "MALE", "memberCode": "aus",
                 "agency": "australian border force.", "email": "jose.%s@example.org"}""".formatted(u, u))).get("id").asLong();
        long third = body(postJson(officer, "/api/v1/people", """
                {"givenName": "Joseph", "familyName": "Other%s", "sex": "MALE", "email": "JOSE.%s@EXAMPLE.ORG"}""".formatted(u, u)))
                .get("id").asLong();

        JsonNode dups = body(call(officer, get("/api/v1/people/" + second + "/duplicates")));
        assertThat(dups).hasSize(2);
        assertThat(dups.get(0).get("duplicate").get("id").asLong()).isEqualTo(first);
        assertThat(dups.get(0).get("reason").asString()).isEqualTo("NAME");
        assertThat(dups.get(1).get("duplicate").get("id").asLong()).isEqualTo(third);
        assertThat(dups.get(1).get("reason").asString()).isEqualTo("EMAIL");

        long e1 = newEvent(DeliveryFixtures.activity(db, "TRAINING"));
        long e2 = newEvent(DeliveryFixtures.activity(db, "WORKSHOP"));
        assertThat(postJson(officer, "/api/v1/events/" + e1 + "/attendances", "{\"personId\": " + first + ", \"preTest\": 10}").getStatus()).isEqualTo(201);
        assertThat(postJson(officer, "/api/v1/events/" + e1 + "/attendances", "{\"personId\": " + second + ", \"preTest\": 20}").getStatus()).isEqualTo(201);
        assertThat(postJson(officer, "/api/v1/events/" + e2 + "/attendances", "{\"personId\": " + second + ", \"role\": \"SPEAKER\"}").getStatus()).isEqualTo(201);
        assertThat(postJson(officer, "/api/v1/events/" + e2 + "/attendances", "{\"personId\": " + second + "}").getStatus()).isEqualTo(409);
        assertThat(postJson(officer, "/api/v1/events/" + e2 + "/attendances", "{\"personId\": " + third + ", \"satisfaction\": 6}").getStatus()).isEqualTo(422);

        assertThat(postJson(viewer, "/api/v1/people/merge", "{\"personId\": " + first + ", \"duplicateId\": " + second + "}").getStatus()).isEqualTo(403);
        MockHttpServletResponse merged = postJson(officer, "/api/v1/people/merge", "{\"personId\": " + first + ", \"duplicateId\": " + second + "}");
        assertThat(merged.getStatus()).as(merged.getContentAsString()).isEqualTo(200);
        JsonNode result = body(merged);
        assertThat(result.get("movedAttendances").asInt()).isEqualTo(1);
        assertThat(result.get("sharedEventIds").toString()).isEqualTo("[" + e1 + "]");
        assertThat(result.get("kept").get("attendances").asInt()).isEqualTo(2);

        List<Attendance> kept = people.attendances(first, true);
        assertThat(kept).extracting(Attendance::eventId).containsExactlyInAnyOrder(e1, e2);
        assertThat(kept.stream().filter(x -> x.eventId() == e1).findFirst().orElseThrow().preTest()).isEqualTo(10);
        assertThat(call(officer, get("/api/v1/people/" + second)).getStatus()).isEqualTo(404);
        assertThat(postJson(officer, "/api/v1/people/merge", "{\"personId\": " + first + ", \"duplicateId\": " + first + "}").getStatus()).isEqualTo(422);
    }

    @Test
    void badFilesAreRefusedWithABoundedReportAndNothingWritten() throws Exception {
        long event = newEvent(DeliveryFixtures.activity(db, "TRAINING"));
        String u = unique();

        MockHttpServletResponse missing = importCsv(event, "given_name,family_name\nA,B\n", true);
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString()).contains("Required columns are missing from the first row: sex, member, agency");

        JsonNode rows = body(importCsv(event, HEADER
                + "A,One" + u + ",FEMALE,XXX,Agency,LABOUR,,,PARTICIPANT,1,10,20,3\n"
                + "B,Two" + u + ",WOMAN,IDN,Agency,LABOUR,,b" + u + "@example.org,PARTICIPANT,1,10,20,3\n"
                + "C,Three" + u + ",MALE,IDN,Agency,LABOUR,,b" + u + "@example.org,PARTICIPANT,1,10,20,3\n"
                + "D,Four" + u + ",MALE,IDN,Agency,LABOUR,,,PARTICIPANT,1,-5,20,9\n", true));
        List<String> errors = new ArrayList<>();
        rows.get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("column").asString() + " " + e.get("message").asString()));
        assertThat(errors).containsExactly(
                "2 member \u201cXXX\u201d is not a Bali Process member code (ISO alpha-3 or IO code).",
                "3 sex \u201cWOMAN\u201d is not one of: FEMALE, MALE, OTHER, NOT_RECORDED.",
                "5 pre_test \u201c-5\u201d is not a whole number from 0 to 100.",
                "5 satisfaction \u201c9\u201d is not a whole number from 1 to 5.");

        // row 4 repeats row 3's person only once row 3 is valid
        JsonNode dup = body(importCsv(event, HEADER
                + "B,Two" + u + ",FEMALE,IDN,Agency,LABOUR,,b" + u + "@example.org,PARTICIPANT,1,10,20,3\n"
                + "C,Three" + u + ",MALE,IDN,Agency,LABOUR,,B" + u + "@example.org,PARTICIPANT,1,10,20,3\n", true));
        assertThat(dup.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(dup.get("errors").get(0).get("message").asString()).isEqualTo("The same person is already on row 2 of this file.");

        byte[] latin1 = (HEADER + "Jos\u00e9,Mart\u00ednez,MALE,IDN,Agency,LABOUR,,,PARTICIPANT,1,10,20,3\n").getBytes(StandardCharsets.ISO_8859_1);
        MockHttpServletResponse encoding = importFile(event, "latin1.csv", latin1, true);
        assertThat(encoding.getStatus()).isEqualTo(422);
        assertThat(encoding.getContentAsString()).contains("The file is not UTF-8 text");

        MockHttpServletResponse pdf = importFile(event, "attendances.pdf", HEADER.getBytes(StandardCharsets.UTF_8), true);
        assertThat(pdf.getStatus()).isEqualTo(422);
        assertThat(pdf.getContentAsString()).contains("Only CSV files (.csv) and Excel workbooks (.xlsx) can be imported.");

        MockHttpServletResponse fakeXlsx = importFile(event, "attendances.xlsx", HEADER.getBytes(StandardCharsets.UTF_8), true);
        assertThat(fakeXlsx.getStatus()).isEqualTo(422);
        assertThat(fakeXlsx.getContentAsString()).contains("is not a readable Excel workbook");

        MockHttpServletResponse bomb = importFile(event, "bomb.xlsx", Workbooks.zipBomb(), true);
        assertThat(bomb.getStatus()).isEqualTo(422);
        assertThat(bomb.getContentAsString()).contains("is not a readable Excel workbook");

        MockHttpServletResponse huge = importFile(event, "huge.xlsx", Workbooks.rows(1_000_000), true);
        assertThat(huge.getStatus()).as(huge.getContentAsString()).isEqualTo(422);
        assertThat(huge.getContentAsString()).contains("The file has more than 200000 rows");

        assertThat(events.get(event).attendances()).isZero();
    }

    @Test
    void anXlsxWorkbookIsImportedFromItsFirstSheet() throws Exception {
        long event = newEvent(DeliveryFixtures.activity(db, "TRAINING"));
        String u = unique();
        byte[] xlsx = Workbooks.of(List.of(
                List.of("Kanya", "Srisuk" + u, "FEMALE", "THA", "Department of Special Investigation", "POLICE_LAW_ENFORCEMENT", "", "", "PARTICIPANT", "2", "45", "80", "5"),
                List.of("Tariq", "Hassan" + u, "MALE", "PAK", "Federal Investigation Agency", "POLICE_LAW_ENFORCEMENT", "", "", "SPEAKER", "1", "", "", "")));
        MockHttpServletResponse r = importFile(event, "attendances.xlsx", xlsx, false);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat(body(r).get("newPeople").asLong()).isEqualTo(2);
        EventBreakdown b = events.breakdown(event);
        assertThat(b.attendances()).isEqualTo(2);
        assertThat(b.knowledgeGain()).isEqualByComparingTo("35.0");
    }
}
