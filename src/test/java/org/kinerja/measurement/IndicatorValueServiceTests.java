package org.kinerja.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.Direction;
import org.kinerja.indicator.Frequency;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.indicator.Measure;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Manual indicator values through their approval, the rules that refuse bad input, aggregation across periods,
 * the IPTT statuses and locking for a report — on plans of their own (2096–2097).
 */
@SpringBootTest
@RecordApplicationEvents
class IndicatorValueServiceTests {

    @Autowired
    IndicatorValueService values;
    @Autowired
    PlanService plans;
    @Autowired
    IndicatorService indicators;
    @Autowired
    UserService users;
    @Autowired
    ApplicationEvents events;

    private ValueFixtures fixtures;
    private UserAccount officer;
    private UserAccount mel;
    private UserAccount coManager;

    @BeforeEach
    void setUp() {
        fixtures = new ValueFixtures(plans, indicators);
        officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        mel = Users.aUser(users).withRole(Role.MEL_OFFICER).create();
        coManager = Users.aUser(users).withRole(Role.CO_MANAGER).create();
    }

    private static ValueInput number(String period, String value) {
        return new ValueInput(period, new BigDecimal(value), null, null, null, null, null, null);
    }

    private static ValueInput ratio(String period, String numerator, String denominator) {
        return new ValueInput(period, null, null, new BigDecimal(numerator), new BigDecimal(denominator), null, null, null);
    }

    /** Enters, submits (officer) and approves (MEL officer) a value. */
    private IndicatorValue approved(Indicator indicator, ValueInput input) {
        IndicatorValue v = values.enter(indicator.id(), input, officer.id());
        values.submit(indicator.id(), v.id(), null, officer.id());
        return values.approve(indicator.id(), v.id(), null, mel.id());
    }

    private IpttRow row(Plan plan, int year, Indicator indicator) {
        return values.iptt(plan.code(), year).stream().filter(r -> r.indicatorId() == indicator.id()).findFirst()
                .orElseThrow();
    }

    private static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.violations()).anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.messageKey()).isEqualTo(key);
                }));
    }

    private static void conflict(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ConflictException.class, e ->
                assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aManualValueGoesFromDraftThroughSubmittedToApprovedWithWhoAndWhenOfEveryStep() {
        Plan plan = fixtures.plan();
        Indicator dialogues = fixtures.count(plan, Aggregation.SUM, Frequency.QUARTERLY, "8");
        IndicatorValue draft = values.enter(dialogues.id(), new ValueInput("2096-Q2", new BigDecimal("3"), null, null,
                null, " Three dialogues. ", "https://example.org/minutes", null), officer.id());
        assertThat(draft.status()).isEqualTo(ValueStatus.DRAFT);
        assertThat(draft.origin()).isEqualTo(ValueOrigin.MANUAL);
        assertThat(draft.value()).isEqualByComparingTo("3");
        assertThat(draft.comment()).isEqualTo("Three dialogues.");
        assertThat(draft.enteredBy()).isEqualTo(officer.displayName());

        IndicatorValue submitted = values.submit(dialogues.id(), draft.id(), draft.version(), officer.id());
        assertThat(submitted.status()).isEqualTo(ValueStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(officer.displayName());
        assertThat(submitted.submittedAt()).isNotNull();

        IndicatorValue approved = values.approve(dialogues.id(), draft.id(), submitted.version(), coManager.id());
        assertThat(approved.status()).isEqualTo(ValueStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(coManager.displayName());
        assertThat(approved.approvedAt()).isAfterOrEqualTo(approved.submittedAt());

        List<ValueStep> steps = values.steps(dialogues.id(), draft.id());
        assertThat(steps).extracting(ValueStep::action).containsExactly("ENTERED", "SUBMITTED", "APPROVED");
        assertThat(steps).extracting(ValueStep::by)
                .containsExactly(officer.displayName(), officer.displayName(), coManager.displayName());
        assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("IndicatorValue")
                && e.entityId().equals(String.valueOf(draft.id())))).hasSize(3);
    }

    @Test
    void approvingOnesOwnSubmissionIsRefusedAndTheValueStaysSubmitted() {
        Plan plan = fixtures.plan();
        Indicator indicator = fixtures.yearly(plan, Direction.INCREASE, "8");
        IndicatorValue v = values.enter(indicator.id(), number("2096", "5"), mel.id());
        values.submit(indicator.id(), v.id(), null, mel.id());
        conflict(() -> values.approve(indicator.id(), v.id(), null, mel.id()), "values.approve.own");
        assertThat(values.value(indicator.id(), v.id()).status()).isEqualTo(ValueStatus.SUBMITTED);
        assertThat(values.approve(indicator.id(), v.id(), null, coManager.id()).status()).isEqualTo(ValueStatus.APPROVED);
    }

    @Test
    void returningTakesACommentAndBringsTheValueBackToDraftWhereItCanBeChanged() {
        Plan plan = fixtures.plan();
        Indicator indicator = fixtures.yearly(plan, Direction.INCREASE, "8");
        IndicatorValue v = approved(indicator, number("2096", "5"));
        refused(() -> values.returnToDraft(indicator.id(), v.id(), "  ", null, mel.id()), "comment", "validation.required");
        IndicatorValue returned = values.returnToDraft(indicator.id(), v.id(), "Count the June dialogue too.", null,
                mel.id());
        assertThat(returned.status()).isEqualTo(ValueStatus.DRAFT);
        assertThat(returned.returnComment()).isEqualTo("Count the June dialogue too.");
        assertThat(returned.approvedBy()).isNull();
        IndicatorValue changed = values.enter(indicator.id(), number("2096", "6"), officer.id());
        assertThat(changed.id()).isEqualTo(v.id());
        assertThat(changed.value()).isEqualByComparingTo("6");
        assertThat(values.steps(indicator.id(), v.id())).extracting(ValueStep::action)
                .containsExactly("ENTERED", "SUBMITTED", "APPROVED", "RETURNED", "CHANGED");
        assertThat(values.steps(indicator.id(), v.id()).get(3).comment()).isEqualTo("Count the June dialogue too.");
    }

    @Test
    void aSubmittedValueCannotBeChangedAndAStaleVersionIsRefused() {
        Plan plan = fixtures.plan();
        Indicator indicator = fixtures.yearly(plan, Direction.INCREASE, "8");
        IndicatorValue v = values.enter(indicator.id(), number("2096", "5"), officer.id());
        conflict(() -> values.submit(indicator.id(), v.id(), v.version() + 1, officer.id()), "conflict.version");
        values.submit(indicator.id(), v.id(), v.version(), officer.id());
        conflict(() -> values.enter(indicator.id(), number("2096", "7"), officer.id()), "values.notDraft");
        conflict(() -> values.submit(indicator.id(), v.id(), null, officer.id()), "values.status.wrong");
        assertThat(values.value(indicator.id(), v.id()).value()).isEqualByComparingTo("5");
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndNothingIsWritten() {
        Plan plan = fixtures.plan();
        Indicator share = fixtures.share(plan, Direction.INCREASE, Aggregation.AVERAGE, Frequency.SEMI_ANNUAL, "50");
        Indicator count = fixtures.count(plan, Aggregation.SUM, Frequency.QUARTERLY, "8");
        Indicator story = fixtures.manual(plan, Measure.QUALITATIVE, Direction.INCREASE, Aggregation.LATEST,
                Frequency.ANNUAL, null);
        Indicator rate = fixtures.share(plan, Direction.INCREASE, Aggregation.RATIO, Frequency.ANNUAL, "50");

        refused(() -> values.enter(share.id(), number("2096-H1", "100.5"), officer.id()), "value", "values.value.percentage");
        refused(() -> values.enter(share.id(), number("2096-H1", "-1"), officer.id()), "value", "values.value.percentage");
        refused(() -> values.enter(share.id(), number("2096-Q1", "40"), officer.id()), "period", "values.period.frequency");
        refused(() -> values.enter(share.id(), number("2098-H1", "40"), officer.id()), "period", "values.period.outsidePlan");
        refused(() -> values.enter(share.id(), number("96-H1", "40"), officer.id()), "period", "measurement.period.format");
        refused(() -> values.enter(count.id(), new ValueInput("2096-Q1", null, "many", null, null, null, null, null),
                officer.id()), "text", "values.text.notQualitative");
        refused(() -> values.enter(count.id(), number("2096-Q1", "1.23456"), officer.id()), "value", "values.number.range");
        refused(() -> values.enter(count.id(), new ValueInput("2096-Q1", BigDecimal.ONE, null, null, null, null,
                "javascript:alert(1)", null), officer.id()), "evidenceUrl", "values.evidenceUrl.invalid");
        refused(() -> values.enter(story.id(), number("2096", "2"), officer.id()), "value", "values.value.qualitative");
        refused(() -> values.enter(rate.id(), number("2096", "40"), officer.id()), "numerator", "validation.required");
        refused(() -> values.enter(rate.id(), ratio("2096", "5", "4"), officer.id()), "value", "values.value.percentage");
        refused(() -> values.enter(rate.id(), ratio("2096", "1", "0"), officer.id()), "denominator",
                "values.denominator.positive");

        assertThat(values.values(share.id())).isEmpty();
        assertThat(values.values(count.id())).isEmpty();
        assertThat(values.values(story.id())).isEmpty();
        assertThat(values.values(rate.id())).isEmpty();

        IndicatorValue text = values.enter(story.id(), new ValueInput("2096", null, "Two members used the guide.",
                null, null, null, null, null), officer.id());
        assertThat(text.text()).isEqualTo("Two members used the guide.");
        assertThat(text.value()).isNull();
        IndicatorValue computedRatio = values.enter(rate.id(), ratio("2096", "3", "8"), officer.id());
        assertThat(computedRatio.value()).isEqualByComparingTo("37.5");
    }

    @Test
    void aggregationAcrossPeriodsSumsTakesTheLatestAveragesAndRecomputesRatiosFromTheirParts() {
        Plan plan = fixtures.plan();
        Indicator sum = fixtures.count(plan, Aggregation.SUM, Frequency.QUARTERLY, "12");
        Indicator latest = fixtures.count(plan, Aggregation.LATEST, Frequency.QUARTERLY, "12");
        Indicator average = fixtures.count(plan, Aggregation.AVERAGE, Frequency.QUARTERLY, "12");
        Indicator ratio = fixtures.share(plan, Direction.INCREASE, Aggregation.RATIO, Frequency.SEMI_ANNUAL, "50");
        Indicator uneven = fixtures.share(plan, Direction.INCREASE, Aggregation.RATIO, Frequency.SEMI_ANNUAL, "50");
        String[] quarters = {"1", "2", "3", "4"};
        for (int q = 1; q <= 4; q++) {
            approved(sum, number("2096-Q" + q, quarters[q - 1]));
            approved(average, number("2096-Q" + q, quarters[q - 1]));
        }
        approved(latest, number("2096-Q1", "7"));
        approved(latest, number("2096-Q3", "9"));
        values.enter(latest.id(), number("2096-Q4", "100"), officer.id());
        approved(ratio, ratio("2096-H1", "1", "4"));
        approved(ratio, ratio("2096-H2", "3", "4"));
        approved(uneven, ratio("2096-H1", "1", "4"));
        approved(uneven, ratio("2096-H2", "9", "12"));

        assertThat(row(plan, 2096, sum).actual()).isEqualByComparingTo("10");
        assertThat(row(plan, 2096, latest).actual()).as("a draft does not count").isEqualByComparingTo("9");
        assertThat(row(plan, 2096, average).actual()).isEqualByComparingTo("2.5");
        assertThat(row(plan, 2096, ratio).actual()).isEqualByComparingTo("50");
        assertThat(row(plan, 2096, uneven).actual()).as("10/16, not the mean of 25 % and 75 %")
                .isEqualByComparingTo("62.5");
        assertThat(values.iptt(plan.code(), Period.ofHalf(2096, 1)).stream()
                .filter(r -> r.indicatorId() == sum.id()).findFirst().orElseThrow().actual())
                .isEqualByComparingTo("3");
    }

    @Test
    void theIpttHonoursEachIndicatorsDirectionAndTheThresholds() {
        Plan plan = fixtures.plan();
        Indicator achieved = fixtures.yearly(plan, Direction.INCREASE, "120");
        Indicator onTrack = fixtures.yearly(plan, Direction.INCREASE, "120");
        Indicator behind = fixtures.yearly(plan, Direction.INCREASE, "120");
        Indicator noData = fixtures.yearly(plan, Direction.INCREASE, "120");
        Indicator fewer = fixtures.yearly(plan, Direction.DECREASE, "10");
        Indicator tooMany = fixtures.yearly(plan, Direction.DECREASE, "10");
        Indicator held = fixtures.share(plan, Direction.MAINTAIN, Aggregation.AVERAGE, Frequency.ANNUAL, "85");
        Indicator slipping = fixtures.share(plan, Direction.MAINTAIN, Aggregation.AVERAGE, Frequency.ANNUAL, "85");
        approved(achieved, number("2096", "130"));
        approved(onTrack, number("2096", "100"));
        approved(behind, number("2096", "50"));
        values.enter(noData.id(), number("2096", "500"), officer.id());
        approved(fewer, number("2096", "8"));
        approved(tooMany, number("2096", "12"));
        approved(held, number("2096", "82"));
        approved(slipping, number("2096", "70"));

        assertThat(row(plan, 2096, achieved)).satisfies(r -> {
            assertThat(r.percentOfTarget()).isEqualByComparingTo("108.3");
            assertThat(r.status()).isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(r.target()).isEqualByComparingTo("120");
            assertThat(r.baseline()).isEqualByComparingTo("10");
            assertThat(r.valueStatus()).isEqualTo("APPROVED");
        });
        assertThat(row(plan, 2096, onTrack).percentOfTarget()).isEqualByComparingTo("83.3");
        assertThat(row(plan, 2096, onTrack).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(row(plan, 2096, behind).percentOfTarget()).isEqualByComparingTo("41.7");
        assertThat(row(plan, 2096, behind).status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(row(plan, 2096, noData).status()).as("a draft is no data yet").isEqualTo(ProgressStatus.NO_DATA);
        assertThat(row(plan, 2096, noData).actual()).isNull();
        assertThat(row(plan, 2096, noData).valueStatus()).isEqualTo("DRAFT");
        assertThat(row(plan, 2096, fewer).percentOfTarget()).isEqualByComparingTo("125.0");
        assertThat(row(plan, 2096, fewer).status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(row(plan, 2096, tooMany).percentOfTarget()).isEqualByComparingTo("83.3");
        assertThat(row(plan, 2096, tooMany).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(row(plan, 2096, held).percentOfTarget()).isEqualByComparingTo("96.5");
        assertThat(row(plan, 2096, held).status()).as("within 5 % of the target").isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(row(plan, 2096, slipping).percentOfTarget()).isEqualByComparingTo("82.4");
        assertThat(row(plan, 2096, slipping).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(values.iptt(plan.code(), 2096)).extracting(IpttRow::code).containsExactly(
                "P3.1", "P3.2", "P3.3", "P3.4", "P3.5", "P3.6", "P3.7", "P3.8");
    }

    @Test
    void aYearOutsideThePlanIsRefusedForTheIptt() {
        Plan plan = fixtures.plan();
        refused(() -> values.iptt(plan.code(), 2095), "year", "values.year.outsidePlan");
        refused(() -> values.iptt(plan.code(), Period.ofQuarter(2098, 1)), "year", "values.year.outsidePlan");
    }

    @Test
    void lockingForAReportFreezesEveryIndicatorsValueForThePeriodAndLockedValuesCannotBeEdited() {
        Plan plan = fixtures.plan();
        Indicator quarterly = fixtures.count(plan, Aggregation.SUM, Frequency.QUARTERLY, "12");
        Indicator annual = fixtures.yearly(plan, Direction.INCREASE, "12");
        Indicator empty = fixtures.yearly(plan, Direction.INCREASE, "12");
        IndicatorValue q1 = approved(quarterly, number("2096-Q1", "4"));
        IndicatorValue q2 = approved(quarterly, number("2096-Q2", "5"));
        IndicatorValue q3 = values.enter(quarterly.id(), number("2096-Q3", "6"), officer.id());
        IndicatorValue year = approved(annual, number("2096", "11"));

        assertThat(values.lockForReport(plan.code(), Period.ofYear(2096), 4242L)).isEqualTo(3);

        IpttRow frozen = row(plan, 2096, quarterly);
        assertThat(frozen.actual()).isEqualByComparingTo("9");
        assertThat(frozen.valueStatus()).isEqualTo("LOCKED");
        assertThat(values.value(quarterly.id(), q1.id()).status()).isEqualTo(ValueStatus.LOCKED);
        assertThat(values.value(quarterly.id(), q1.id()).lockedByReport()).isEqualTo(4242L);
        assertThat(values.value(quarterly.id(), q2.id()).status()).isEqualTo(ValueStatus.LOCKED);
        assertThat(values.value(quarterly.id(), q3.id()).status()).as("a draft was not used").isEqualTo(ValueStatus.DRAFT);
        assertThat(values.values(quarterly.id())).extracting(IndicatorValue::period)
                .containsExactly("2096", "2096-Q1", "2096-Q2", "2096-Q3");
        assertThat(values.value(annual.id(), year.id()).status()).isEqualTo(ValueStatus.LOCKED);
        assertThat(row(plan, 2096, empty).valueStatus()).isEqualTo("LOCKED");
        assertThat(row(plan, 2096, empty).status()).isEqualTo(ProgressStatus.NO_DATA);

        // approving the draft later does not move the issued year's actual
        values.submit(quarterly.id(), q3.id(), null, officer.id());
        values.approve(quarterly.id(), q3.id(), null, mel.id());
        assertThat(row(plan, 2096, quarterly).actual()).isEqualByComparingTo("9");

        conflict(() -> values.enter(annual.id(), number("2096", "12"), officer.id()), "values.locked");
        conflict(() -> values.returnToDraft(quarterly.id(), q1.id(), "Wrong", null, mel.id()), "values.locked");
        conflict(() -> values.submit(annual.id(), year.id(), null, officer.id()), "values.locked");
        assertThat(values.value(annual.id(), year.id()).value()).isEqualByComparingTo("11");
        assertThat(values.lockForReport(plan.code(), Period.ofYear(2096), 4243L)).as("issued again").isEqualTo(3);
        assertThat(values.value(annual.id(), year.id()).lockedByReport()).isEqualTo(4242L);
    }
}
