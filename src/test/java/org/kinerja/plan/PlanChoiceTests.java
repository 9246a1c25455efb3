package org.kinerja.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Which plan is current for a year. It compares every plan in the database, so it runs on a database of its
 * own: plans that other tests create for their own years would take part in the choice.
 */
@SpringBootTest(properties = "kinerja.test.database=plan-choice")
class PlanChoiceTests {

    @Autowired
    private PlanService plans;

    @Test
    void choosesThePlanCoveringTheYearElseTheLatest() {
        String early = plans.create(new NewPlan(PlanTestUsers.uniqueCode(), "Early", 2095, 2096, null)).code();
        String late = plans.create(new NewPlan(PlanTestUsers.uniqueCode(), "Late", 2096, 2096, null)).code();
        String last = plans.create(new NewPlan(PlanTestUsers.uniqueCode(), "Last", 2098, 2100, null)).code();

        assertThat(plans.current(2095).map(Plan::code)).contains(early);
        assertThat(plans.current(2096).map(Plan::code)).contains(late);
        assertThat(plans.current(2097).map(Plan::code)).contains(last);
        assertThat(plans.current(2150).map(Plan::code)).contains(last);
    }
}
