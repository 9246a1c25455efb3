package org.kinerja.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.kinerja.indicator.ComputedSource.*;
import static org.kinerja.measurement.FigureDataset.YEAR;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.indicator.ComputedSource;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Every computed source against the known answers of {@link FigureDataset}. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureServiceTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    FigureService figures;

    FigureDataset data;
    FigureScope plan;
    final Period year = Period.ofYear(YEAR);

    @BeforeAll
    void dataset() {
        data = FigureDataset.get(context);
        plan = FigureScope.plan(data.planCode);
    }

    private Figure figure(ComputedSource source) {
        return figures.figure(source, plan, year);
    }

    private static void value(Figure f, String expected) {
        assertThat(f.value()).as(f.source() + " " + f.period()).isEqualByComparingTo(expected);
    }

    private Map<String, BigDecimal> breakdown(ComputedSource source, Breakdown by, FigureScope scope) {
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        figures.breakdown(source, by, scope, year).forEach(r -> out.put(r.key(), r.value()));
        return out;
    }

    private List<Long> recordIds(ComputedSource source, Period period, Breakdown by, String key) {
        return figures.records(source, plan, period, by, key, PageQuery.of(0, 100)).items().stream()
                .map(FigureRecord::id).toList();
    }

    @Test
    void countsEveryActivityOfTheYearsWorkPlanAsPlannedWhateverItsStatus() {
        value(figure(ACTIVITIES_PLANNED), "5");
        assertThat(figure(ACTIVITIES_PLANNED).numerator()).isNull();
        assertThat(breakdown(ACTIVITIES_PLANNED, Breakdown.PURPOSE, plan)).containsExactly(
                entry("1", new BigDecimal("1")), entry("2", new BigDecimal("2")),
                entry("3", new BigDecimal("1")), entry("4", new BigDecimal("1")));
        assertThat(breakdown(ACTIVITIES_PLANNED, Breakdown.ACTIVITY_STATUS, plan)).containsExactly(
                entry("CANCELLED", new BigDecimal("1")), entry("COMPLETED", new BigDecimal("2")),
                entry("IN_PROGRESS", new BigDecimal("1")), entry("PLANNED", new BigDecimal("1")));
        assertThat(recordIds(ACTIVITIES_PLANNED, year, Breakdown.ACTIVITY_STATUS, "IN_PROGRESS")).containsExactly(data.a2);
    }

    @Test
    void breaksPlannedActivitiesDownByGenderMarkerWithTheUnscreenedOnesApart() {
        assertThat(breakdown(ACTIVITIES_PLANNED, Breakdown.GENDER_MARKER, plan)).containsExactly(
                entry("0", new BigDecimal("1")), entry("1", new BigDecimal("1")), entry("2", new BigDecimal("1")),
                entry("NOT_RATED", new BigDecimal("2")));
        assertThat(recordIds(ACTIVITIES_PLANNED, year, Breakdown.GENDER_MARKER, "NOT_RATED")).containsExactly(data.a4, data.a5);
        assertThat(recordIds(ACTIVITIES_PLANNED, year, Breakdown.GENDER_MARKER, "2")).containsExactly(data.a1);
        assertThat(recordIds(ACTIVITIES_PLANNED, year, Breakdown.GENDER_MARKER, "3")).isEmpty();
        assertThat(breakdown(ACTIVITIES_PLANNED, Breakdown.GENDER_MARKER, FigureScope.purpose(data.planCode, 2)))
                .containsExactly(entry("1", new BigDecimal("1")), entry("2", new BigDecimal("1")));
        assertThat(figures.breakdown(ACTIVITIES_PLANNED, Breakdown.GENDER_MARKER, plan, Period.ofHalf(YEAR, 1)))
                .extracting(BreakdownRow::key).containsExactly("2", "NOT_RATED");
    }

    @Test
    void placesPlannedActivitiesInTheHalfAndQuarterOfTheirPlannedEndWithinTheYear() {
        value(figures.figure(ACTIVITIES_PLANNED, plan, Period.ofHalf(YEAR, 1)), "2");
        value(figures.figure(ACTIVITIES_PLANNED, plan, Period.ofHalf(YEAR, 2)), "3");
        value(figures.figure(ACTIVITIES_PLANNED, plan, Period.ofQuarter(YEAR, 3)), "1");
        assertThat(recordIds(ACTIVITIES_PLANNED, Period.ofQuarter(YEAR, 4), null, null)).containsExactly(data.a3, data.a5);
    }

    @Test
    void countsCompletedActivitiesByActualEndOrElsePlannedEnd() {
        value(figure(ACTIVITIES_COMPLETED), "2");
        value(figures.figure(ACTIVITIES_COMPLETED, plan, Period.ofQuarter(YEAR, 1)), "1");
        value(figures.figure(ACTIVITIES_COMPLETED, plan, Period.ofQuarter(YEAR, 2)), "1");
        value(figures.figure(ACTIVITIES_COMPLETED, plan, Period.ofHalf(YEAR, 2)), "0");
        assertThat(breakdown(ACTIVITIES_COMPLETED, Breakdown.PURPOSE, plan)).containsExactly(
                entry("2", new BigDecimal("1")), entry("3", new BigDecimal("1")));
        assertThat(recordIds(ACTIVITIES_COMPLETED, year, Breakdown.PURPOSE, "3")).containsExactly(data.a4);
    }

    @Test
    void countsHeldCapacityBuildingEventsButNotCancelledOnesNorConferences() {
        value(figure(CAPACITY_EVENTS_HELD), "3");
        assertThat(recordIds(CAPACITY_EVENTS_HELD, year, null, null)).containsExactly(data.e1, data.e5, data.e2);
        value(figures.figure(CAPACITY_EVENTS_HELD, plan, Period.ofQuarter(YEAR, 4)), "0");
    }

    @Test
    void countsDistinctParticipantsOnceAcrossEventsAndLeavesOtherRolesOut() {
        value(figure(PEOPLE_TRAINED), "5");
        assertThat(recordIds(PEOPLE_TRAINED, year, null, null))
                .containsExactlyInAnyOrder(data.p1, data.p2, data.p3, data.p4, data.p7)
                .doesNotContain(data.p5, data.p6);
        value(figures.figure(PEOPLE_TRAINED, plan, Period.ofQuarter(YEAR, 3)), "2");
        value(figures.figure(PEOPLE_TRAINED, plan, Period.ofHalf(YEAR, 1)), "4");
    }

    @Test
    void breaksPeopleTrainedDownBySexMemberAndAgencyType() {
        assertThat(breakdown(PEOPLE_TRAINED, Breakdown.SEX, plan)).containsExactly(
                entry("FEMALE", new BigDecimal("2")), entry("MALE", new BigDecimal("1")),
                entry("OTHER", new BigDecimal("1")), entry("NOT_RECORDED", new BigDecimal("1")));
        assertThat(breakdown(PEOPLE_TRAINED, Breakdown.MEMBER, plan)).containsExactly(
                entry("AUS", new BigDecimal("1")), entry("IDN", new BigDecimal("2")),
                entry("THA", new BigDecimal("1")), entry("NONE", new BigDecimal("1")));
        assertThat(breakdown(PEOPLE_TRAINED, Breakdown.AGENCY_TYPE, plan)).containsExactly(
                entry("ACADEMIA", new BigDecimal("1")), entry("CIVIL_SOCIETY", new BigDecimal("1")),
                entry("IMMIGRATION_BORDER", new BigDecimal("1")), entry("POLICE_LAW_ENFORCEMENT", new BigDecimal("1")),
                entry("NONE", new BigDecimal("1")));
        assertThat(recordIds(PEOPLE_TRAINED, year, Breakdown.MEMBER, "IDN")).containsExactlyInAnyOrder(data.p2, data.p7);
    }

    @Test
    void labelsPeopleByMemberAndAgencyTypeNeverByName() {
        ListPage<FigureRecord> page = figures.records(PEOPLE_TRAINED, plan, year, Breakdown.SEX, "MALE", PageQuery.of(0, 10));
        assertThat(page.total()).isEqualTo(1);
        FigureRecord r = page.items().get(0);
        assertThat(r).isEqualTo(new FigureRecord("PERSON", data.p2, "IDN · IMMIGRATION_BORDER", java.time.LocalDate.of(YEAR, 3, 4)));
        assertThat(r.label()).doesNotContain("Budi").doesNotContain(data.p2Family);
    }

    @Test
    void countsParticipantDaysWithTheEventsDaysWhenAttendanceHasNone() {
        value(figure(PARTICIPANT_DAYS), "13");
        value(figures.figure(PARTICIPANT_DAYS, plan, Period.ofQuarter(YEAR, 1)), "8");
    }

    @Test
    void sharesWomenAmongPeopleWhoseSexIsRecordedAndReportsTheRestBeside() {
        Figure f = figure(WOMEN_SHARE);
        value(f, "50.00");
        assertThat(f.numerator()).isEqualByComparingTo("2");
        assertThat(f.denominator()).isEqualByComparingTo("4");
        assertThat(f.notRecorded()).isEqualTo(1);
        Figure q3 = figures.figure(WOMEN_SHARE, plan, Period.ofQuarter(YEAR, 3));
        value(q3, "100.00");
        assertThat(q3.notRecorded()).isZero();
        assertThat(breakdown(WOMEN_SHARE, Breakdown.MEMBER, plan)).containsExactly(
                entry("AUS", new BigDecimal("100.00")), entry("IDN", new BigDecimal("0.00")),
                entry("THA", null), entry("NONE", new BigDecimal("100.00")));
    }

    @Test
    void averagesKnowledgeGainOverAttendancesWithBothScores() {
        Figure f = figure(KNOWLEDGE_GAIN);
        value(f, "17.50");
        assertThat(f.numerator()).isEqualByComparingTo("70");
        assertThat(f.denominator()).isEqualByComparingTo("4");
        value(figures.figure(KNOWLEDGE_GAIN, plan, Period.ofQuarter(YEAR, 2)), "0.00");
        assertThat(figures.figure(KNOWLEDGE_GAIN, plan, Period.ofQuarter(YEAR, 4)).value()).isNull();
    }

    @Test
    void recomputesTheSatisfiedShareOfAYearFromItsPartsNotFromItsHalves() {
        Figure f = figure(SATISFIED_SHARE);
        value(f, "60.00");
        assertThat(f.numerator()).isEqualByComparingTo("3");
        assertThat(f.denominator()).isEqualByComparingTo("5");
        value(figures.figure(SATISFIED_SHARE, plan, Period.ofHalf(YEAR, 1)), "50.00");
        value(figures.figure(SATISFIED_SHARE, plan, Period.ofHalf(YEAR, 2)), "100.00");
        assertThat(recordIds(SATISFIED_SHARE, year, null, null)).containsExactly(data.e1, data.e5, data.e2);
    }

    @Test
    void countsPublishedProductsByTypeButNotWithdrawnOnes() {
        value(figure(PRODUCTS_PUBLISHED), "3");
        value(figures.figure(PRODUCTS_PUBLISHED, plan, Period.ofHalf(YEAR, 1)), "1");
        assertThat(breakdown(PRODUCTS_PUBLISHED, Breakdown.PRODUCT_TYPE, plan)).containsExactly(
                entry("PRACTITIONER_GUIDE", new BigDecimal("2")), entry("TOOLKIT", new BigDecimal("1")));
        assertThat(recordIds(PRODUCTS_PUBLISHED, year, null, null)).containsExactly(data.k1, data.k3, data.k2);
    }

    @Test
    void countsEngagementsByForumAndTypeAndTheForumsEngaged() {
        value(figure(ENGAGEMENTS), "3");
        assertThat(breakdown(ENGAGEMENTS, Breakdown.FORUM, plan)).containsExactly(
                entry(String.valueOf(data.forum1), new BigDecimal("2")),
                entry(String.valueOf(data.forum2), new BigDecimal("1")));
        assertThat(breakdown(ENGAGEMENTS, Breakdown.ENGAGEMENT_TYPE, plan)).containsExactly(
                entry("PANEL", new BigDecimal("1")), entry("PRESENTATION", new BigDecimal("2")));
        value(figure(FORUMS_ENGAGED), "2");
        value(figures.figure(FORUMS_ENGAGED, plan, Period.ofQuarter(YEAR, 3)), "1");
        assertThat(recordIds(FORUMS_ENGAGED, year, null, null)).containsExactly(data.forum1, data.forum2);
    }

    @Test
    void countsRequestsReceivedAndDeliveredByTheirOwnDates() {
        value(figure(REQUESTS_RECEIVED), "5");
        assertThat(recordIds(REQUESTS_RECEIVED, year, null, null))
                .containsExactly(data.r1, data.r2, data.r3, data.r7, data.r5);
        value(figure(REQUESTS_DELIVERED), "4");
        assertThat(recordIds(REQUESTS_DELIVERED, year, null, null)).containsExactly(data.r6, data.r1, data.r2, data.r3);
    }

    @Test
    void breaksRequestsReceivedDownByTypeAndByRequesterMemberBodyOrCoChairs() {
        assertThat(breakdown(REQUESTS_RECEIVED, Breakdown.REQUEST_TYPE, plan)).containsExactly(
                entry("INFORMATION", new BigDecimal("1")), entry("RESEARCH", new BigDecimal("1")),
                entry("TECHNICAL_ASSISTANCE", new BigDecimal("3")));
        assertThat(recordIds(REQUESTS_RECEIVED, year, Breakdown.REQUEST_TYPE, "TECHNICAL_ASSISTANCE"))
                .containsExactly(data.r1, data.r3, data.r7);
        String body = "BODY-" + data.ahg;
        assertThat(breakdown(REQUESTS_RECEIVED, Breakdown.REQUESTER, plan)).containsExactly(
                entry("AUS", new BigDecimal("2")), entry(body, new BigDecimal("1")),
                entry("CO_CHAIRS", new BigDecimal("1")), entry("PHL", new BigDecimal("1")));
        assertThat(recordIds(REQUESTS_RECEIVED, year, Breakdown.REQUESTER, "AUS")).containsExactly(data.r1, data.r7);
        assertThat(recordIds(REQUESTS_RECEIVED, year, Breakdown.REQUESTER, body)).containsExactly(data.r2);
        assertThat(recordIds(REQUESTS_RECEIVED, year, Breakdown.REQUESTER, "CO_CHAIRS")).containsExactly(data.r3);
        // r6 of AUS came in the year before, r7 in the second half
        assertThat(recordIds(REQUESTS_RECEIVED, Period.ofHalf(YEAR, 1), Breakdown.REQUESTER, "AUS")).containsExactly(data.r1);
    }

    @Test
    void lowersTheOnTimeShareForARequestDeliveredLate() {
        Figure f = figure(REQUESTS_ON_TIME_SHARE);
        value(f, "75.00");
        assertThat(f.numerator()).isEqualByComparingTo("3");
        assertThat(f.denominator()).isEqualByComparingTo("4");
        Figure none = figures.figure(REQUESTS_ON_TIME_SHARE, plan, Period.ofQuarter(YEAR, 2));
        assertThat(none.value()).isNull();
        assertThat(none.denominator()).isEqualByComparingTo("0");
    }

    @Test
    void takesTheMeanOfTheTwoMiddleDaysForAnEvenCountOfDeliveries() {
        Figure f = figure(REQUEST_MEDIAN_DAYS);
        value(f, "11.50");
        assertThat(f.denominator()).isEqualByComparingTo("4");
        assertThat(figures.figure(REQUEST_MEDIAN_DAYS, plan, Period.ofHalf(YEAR, 2)).value()).isNull();
    }

    @Test
    void countsMembersRepresentedByPeopleTrainedOrSendingRequests() {
        value(figure(MEMBERS_ENGAGED), "4");
        assertThat(figures.records(MEMBERS_ENGAGED, plan, year, null, null, PageQuery.of(0, 10)).items())
                .extracting(r -> r.label().split(" ")[0]).containsExactlyInAnyOrder("AUS", "IDN", "PHL", "THA");
        value(figures.figure(MEMBERS_ENGAGED, FigureScope.purpose(data.planCode, 3), year), "3");
    }

    @Test
    void executesTheBudgetInTheReportingCurrencyAndCountsOtherCurrenciesBeside() {
        Figure f = figure(BUDGET_EXECUTION);
        value(f, "45.16");
        assertThat(f.numerator()).isEqualByComparingTo("1400");
        assertThat(f.denominator()).isEqualByComparingTo("3100");
        assertThat(f.notRecorded()).isEqualTo(1);
        Figure h1 = figures.figure(BUDGET_EXECUTION, plan, Period.ofHalf(YEAR, 1));
        value(h1, "80.00");
        assertThat(h1.notRecorded()).isEqualTo(1);
        value(figures.figure(BUDGET_EXECUTION, plan, Period.ofHalf(YEAR, 2)), "28.57");
        assertThat(recordIds(BUDGET_EXECUTION, year, null, null)).containsExactlyInAnyOrder(data.a1, data.a2, data.a3);
    }

    @Test
    void scopesEventsAndActivitiesToAPurposeButNotProductsEngagementsOrRequests() {
        FigureScope p2 = FigureScope.purpose(data.planCode, 2);
        value(figures.figure(PEOPLE_TRAINED, p2, year), "4");
        value(figures.figure(CAPACITY_EVENTS_HELD, p2, year), "2");
        value(figures.figure(ACTIVITIES_PLANNED, p2, year), "2");
        value(figures.figure(PARTICIPANT_DAYS, p2, year), "12");
        FigureScope p3 = FigureScope.purpose(data.planCode, 3);
        value(figures.figure(PEOPLE_TRAINED, p3, year), "1");
        value(figures.figure(KNOWLEDGE_GAIN, p3, year), "0.00");
        value(figures.figure(PRODUCTS_PUBLISHED, p2, year), "3");
        value(figures.figure(REQUESTS_RECEIVED, p3, year), "5");
        value(figures.figure(ENGAGEMENTS, p3, year), "3");
    }

    @Test
    void computesEverySourceAtOnceWithTheSameAnswersAsOneByOne() {
        Map<ComputedSource, Figure> all = figures.figures(plan, year);
        assertThat(all).hasSize(ComputedSource.values().length);
        for (ComputedSource s : ComputedSource.values()) {
            assertThat(all.get(s)).as(s.name()).isEqualTo(figures.figure(s, plan, year));
        }
        value(all.get(PEOPLE_TRAINED), "5");
        value(all.get(BUDGET_EXECUTION), "45.16");
    }

    @Test
    void pagesTheRecordsBehindAFigure() {
        ListPage<FigureRecord> first = figures.records(PEOPLE_TRAINED, plan, year, null, null, PageQuery.of(0, 2));
        ListPage<FigureRecord> third = figures.records(PEOPLE_TRAINED, plan, year, null, null, PageQuery.of(2, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).hasSize(2);
        assertThat(third.items()).hasSize(1);
        assertThat(figures.records(ACTIVITIES_PLANNED, plan, year, null, null, PageQuery.of(0, 10)).items().get(0).label())
                .startsWith(YEAR + "-P").contains("Figures");
    }

    @Test
    void refusesABreakdownTheSourceDoesNotSupport() {
        assertThatThrownBy(() -> figures.breakdown(WOMEN_SHARE, Breakdown.SEX, plan, year))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field())
                        .isEqualTo("breakdown"));
        assertThatThrownBy(() -> figures.records(ENGAGEMENTS, plan, year, Breakdown.PURPOSE, "2", PageQuery.of(0, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo("measurement.breakdown.unsupported"));
        assertThatThrownBy(() -> figures.records(ENGAGEMENTS, plan, year, null, "2", PageQuery.of(0, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field())
                        .isEqualTo("key"));
    }

    @Test
    void refusesAnUnknownPlanOrPurpose() {
        assertThatThrownBy(() -> figures.figure(PEOPLE_TRAINED, FigureScope.plan("NO-SUCH-PLAN"), year))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.messageKey()).isEqualTo("plan.notFound"));
        assertThatThrownBy(() -> figures.figure(PEOPLE_TRAINED, FigureScope.purpose(data.planCode, 9), year))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field())
                        .isEqualTo("purpose"));
    }

    @Test
    void describesEverySourceInTheCatalogue() {
        List<SourceDefinition> catalogue = figures.catalogue();
        assertThat(catalogue).extracting(SourceDefinition::source).containsExactly(ComputedSource.values());
        SourceDefinition people = figures.definition(PEOPLE_TRAINED);
        assertThat(people.name()).isEqualTo("People trained");
        assertThat(people.breakdowns()).containsExactly(Breakdown.SEX, Breakdown.MEMBER, Breakdown.AGENCY_TYPE);
        assertThat(catalogue).allSatisfy(d -> assertThat(d.definition()).isNotBlank().doesNotStartWith("measurement."));
    }
}
