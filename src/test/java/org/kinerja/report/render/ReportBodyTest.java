package org.kinerja.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;
import org.kinerja.report.ReportData;
import org.kinerja.shared.web.UiFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;

/** The report's web page body ({@code report/body.jte}), rendered through the application's jte engine. */
@SpringBootTest
class ReportBodyTest {

    @Autowired
    TemplateEngine templates;

    @Autowired
    UiFactory uiFactory;

    @Test
    void everySectionIsThereInOrderAndFiguresLinkToTheirRecords() {
        String html = body(ReportFixture.internal());
        assertThat(html).containsSubsequence("Annual Performance Report 2098", "Contents", "Co-Managers' foreword",
                "The year at a glance", "Delivery against the work plan by purpose",
                "Purpose 1: Support to Members &amp; Working Groups", "Requests and responsiveness",
                "Purpose 2: Capacity building for practitioners", "Events and people trained",
                "Purpose 3: Knowledge and research", "Knowledge products", "Purpose 4: Engagement with external forums",
                "Engagements by forum", "Guiding principles", "Members engaged", "Partners",
                "Budget and expenditure by purpose", "Annex", "Activity list", "Indicator data",
                "Definitions of the computed indicators", "Data timestamp");
        assertThat(html).contains("<a href=\"/figures/PEOPLE_TRAINED?plan=TEST-2098&amp;period=2098\">18</a>");
        // activities completed are the year's activities whose status is COMPLETED
        assertThat(html).contains(figureLink("ACTIVITIES_PLANNED", "TEST-2098", "2098&amp;purpose=1", "ACTIVITY_STATUS",
                "COMPLETED", "1")).doesNotContain("/figures/ACTIVITIES_COMPLETED?");
        assertThat(html).contains(
                "<a href=\"/figures/PEOPLE_TRAINED?plan=TEST-2098&amp;period=2098&amp;by=SEX&amp;key=FEMALE\">3</a>");
        assertThat(html).contains("<a href=\"/figures/ENGAGEMENTS?plan=TEST-2098&amp;period=2098&amp;by=FORUM&amp;key=701\">2</a>");
        // activities by status link to the planned activities of that status, of the year and of one purpose
        assertThat(html).contains("<a href=\"/figures/ACTIVITIES_PLANNED?plan=TEST-2098&amp;period=2098"
                + "&amp;by=ACTIVITY_STATUS&amp;key=CANCELLED\">1</a>");
        assertThat(html).contains("<a href=\"/figures/ACTIVITIES_PLANNED?plan=TEST-2098&amp;period=2098&amp;purpose=2"
                + "&amp;by=ACTIVITY_STATUS&amp;key=POSTPONED\">1</a>");
        // gender marker lines link to the planned activities of that marker, request lines to the requests of that
        // type or requester
        assertThat(html).contains(figureLink("ACTIVITIES_PLANNED", "TEST-2098", "2098", "GENDER_MARKER", "2", "3"),
                figureLink("ACTIVITIES_PLANNED", "TEST-2098", "2098", "GENDER_MARKER", "NOT_RATED", "1"),
                figureLink("REQUESTS_RECEIVED", "TEST-2098", "2098", "REQUEST_TYPE", "TECHNICAL_ASSISTANCE", "4"),
                figureLink("REQUESTS_RECEIVED", "TEST-2098", "2098", "REQUESTER", "IDN", "5"),
                figureLink("REQUESTS_RECEIVED", "TEST-2098", "2098", "REQUESTER", "BODY-9", "2"));
        // the budget in a second currency: the year's activities budgeted in it
        assertThat(html).contains("<a href=\"/figures/ACTIVITIES_PLANNED?plan=TEST-2098&amp;period=2098&amp;by=CURRENCY"
                + "&amp;key=AUD\">1,000.00</a>");
        // open and overdue requests: the register as of the period's end (the report was read on its last day)
        assertThat(html).contains("<a href=\"/requests?openOn=2098-12-31\">2</a>")
                .contains("<a href=\"/requests?openOn=2098-12-31&amp;dueBefore=2098-12-31\">1</a>");
        assertThat(html).contains("<a href=\"/activities/21\">A2.1</a>").contains("<a href=\"/events/501\">")
                .contains("<a href=\"/knowledge/601\">").contains("<a href=\"/directory/partners/801\">");
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\"");
    }

    @Test
    void userTextIsEscaped() {
        String html = body(ReportFixture.internal());
        assertThat(html).doesNotContain("<script>")
                .contains("Knowledge and research &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .contains("Nguyễn Thị Lan").contains("محمد");
    }

    @Test
    void aPublicReportShowsSuppressedCountsAsLessThanFive() {
        String html = body(ReportFixture.publicReport());
        assertThat(html).contains(
                "<a href=\"/figures/PEOPLE_TRAINED?plan=TEST-2098&amp;period=2098&amp;by=SEX&amp;key=FEMALE\">&lt;5</a>");
        assertThat(html).contains(
                "<a href=\"/figures/PEOPLE_TRAINED?plan=TEST-2098&amp;period=2098&amp;by=MEMBER&amp;key=VNM\">&lt;5</a>");
        assertThat(html).contains("Counts from 1 to 4 are shown as &lt;5 to protect the people counted.");
    }

    @Test
    void anInternalReportShowsAnAbsentCountAsADash() {
        ReportData r = ReportFixture.internal();
        assertThat(new FigureFormat(r.suppressedBelow()).count(null)).isEqualTo("—");
        assertThat(new FigureFormat(5).count(null)).isEqualTo("<5");
        assertThat(new FigureFormat(null).count(1234L)).isEqualTo("1,234");
    }

    @Test
    void aSemiAnnualReportLinksToItsHalfAndTheWorkPlansCountsToTheYear() {
        ReportData half = ReportFixture.firstHalf();
        assertThat(ReportLinks.of(half).figure("PEOPLE_TRAINED", 2))
                .isEqualTo("/figures/PEOPLE_TRAINED?plan=SP%202098%2F99&period=2098-H1&purpose=2");
        String html = body(half);
        assertThat(html).contains("Semi-annual Performance Report 2098, first half");
        assertThat(html).contains(figureLink("REQUESTS_RECEIVED", "SP%202098%2F99", "2098-H1", "REQUEST_TYPE", "RESEARCH", "3"));
        // what the report counts of the year's work plan as it stands, whatever the half, lists the year: the
        // activities planned, by status and by gender marker, and the budget
        assertThat(html).contains(figureLink("ACTIVITIES_PLANNED", "SP%202098%2F99", "2098", "GENDER_MARKER", "0", "2"),
                figureLink("ACTIVITIES_PLANNED", "SP%202098%2F99", "2098&amp;purpose=2", "ACTIVITY_STATUS", "POSTPONED", "1"),
                "<a href=\"/figures/ACTIVITIES_PLANNED?plan=SP%202098%2F99&amp;period=2098\">5</a>",
                "<a href=\"/figures/BUDGET_EXECUTION?plan=SP%202098%2F99&amp;period=2098&amp;purpose=1\">")
                .doesNotContain("/figures/ACTIVITIES_PLANNED?plan=SP%202098%2F99&amp;period=2098-H1")
                .doesNotContain("/figures/BUDGET_EXECUTION?plan=SP%202098%2F99&amp;period=2098-H1");
    }

    /**
     * A figure of the page linked to one line of its breakdown, as the HTML writes it; {@code scope} is the period,
     * followed by {@code &amp;purpose=n} for one purpose.
     */
    private static String figureLink(String source, String plan, String scope, String by, String key, String text) {
        return "<a href=\"/figures/" + source + "?plan=" + plan + "&amp;period=" + scope + "&amp;by=" + by + "&amp;key="
                + key + "\">" + text + "</a>";
    }

    private String body(ReportData report) {
        StringOutput out = new StringOutput();
        templates.render("report/body.jte", Map.of("ui", uiFactory.create(new MockHttpServletRequest("GET", "/reports")),
                "report", report, "links", ReportLinks.of(report)), out);
        return out.toString();
    }
}
