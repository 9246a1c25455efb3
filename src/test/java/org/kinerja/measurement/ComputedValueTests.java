package org.kinerja.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;

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
import org.kinerja.shared.InvalidInputException;
import org.kinerja.testsupport.Users;
import org.kinerja.workplan.ActivityInput;
import org.kinerja.workplan.ActivityService;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.WorkPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Computed indicators: their value is read live from the records (activities of a plan of their own in 2096)
 * until a report locks it, when the number of that moment is stored and no longer moves; the yearly actual is
 * computed over the whole year, not combined from the quarters.
 */
@SpringBootTest
class ComputedValueTests {

    @Autowired
    IndicatorValueService values;
    @Autowired
    PlanService plans;
    @Autowired
    IndicatorService indicators;
    @Autowired
    WorkPlanService workPlans;
    @Autowired
    ActivityService activities;
    @Autowired
    UserService users;

    private ValueFixtures fixtures;
    private UserAccount officer;
    private UserAccount mel;
    private Plan plan;
    private long workPlan;

    @BeforeEach
    void setUp() {
        fixtures = new ValueFixtures(plans, indicators);
        officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        mel = Users.aUser(users).withRole(Role.MEL_OFFICER).create();
        plan = fixtures.plan();
        workPlan = workPlans.create(plan.code(), ValueFixtures.START).id();
    }

    /** An activity of purpose 3 planned to end in {@code end}, with its budget and spending. */
    private void activity(String title, int endMonth, String budget, String spent) {
        activities.create(new ActivityInput(workPlan, title, 3, null, ActivityType.TRAINING, ActivityStatus.PLANNED,
                null, null, null, null, null, null, null, null, null, YearMonth.of(ValueFixtures.START, endMonth),
                YearMonth.of(ValueFixtures.START, endMonth), null, null,
                new ActivityInput.Budget(new BigDecimal(budget), activities.defaultCurrency()), new BigDecimal(spent),
                null, null, null, null));
    }

    private IpttRow row(Indicator indicator) {
        return values.iptt(plan.code(), ValueFixtures.START).stream().filter(r -> r.indicatorId() == indicator.id())
                .findFirst().orElseThrow();
    }

    private static ValueInput period(String label) {
        return new ValueInput(label, null, null, null, null, "Checked against the work plan.", null, null);
    }

    @Test
    void aComputedValueIsLiveUntilLockedAndThenKeepsTheNumberOfThatMoment() {
        Indicator planned = fixtures.create(plan, Measure.NUMBER, Direction.INCREASE, Aggregation.SUM,
                Frequency.QUARTERLY, "4", "ACTIVITIES_PLANNED");
        activity("Computed one", 2, "1000", "800");
        activity("Computed two", 8, "3000", "300");

        assertThatThrownBy(() -> values.enter(planned.id(), new ValueInput("2096-Q1", BigDecimal.TEN, null, null, null,
                null, null, null), officer.id())).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("value");
                    assertThat(v.messageKey()).isEqualTo("values.value.computed");
                }));
        IndicatorValue q1 = values.enter(planned.id(), period("2096-Q1"), officer.id());
        assertThat(q1.origin()).isEqualTo(ValueOrigin.COMPUTED);
        assertThat(q1.live()).isTrue();
        assertThat(q1.value()).isEqualByComparingTo("1");
        values.submit(planned.id(), q1.id(), null, officer.id());
        assertThat(values.approve(planned.id(), q1.id(), null, mel.id()).status()).isEqualTo(ValueStatus.APPROVED);

        assertThat(row(planned).actual()).isEqualByComparingTo("2");
        assertThat(row(planned).percentOfTarget()).isEqualByComparingTo("50.0");
        assertThat(row(planned).status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(row(planned).valueStatus()).isEqualTo("APPROVED");

        activity("Computed three", 3, "500", "500");
        assertThat(values.value(planned.id(), q1.id()).value()).as("live").isEqualByComparingTo("2");
        assertThat(row(planned).actual()).as("live").isEqualByComparingTo("3");

        values.lockForReport(plan.code(), Period.ofYear(ValueFixtures.START), 901L);
        activity("Computed four", 1, "100", "0");

        IndicatorValue frozen = values.value(planned.id(), q1.id());
        assertThat(frozen.status()).isEqualTo(ValueStatus.LOCKED);
        assertThat(frozen.live()).isFalse();
        assertThat(frozen.value()).as("frozen at lock").isEqualByComparingTo("2");
        assertThat(row(planned).actual()).as("frozen at lock").isEqualByComparingTo("3");
        assertThat(row(planned).valueStatus()).isEqualTo("LOCKED");
        assertThat(values.values(planned.id())).extracting(IndicatorValue::period).containsExactly("2096", "2096-Q1");
    }

    @Test
    void aComputedRatiosYearIsComputedOverTheWholeYearNotFromItsQuarters() {
        Indicator execution = fixtures.create(plan, Measure.PERCENTAGE, Direction.INCREASE, Aggregation.RATIO,
                Frequency.QUARTERLY, "80", "BUDGET_EXECUTION");
        activity("Spent most", 2, "1000", "800");
        activity("Spent little", 8, "3000", "300");
        IndicatorValue q1 = values.enter(execution.id(), period("2096-Q1"), officer.id());
        IndicatorValue q3 = values.enter(execution.id(), period("2096-Q3"), officer.id());
        assertThat(q1.value()).isEqualByComparingTo("80");
        assertThat(q3.value()).isEqualByComparingTo("10");
        assertThat(row(execution).actual()).as("1100 / 4000, not the mean of 80 % and 10 %")
                .isEqualByComparingTo("27.5");
        assertThat(row(execution).status()).isEqualTo(ProgressStatus.BEHIND);
    }
}
