package org.kinerja.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kinerja.exchange.csv.CsvReader;
import org.kinerja.identity.Role;
import org.kinerja.workplan.internal.ActivityRow;
import org.kinerja.workplan.internal.MoneyTotal;
import org.kinerja.workplan.internal.PurposeGroup;
import org.kinerja.workplan.internal.WorkPlanActivities;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The work plan's activities page, its exports and the data behind them: activities grouped by purpose, counted
 * and budgeted per currency, filtered by the parameters in the address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkPlanViewsTests extends ViewTestSupport {

    private String activitiesPage(String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/workplans/" + data.workPlanId());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = page(Role.VIEWER, request);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static List<String> codes(String html) {
        return all(html, "<tr class=\"activity-row\" data-code=\"([^\"]+)\"");
    }

    private static MoneyTotal money(String currency, String budget, String expenditure) {
        return new MoneyTotal(currency, budget == null ? null : new BigDecimal(budget),
                expenditure == null ? null : new BigDecimal(expenditure));
    }

    @Test
    void groupsTheActivitiesByPurposeWithCountsAndBudgetsPerCurrency() {
        WorkPlanActivities result = views.activities(data.workPlanId(), ActivityFilter.all());

        assertThat(result.groups()).extracting(PurposeGroup::number).containsExactly(1, 2, 3, 4);
        assertThat(result.groups()).extracting(PurposeGroup::title).containsExactly("Responsive to Bali Process Members and Working Groups",
                "Operational Capacity Building", "Policy Development and Promotion of Best Practice",
                "Outreach, Engagement and Advocacy");
        assertThat(result.groups()).extracting(PurposeGroup::count).containsExactly(3L, 2L, 0L, 1L);
        assertThat(result.groups().get(0).activities()).extracting(ActivityRow::code)
                .containsExactly("2031-P1-01", "2031-P1-02", "2031-P1-03");
        assertThat(result.groups().get(1).activities()).extracting(ActivityRow::code)
                .containsExactly("2031-P2-01", "2031-P2-02");
        assertThat(result.groups().get(3).activities()).extracting(ActivityRow::code).containsExactly("2031-P4-01");
        assertThat(result.groups().get(0).totals()).containsExactly(money("AUD", "15000.50", "2500.00"),
                money("USD", "20000.00", "19999.99"));
        assertThat(result.groups().get(1).totals()).containsExactly(money("USD", "7000.00", null));
        assertThat(result.groups().get(2).totals()).isEmpty();
        assertThat(result.groups().get(3).totals()).containsExactly(money("AUD", "1200.00", null));
        assertThat(result.count()).isEqualTo(6);
        assertThat(result.totals()).containsExactly(money("AUD", "16200.50", "2500.00"),
                money("USD", "27000.00", "19999.99"));
        ActivityRow workshop = result.groups().get(0).activities().get(0);
        assertThat(workshop.leadOfficer()).isEqualTo("Ana Example");
        assertThat(workshop.partners()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("IOM");
            assertThat(p.role()).isEqualTo(PartnerRole.LEAD);
            assertThat(p.sharePercent()).isEqualByComparingTo("60");
        });
        assertThat(workshop.countryCodes()).containsExactly("IDN");
        assertThat(workshop.listedInPlan()).isTrue();
    }

    @Test
    void theTotalsFollowTheFilter() {
        WorkPlanActivities result = views.activities(data.workPlanId(),
                new ActivityFilter(null, null, null, null, null, "IDN", null));

        assertThat(result.count()).isEqualTo(2);
        assertThat(result.totals()).containsExactly(money("AUD", "10000.00", "2500.00"), money("USD", "7000.00", null));
        assertThat(result.groups()).extracting(PurposeGroup::count).containsExactly(1L, 1L, 0L, 0L);
    }

    @Test
    void thePageShowsEachPurposeWithItsCountAndBudgetAndThePlanTotalsPerCurrency() throws Exception {
        String html = activitiesPage();

        assertThat(codes(html)).containsExactly("2031-P1-01", "2031-P1-02", "2031-P1-03", "2031-P2-01", "2031-P2-02",
                "2031-P4-01");
        assertThat(html).contains("<p id=\"plan-count\">6 activities</p>");
        assertThat(html).contains("Budget AUD 16,200.50, spent AUD 2,500.00")
                .contains("Budget USD 27,000.00, spent USD 19,999.99");
        assertThat(html).contains("Purpose 1: Responsive to Bali Process Members and Working Groups").contains("Budget AUD 15,000.50, spent AUD 2,500.00")
                .contains("Budget USD 20,000.00, spent USD 19,999.99").contains("Budget USD 7,000.00")
                .contains("Purpose 3: Policy Development and Promotion of Best Practice")
                .contains("No activities of this purpose match.");
        assertThat(html).contains("<a class=\"code\" href=\"/activities/" + data.workshop() + "\">2031-P1-01</a>");
        assertThat(html).contains("IOM (Lead, 60 %)").contains("UNHCR (Co-delivery, 40 %)");
        assertThat(html).contains("Mar 2031 – May 2031").contains("Oct 2031").contains("Ana Example");
        assertThat(html).contains("AUD 10,000.00").contains("AUD 2,500.00");
        assertThat(html.split("class=\"tag listed-in-plan\"", -1)).hasSize(2);
    }

    @Test
    void eachFilterNarrowsTheActivitiesAndStaysInTheForm() throws Exception {
        assertThat(codes(activitiesPage("purpose", "2"))).containsExactly("2031-P2-01", "2031-P2-02");
        assertThat(codes(activitiesPage("status", "COMPLETED"))).containsExactly("2031-P1-03");
        assertThat(codes(activitiesPage("type", "WORKSHOP"))).containsExactly("2031-P1-01");
        assertThat(codes(activitiesPage("partner", String.valueOf(data.unhcr())))).containsExactly("2031-P1-03");
        assertThat(codes(activitiesPage("country", "IDN"))).containsExactly("2031-P1-01", "2031-P2-01");
        assertThat(codes(activitiesPage("officer", String.valueOf(data.officerOne()))))
                .containsExactly("2031-P1-01", "2031-P1-03");
        assertThat(codes(activitiesPage("country", "IDN", "status", "CANCELLED"))).containsExactly("2031-P2-01");

        String html = activitiesPage("purpose", "2", "country", "IDN");
        assertThat(html).contains("<option value=\"2\" selected>2 – Operational Capacity Building</option>");
        assertThat(html).contains("<option value=\"IDN\" selected>Indonesia</option>");
        assertThat(html).contains("<option value=\"" + data.officerOne() + "\">Ana Example</option>");
        assertThat(html).contains("href=\"/workplans/" + data.workPlanId() + "/export.csv?purpose=2&amp;country=IDN\"");
        assertThat(html).contains("href=\"/workplans/" + data.workPlanId() + "/timeline?purpose=2&amp;country=IDN\"");
        assertThat(html).doesNotContain("id=\"purpose-1\"");
    }

    @Test
    void anUnreadableFilterIsRefusedWith400NamingTheFieldAndNothingIsListed() throws Exception {
        for (String[] param : new String[][] {{"status", "FINISHED"}, {"purpose", "two"}, {"country", "Indonesia"},
                {"partner", "-1"}, {"officer", "x"}, {"type", "PARTY"}}) {
            MockHttpServletResponse response = page(Role.VIEWER,
                    get("/workplans/" + data.workPlanId()).param(param[0], param[1]));
            assertThat(response.getStatus()).as(param[0]).isEqualTo(400);
            assertThat(response.getContentAsString()).as(param[0])
                    .contains("<span class=\"error\" id=\"" + param[0] + "-error\">“" + param[1]
                            + "” is not a value this filter knows.</span>")
                    .contains("aria-describedby=\"" + param[0] + "-error\"")
                    .contains("id=\"filter-errors\"");
            assertThat(codes(response.getContentAsString())).as(param[0]).isEmpty();
        }
        MockHttpServletResponse timeline = page(Role.VIEWER,
                get("/workplans/" + data.workPlanId() + "/timeline").param("status", "FINISHED"));
        assertThat(timeline.getStatus()).isEqualTo(400);
        assertThat(timeline.getContentAsString()).contains("id=\"status-error\"").doesNotContain("<svg id=\"timeline\"");
        assertThat(page(Role.VIEWER, get("/workplans/" + data.workPlanId() + "/export.csv").param("type", "PARTY"))
                .getStatus()).isEqualTo(400);
        assertThat(page(Role.VIEWER, get("/workplans/999999")).getStatus()).isEqualTo(404);
    }

    @Test
    void htmxGetsTheResultsAloneAndABrowserTheWholePage() throws Exception {
        MockHttpServletResponse fragment = page(Role.VIEWER,
                get("/workplans/" + data.workPlanId()).param("type", "WORKSHOP").header("HX-Request", "true"));
        MockHttpServletResponse full = page(Role.VIEWER, get("/workplans/" + data.workPlanId()).param("type", "WORKSHOP"));

        assertThat(fragment.getContentAsString()).doesNotContain("<html").doesNotContain("<form")
                .contains("<p id=\"plan-count\">1 activities</p>");
        assertThat(codes(fragment.getContentAsString())).containsExactly("2031-P1-01");
        assertThat(full.getContentAsString()).startsWith("<!DOCTYPE html>").contains("<form method=\"get\"")
                .contains("hx-push-url=\"true\"").contains("id=\"workplan-results\"");
        assertThat(fragment.getHeader("Vary")).contains("HX-Request");
    }

    @Test
    void viewersReadMemberFocalPointsAreRefusedAndOnlyWritersSeeNewActivity() throws Exception {
        String path = "/workplans/" + data.workPlanId();
        MockHttpServletResponse viewer = page(Role.VIEWER, get(path));
        MockHttpServletResponse officer = page(Role.PROGRAMME_OFFICER, get(path));

        assertThat(viewer.getStatus()).isEqualTo(200);
        assertThat(viewer.getContentAsString()).doesNotContain("id=\"new-activity\"");
        assertThat(officer.getContentAsString())
                .contains("href=\"/activities/new?workplan=" + data.workPlanId() + "\"");
        // an approved plan takes no new activity outside a revision: the page does not offer one
        db.update(org.kinerja.workplan.db.Tables.WORK_PLAN).set(org.kinerja.workplan.db.Tables.WORK_PLAN.STATUS, "APPROVED")
                .where(org.kinerja.workplan.db.Tables.WORK_PLAN.ID.eq(data.workPlanId())).execute();
        assertThat(page(Role.PROGRAMME_OFFICER, get(path)).getContentAsString()).doesNotContain("id=\"new-activity\"");
        for (String p : new String[] {path, path + "/timeline", path + "/export.csv"}) {
            assertThat(page(Role.MEMBER_FOCAL_POINT, get(p)).getStatus()).as(p).isEqualTo(403);
            assertThat(page(Role.MEL_OFFICER, get(p)).getStatus()).as(p).isEqualTo(200);
        }
    }

    @Test
    void theCsvExportHasOneRecordPerFilteredActivity() throws Exception {
        MockHttpServletResponse response = page(Role.VIEWER,
                get("/workplans/" + data.workPlanId() + "/export.csv").param("purpose", "1"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"workplan-2031-activities-" + LocalDate.now() + ".csv\"");
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<String> record;
            while ((record = reader.next()) != null) {
                records.add(record);
            }
        }
        assertThat(records.get(0)).containsExactly("Code", "Title", "Purpose", "Type", "Status", "Lead officer",
                "Partners", "Countries", "Planned start", "Planned end", "Actual start", "Actual end", "Budget",
                "Currency", "Expenditure", "Listed in the Strategic Plan");
        assertThat(records).hasSize(4);
        assertThat(records.get(1)).containsExactly("2031-P1-01", "Border workshop", "1", "WORKSHOP", "PLANNED",
                "Ana Example", "IOM (LEAD 60%)", "IDN", "2031-03-01", "2031-05-01", "2031-03-10", "2031-03-12",
                "10000.00", "AUD", "2500.00", "true");
        assertThat(records.get(3)).containsExactly("2031-P1-03", "Regional conference", "1", "CONFERENCE", "COMPLETED",
                "Ana Example", "UNHCR (CO_DELIVERY 40%)", "", "2031-10-01", "2031-10-01", "", "", "20000.00", "USD",
                "19999.99", "false");
    }

    @Test
    void theXlsxExportReopensWithTheFilteredActivitiesAsNumbersAndDates() throws Exception {
        MockHttpServletResponse response = page(Role.VIEWER,
                get("/workplans/" + data.workPlanId() + "/export.xlsx").param("country", "IDN"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Activities");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2031-P1-01");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2031, 3, 1));
            assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(10000.0);
            assertThat(first.getCell(14).getNumericCellValue()).isEqualTo(2500.0);
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("2031-P2-01");
            assertThat(second.getCell(4).getStringCellValue()).isEqualTo("CANCELLED");
            assertThat(second.getCell(12).getNumericCellValue()).isEqualTo(7000.0);
            assertThat(second.getCell(13).getStringCellValue()).isEqualTo("USD");
        }
    }
}
