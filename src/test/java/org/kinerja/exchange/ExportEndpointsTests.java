package org.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kinerja.exchange.csv.CsvReader;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.PageQuery;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The lists that export through exchange: users, the audit trail and plans, on the API
 * ({@code ?format=csv|xlsx}) and from their pages' export links.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExportEndpointsTests {

    private static final String CSV = "text/csv;charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    PlanService plans;
    @Autowired
    UserDetailsService details;

    private MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(Users.ADMIN_EMAIL, Users.ADMIN_PASSWORD))).andReturn().getResponse();
    }

    private MockHttpServletResponse asPage(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(details.loadUserByUsername(email)))).andReturn().getResponse();
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

    private List<UserAccount> threeUsers(String tag) {
        List<UserAccount> created = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            created.add(Users.aUser(users).named("Exporter " + tag + " " + i).withRole(Role.MEL_OFFICER).create());
        }
        return created;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void usersExportAsCsvHasTheHeaderAndOneRecordPerUserMatchingTheFilters() throws Exception {
        String tag = tag();
        List<UserAccount> created = threeUsers(tag);

        MockHttpServletResponse response = asAdmin(get("/api/v1/users").param("format", "csv").param("q", tag));

        assertFile(response, CSV, "users", "csv");
        List<List<String>> records = csv(response);
        assertThat(records).hasSize(4);
        assertThat(records.get(0)).containsExactly("Id", "E-mail", "Name", "Roles", "Member", "Language", "Active",
                "Must change password", "Created", "Updated");
        assertThat(records.get(1)).startsWith(String.valueOf(created.get(0).id()), created.get(0).email(),
                "Exporter " + tag + " 1", "MEL_OFFICER", "", "en", "true", "false");
    }

    @Test
    void usersExportAsXlsxKeepsNumbersNumeric() throws Exception {
        String tag = tag();
        List<UserAccount> created = threeUsers(tag);

        MockHttpServletResponse response = asAdmin(get("/api/v1/users").param("format", "XLSX").param("q", tag));

        assertFile(response, XLSX, "users", "xlsx");
        XSSFSheet sheet = sheet(response);
        assertThat(sheet.getSheetName()).isEqualTo("Users");
        assertThat(sheet.getLastRowNum()).isEqualTo(3);
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat((long) sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(created.get(0).id());
        assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.BOOLEAN);
    }

    @Test
    void aFormulaTypedAsANameIsExportedAsEscapedText() throws Exception {
        String tag = tag();
        Users.aUser(users).named("=HYPERLINK(\"http://evil.example\",\"" + tag + "\")").create();

        List<List<String>> records = csv(asAdmin(get("/api/v1/users").param("format", "csv").param("q", tag)));
        assertThat(records.get(1).get(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"" + tag + "\")");

        XSSFSheet sheet = sheet(asAdmin(get("/api/v1/users").param("format", "xlsx").param("q", tag)));
        assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).startsWith("'=HYPERLINK(");
    }

    @Test
    void aViewerMayNotExportUsers() throws Exception {
        UserAccount viewer = Users.aUser(users).withRole(Role.VIEWER).create();

        MockHttpServletResponse api = mvc.perform(get("/api/v1/users").param("format", "csv")
                .with(httpBasic(viewer.email(), Users.PASSWORD))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(403);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getHeader("Content-Disposition")).isNull();

        assertThat(asPage(viewer.email(), get("/admin/users/export.csv")).getStatus()).isEqualTo(403);
    }

    @Test
    void anUnknownFormatIs400NamingTheField() throws Exception {
        MockHttpServletResponse response = asAdmin(get("/api/v1/users").param("format", "pdf"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"detail\":\"Unknown export format \\\"pdf\\\": use csv or xlsx.\"")
                .contains("\"field\":\"format\"");
        assertThat(response.getHeader("Content-Disposition")).isNull();
    }

    @Test
    void theUsersPageLinksToItsExportsWithItsFilters() throws Exception {
        String tag = tag();
        threeUsers(tag);

        String page = asPage(Users.ADMIN_EMAIL, get("/admin/users").param("q", tag).param("role", "MEL_OFFICER"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/admin/users/export.csv?q=" + tag + "&amp;role=MEL_OFFICER\"")
                .contains("href=\"/admin/users/export.xlsx?q=" + tag + "&amp;role=MEL_OFFICER\"");

        MockHttpServletResponse file = asPage(Users.ADMIN_EMAIL, get("/admin/users/export.csv").param("q", tag)
                .param("role", "MEL_OFFICER"));
        assertFile(file, CSV, "users", "csv");
        assertThat(csv(file)).hasSize(4);

        MockHttpServletResponse workbook = asPage(Users.ADMIN_EMAIL, get("/admin/users/export.xlsx").param("q", tag));
        assertFile(workbook, XLSX, "users", "xlsx");
        assertThat(sheet(workbook).getLastRowNum()).isEqualTo(3);
    }

    @Test
    void auditExportHasTheEntriesOfTheFilters() throws Exception {
        UserAccount created = Users.aUser(users).named("Audited Person").create();

        MockHttpServletResponse response = asAdmin(get("/api/v1/audit").param("format", "csv")
                .param("entityType", "User").param("entityId", String.valueOf(created.id())));

        assertFile(response, CSV, "audit", "csv");
        List<List<String>> records = csv(response);
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).containsExactly("Id", "Time", "Who", "User id", "Action", "Record type",
                "Record id", "Changes", "Network address");
        assertThat(records.get(1).subList(4, 7)).containsExactly("CREATE", "User", String.valueOf(created.id()));
        assertThat(records.get(1).get(7)).contains("\"displayName\":{\"before\":null,\"after\":\"Audited Person\"}");

        MockHttpServletResponse page = asPage(Users.ADMIN_EMAIL, get("/admin/audit/export.xlsx")
                .param("entityType", "User").param("entityId", String.valueOf(created.id())));
        assertFile(page, XLSX, "audit", "xlsx");
        XSSFSheet sheet = sheet(page);
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("CREATE");
    }

    @Test
    void auditExportRefusesFiltersItDoesNotUnderstand() throws Exception {
        MockHttpServletResponse api = asAdmin(get("/api/v1/audit").param("format", "csv").param("from", "yesterday"));
        assertThat(api.getStatus()).isEqualTo(422);
        assertThat(api.getContentAsString()).contains("\"field\":\"from\"");

        assertThat(asPage(Users.ADMIN_EMAIL, get("/admin/audit/export.csv").param("from", "yesterday")).getStatus())
                .isEqualTo(400);
    }

    @Test
    void theAuditPageLinksToItsExportsWithItsFilters() throws Exception {
        String page = asPage(Users.ADMIN_EMAIL, get("/admin/audit").param("entityType", "User"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/admin/audit/export.csv?entityType=User\"")
                .contains("href=\"/admin/audit/export.xlsx?entityType=User\"");
    }

    @Test
    void everyoneSignedInExportsThePlans() throws Exception {
        UserAccount viewer = Users.aUser(users).withRole(Role.VIEWER).create();
        long total = plans.list(null, PageQuery.of(0, 10)).total();

        MockHttpServletResponse response = mvc.perform(get("/api/v1/plans").param("format", "csv")
                .with(httpBasic(viewer.email(), Users.PASSWORD))).andReturn().getResponse();

        assertFile(response, CSV, "plans", "csv");
        List<List<String>> records = csv(response);
        assertThat(records).hasSize((int) total + 1);
        assertThat(records.get(0)).containsExactly("Code", "Title", "First year", "Last year", "Version");
        assertThat(records).anySatisfy(r -> assertThat(r.subList(0, 1)).containsExactly("SP-2021-22"));
        assertThat(records).filteredOn(r -> r.get(0).equals("SP-2021-22"))
                .singleElement().satisfies(r -> assertThat(r.subList(2, 4)).containsExactly("2021", "2022"));

        MockHttpServletResponse page = asPage(viewer.email(), get("/plans/export.xlsx"));
        assertFile(page, XLSX, "plans", "xlsx");
        assertThat(sheet(page).getLastRowNum()).isEqualTo((int) total);
        assertThat(asPage(viewer.email(), get("/plans")).getContentAsString()).contains("href=\"/plans/export.csv\"");
    }
}
