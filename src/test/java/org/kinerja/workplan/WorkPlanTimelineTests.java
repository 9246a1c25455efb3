package org.kinerja.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.workplan.internal.ActivityRow;
import org.kinerja.workplan.internal.TimelineChart;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The work plan's timeline: twelve months of 56 units each after a 300-unit label column, so month m starts at
 * x = 300 + 56 (m - 1); planned bars cover whole months, actual bars whole days, milestones sit mid-month.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkPlanTimelineTests extends ViewTestSupport {

    private String timeline(String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/workplans/" + data.workPlanId() + "/timeline");
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = page(Role.VIEWER, request);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String rect(String html, String id) {
        Matcher m = Pattern.compile("<rect class=\"tl-[a-z]+\" id=\"" + id + "\" x=\"([^\"]+)\" y=\"[^\"]+\" width=\"([^\"]+)\"")
                .matcher(html);
        return m.find() ? m.group(1) + "/" + m.group(2) : null;
    }

    @Test
    void plannedBarsCoverTheirMonthsAndAreCutAtTheYearsEdge() throws Exception {
        String html = timeline();

        assertThat(rect(html, "tl-planned-" + data.workshop())).as("March to May").isEqualTo("412/168");
        assertThat(rect(html, "tl-planned-" + data.guide())).as("July to December").isEqualTo("636/336");
        assertThat(rect(html, "tl-planned-" + data.conference())).as("October").isEqualTo("804/56");
        assertThat(rect(html, "tl-planned-" + data.tabletop())).as("January to February").isEqualTo("300/112");
        assertThat(rect(html, "tl-planned-" + data.outreach())).as("November 2030 to February 2031").isEqualTo("300/112");
        assertThat(all(html, "<rect class=\"tl-planned\" id=\"tl-planned-(\\d+)\"")).hasSize(5);
    }

    @Test
    void actualBarsCoverTheirDaysAndAreHatchedNotOnlyColoured() throws Exception {
        String html = timeline();

        // 10 to 12 March: 2 + 9/31 months in, 3/31 of a month wide
        assertThat(rect(html, "tl-actual-" + data.workshop())).isEqualTo("428.3/5.4");
        assertThat(html).contains("<pattern id=\"tl-hatch\"");
        assertThat(html).contains("Actual dates (hatched bar)").contains("Planned months (solid bar)");
    }

    @Test
    void milestonesAreMarkedMidMonthDoneFilledAndDueHollow() throws Exception {
        String html = timeline();

        assertThat(all(html, "<polygon class=\"(tl-ms-[a-z]+)\" id=\"tl-milestone-\\d+\" points=\"384,"))
                .containsExactly("tl-ms-done");
        assertThat(all(html, "<polygon class=\"(tl-ms-[a-z]+)\" id=\"tl-milestone-\\d+\" points=\"608,"))
                .containsExactly("tl-ms-due");
        assertThat(html).contains("Agenda agreed: done on 2031-02-20").contains("Report published: due in Jun 2031");
    }

    @Test
    void theSvgIsAccessibleAndHasATextAlternativeAndTheUnscheduledAreListed() throws Exception {
        String html = timeline();

        assertThat(html).contains("role=\"img\"").contains("aria-labelledby=\"timeline-title timeline-desc\"")
                .contains("<title id=\"timeline-title\">Timeline of the 2031 work plan</title>")
                .contains("<desc id=\"timeline-desc\">");
        assertThat(all(html, "<tr class=\"timeline-row\">\\s*<td><a class=\"code\" href=\"/activities/\\d+\">([^<]+)</a>"))
                .containsExactly("2031-P1-01", "2031-P1-02", "2031-P1-03", "2031-P2-01", "2031-P4-01");
        assertThat(all(html, "<li class=\"not-scheduled\"><a class=\"code\" href=\"/activities/\\d+\">([^<]+)</a>"))
                .containsExactly("2031-P2-02");
        assertThat(html).contains("Not scheduled (1)");
        assertThat(html).doesNotContain("id=\"tl-today\"");
        assertThat(html.split("<script", -1)).as("only the layout's htmx, no script of the timeline's own").hasSize(2);
        assertThat(html).contains("<script src=\"/webjars/htmx.org/dist/htmx.min.js\" defer></script>");
    }

    @Test
    void theFiltersOfTheActivitiesPageApplyAndHtmxGetsTheChartAlone() throws Exception {
        String html = timeline("purpose", "1", "status", "PLANNED");
        assertThat(all(html, "<g class=\"tl-row\" id=\"tl-row-\\d+\" data-code=\"([^\"]+)\"")).containsExactly("2031-P1-01");

        MockHttpServletResponse fragment = page(Role.VIEWER, get("/workplans/" + data.workPlanId() + "/timeline")
                .param("type", "CONFERENCE").header("HX-Request", "true"));
        assertThat(fragment.getContentAsString()).doesNotContain("<html").doesNotContain("<form").contains("<svg");
        assertThat(all(fragment.getContentAsString(), "<g class=\"tl-row\" id=\"tl-row-\\d+\" data-code=\"([^\"]+)\""))
                .containsExactly("2031-P1-03");
        assertThat(timeline()).contains("aria-current=\"page\">Timeline</a>");
    }

    @Test
    void todaysLineIsDrawnWhenTodayIsInTheYearAndARunningActivityRunsToIt() {
        TimelineChart chart = new TimelineChart(views.activities(data.workPlanId(), ActivityFilter.all()),
                LocalDate.of(ViewDataset.YEAR, 7, 16));

        // 16 July: 6 + 15.5/31 months in
        assertThat(chart.todayX()).isEqualTo(664.0);
        TimelineChart.Row guide = chart.rows().stream().filter(r -> !r.heading() && r.activity().id() == data.guide())
                .findFirst().orElseThrow();
        assertThat(guide.actual().ongoing()).isTrue();
        assertThat(guide.actual().x()).isEqualTo(636.0);
        assertThat(guide.actual().width()).as("1 to 16 July").isEqualTo(28.9);
        assertThat(chart.notScheduled()).extracting(ActivityRow::code).containsExactly("2031-P2-02");
        assertThat(chart.rows().stream().filter(TimelineChart.Row::heading).map(r -> r.purpose().number()))
                .as("purpose 3 has no activity and no heading").containsExactly(1, 2, 4);
        assertThat(new TimelineChart(views.activities(data.workPlanId(), ActivityFilter.all()),
                LocalDate.of(ViewDataset.YEAR + 1, 1, 1)).todayX()).isNull();
    }
}
