package org.kinerja.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kinerja.exchange.csv.CsvReader;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The directory's lists as CSV and XLSX files: on the API ({@code ?format=csv|xlsx}) and from the list
 * pages' export links, with the lists' filters, and contacts' personal data only for the roles that may
 * see it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryExportTests {

    private static final String CSV = "text/csv;charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    MemberService members;
    @Autowired
    BodyService bodies;
    @Autowired
    PartnerService partners;
    @Autowired
    ForumService forums;
    @Autowired
    ContactService contacts;
    @Autowired
    CommitmentService commitments;

    private MockHttpServletResponse api(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(DirectoryTestUsers.user(users, role), DirectoryTestUsers.PASSWORD)))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse page(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(details.loadUserByUsername(DirectoryTestUsers.user(users, role)))))
                .andReturn().getResponse();
    }

    private static PageQuery one() {
        return PageQuery.of(0, 1);
    }

    private static List<List<String>> csv(MockHttpServletResponse response) throws Exception {
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).as("byte order mark").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            List<String> record;
            while ((record = reader.next()) != null) {
                records.add(record);
            }
        }
        return records;
    }

    private static XSSFSheet sheet(MockHttpServletResponse response) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray())).getSheetAt(0);
    }

    private static void assertFile(MockHttpServletResponse response, String contentType, String name, String extension) {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(contentType);
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + name + "-" + LocalDate.now() + "." + extension + "\"");
    }

    private Member aMemberNamed(String name) {
        return members.create(new MemberInput(DirectoryTestUsers.uniqueCode(), name,
                MemberKind.OBSERVER_ORGANISATION, List.of(), "", "", null));
    }

    @Test
    void membersCsvHasTheHeaderAndOneRecordPerMemberOfTheList() throws Exception {
        long total = members.list(MemberFilter.all(), one()).total();
        MockHttpServletResponse response = api(Role.VIEWER, get("/api/v1/members").param("format", "csv"));

        assertFile(response, CSV, "members", "csv");
        List<List<String>> records = csv(response);
        assertThat(records.get(0)).containsExactly("Code", "Name", "Kind", "ISO alpha-2", "Roles", "Notes", "Sources");
        // 42 states, 3 territories, 4 organisations and 5 observer states ship; other tests may add more
        assertThat(total).isGreaterThanOrEqualTo(54);
        assertThat(records).hasSize((int) total + 1);
        assertThat(records).anySatisfy(r -> assertThat(r.subList(0, 3)).containsExactly("IDN", "Indonesia", "STATE"));
    }

    @Test
    void membersExportKeepsTheFiltersOfTheList() throws Exception {
        MockHttpServletResponse response = api(Role.VIEWER,
                get("/api/v1/members").param("format", "csv").param("kind", "TERRITORY"));

        List<List<String>> records = csv(response);
        long total = members.list(new MemberFilter(null, MemberKind.TERRITORY, null, null), one()).total();
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(records).hasSize((int) total + 1);
        assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.get(2)).isEqualTo("TERRITORY"));
    }

    @Test
    void aMemberNameLookingLikeAFormulaIsEscapedInCsvAndXlsx() throws Exception {
        Member m = aMemberNamed("=HYPERLINK(\"http://evil.example\")");

        List<List<String>> records = csv(api(Role.VIEWER,
                get("/api/v1/members").param("format", "csv").param("q", m.code())));
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo(m.code());
        assertThat(records.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\")");

        MockHttpServletResponse xlsx = page(Role.VIEWER, get("/directory/members/export.xlsx").param("q", m.code()));
        assertFile(xlsx, XLSX, "members", "xlsx");
        XSSFSheet sheet = sheet(xlsx);
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    }

    @Test
    void everyListExportsAsCsvOnTheApiWithOneRecordPerRowOfTheList() throws Exception {
        assertThat(csv(ok(api(Role.VIEWER, get("/api/v1/bodies").param("format", "csv")), "bodies", "csv")))
                .hasSize((int) bodies.list(BodyFilter.all(), one()).total() + 1);
        assertThat(csv(ok(api(Role.VIEWER, get("/api/v1/partners").param("format", "csv")), "partners", "csv")))
                .hasSize((int) partners.list(PartnerFilter.all(), one()).total() + 1);
        assertThat(csv(ok(api(Role.VIEWER, get("/api/v1/forums").param("format", "csv")), "forums", "csv")))
                .hasSize((int) forums.list(ForumFilter.all(), one()).total() + 1);
        assertThat(csv(ok(api(Role.VIEWER, get("/api/v1/contacts").param("format", "csv")), "contacts", "csv")))
                .hasSize((int) contacts.list(ContactFilter.all(), one(), false).total() + 1);
        List<List<String>> commitmentRecords = csv(ok(api(Role.VIEWER,
                get("/api/v1/commitments").param("format", "csv")), "commitments", "csv"));
        long commitmentTotal = commitments.list(CommitmentFilter.all(), one()).total();
        assertThat(commitmentTotal).isGreaterThanOrEqualTo(43);
        assertThat(commitmentRecords).hasSize((int) commitmentTotal + 1);
        assertThat(commitmentRecords.get(0)).containsExactly("Year", "Source document", "Reference", "Text", "Source",
                "Purposes");
    }

    private static MockHttpServletResponse ok(MockHttpServletResponse response, String name, String extension) {
        assertFile(response, "csv".equals(extension) ? CSV : XLSX, name, extension);
        return response;
    }

    @Test
    void everyListPageExportsAsXlsxThatPoiReadsBack() throws Exception {
        assertThat(sheet(ok(page(Role.VIEWER, get("/directory/members/export.xlsx")), "members", "xlsx"))
                .getLastRowNum()).isEqualTo(members.list(MemberFilter.all(), one()).total());
        assertThat(sheet(ok(page(Role.VIEWER, get("/directory/bodies/export.xlsx")), "bodies", "xlsx"))
                .getLastRowNum()).isEqualTo(bodies.list(BodyFilter.all(), one()).total());
        assertThat(sheet(ok(page(Role.VIEWER, get("/directory/partners/export.xlsx")), "partners", "xlsx"))
                .getLastRowNum()).isEqualTo(partners.list(PartnerFilter.all(), one()).total());
        XSSFSheet forumSheet = sheet(ok(page(Role.VIEWER, get("/directory/forums/export.xlsx")), "forums", "xlsx"));
        assertThat(forumSheet.getLastRowNum()).isEqualTo(forums.list(ForumFilter.all(), one()).total());
        assertThat(forumSheet.getSheetName()).isEqualTo("Forums");
        assertThat(sheet(ok(page(Role.VIEWER, get("/directory/contacts/export.xlsx")), "contacts", "xlsx"))
                .getLastRowNum()).isEqualTo(contacts.list(ContactFilter.all(), one(), false).total());
        XSSFSheet commitmentSheet = sheet(ok(page(Role.VIEWER, get("/directory/commitments/export.xlsx")),
                "commitments", "xlsx"));
        assertThat(commitmentSheet.getLastRowNum()).isEqualTo(commitments.list(CommitmentFilter.all(), one()).total());
        assertThat(commitmentSheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @Test
    void theListPagesLinkToTheirExportsWithTheirFilters() throws Exception {
        String html = page(Role.VIEWER, get("/directory/members").param("kind", "TERRITORY").param("sort", "-code"))
                .getContentAsString();
        assertThat(html).contains("href=\"/directory/members/export.csv?kind=TERRITORY&amp;sort=-code\"")
                .contains("href=\"/directory/members/export.xlsx?kind=TERRITORY&amp;sort=-code\"");

        List<List<String>> records = csv(page(Role.VIEWER,
                get("/directory/members/export.csv").param("kind", "TERRITORY").param("sort", "-code")));
        long total = members.list(new MemberFilter(null, MemberKind.TERRITORY, null, null), one()).total();
        assertThat(records).hasSize((int) total + 1);
        assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.get(2)).isEqualTo("TERRITORY"));

        String fragment = mvc.perform(get("/directory/partners").param("type", "TRAINING_INSTITUTION")
                        .header("HX-Request", "true")
                        .with(user(details.loadUserByUsername(DirectoryTestUsers.user(users, Role.VIEWER)))))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("href=\"/directory/partners/export.xlsx?type=TRAINING_INSTITUTION\"");
    }

    @Test
    void aViewersContactsExportHasNoEmailOrPhoneColumn() throws Exception {
        Member m = aMemberNamed(DirectoryTestUsers.unique("Export org"));
        contacts.create(new ContactInput("Bima Export", "Officer", m.code(), null, null, null,
                "bima.export@example.org", "+62 21 555 0101", true, null));

        MockHttpServletResponse viewer = api(Role.VIEWER,
                get("/api/v1/contacts").param("format", "csv").param("member", m.code()));
        assertFile(viewer, CSV, "contacts", "csv");
        List<List<String>> records = csv(viewer);
        assertThat(records.get(0)).containsExactly("Name", "Title or position", "Belongs to", "Organisation",
                "Focal point");
        assertThat(records).hasSize(2);
        assertThat(records.get(1)).containsExactly("Bima Export", "Officer", "MEMBER", m.code(), "true");
        assertThat(viewer.getContentAsString()).doesNotContain("bima.export@example.org").doesNotContain("555 0101");

        String pageCsv = page(Role.MEMBER_FOCAL_POINT, get("/directory/contacts/export.csv").param("q", "Bima Export"))
                .getContentAsString();
        assertThat(pageCsv).doesNotContain("E-mail").doesNotContain("bima.export@example.org");

        List<List<String>> officer = csv(api(Role.PROGRAMME_OFFICER,
                get("/api/v1/contacts").param("format", "csv").param("member", m.code())));
        assertThat(officer.get(0)).containsExactly("Name", "Title or position", "Belongs to", "Organisation",
                "E-mail", "Phone", "Focal point");
        assertThat(officer.get(1)).containsExactly("Bima Export", "Officer", "MEMBER", m.code(),
                "bima.export@example.org", "'+62 21 555 0101", "true");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheParameter() throws Exception {
        MockHttpServletResponse response = api(Role.VIEWER, get("/api/v1/forums").param("format", "pdf"));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"field\":\"format\"");
    }
}
