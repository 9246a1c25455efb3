package org.kinerja.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinerja.indicator.Indicators.anIndicator;
import static org.kinerja.indicator.Indicators.target;
import static org.kinerja.indicator.db.Tables.INDICATOR_DISAGGREGATION;
import static org.kinerja.indicator.db.Tables.TARGET;

import java.math.BigDecimal;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jooq.test.autoconfigure.JooqTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureDataSourceInitialization;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The repository on the real database (migrated by Flyway), each test in a transaction that is rolled back.
 * Plans are only named by code here: the indicator schema has no foreign key into the plan module.
 */
@JooqTest
@AutoConfigureDataSourceInitialization
class IndicatorRepositoryTests {

    @Autowired
    DSLContext dsl;

    private IndicatorRepository repository;
    private String plan;

    @BeforeEach
    void repository() {
        repository = new IndicatorRepository(dsl);
        plan = "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private long outcome(String code, int purpose) {
        return repository.insertOutcome(plan, new OutcomeInput(code, purpose, "An outcome.", null)).orElseThrow();
    }

    @Test
    void storesAndReadsAnIndicatorWithItsOutcomeDisaggregationsBaselineAndTargets() {
        long outcome = outcome("P2.O1", 2);
        IndicatorInput in = IndicatorRules.tidy(anIndicator().withCode("P2.3").measuring("P2.O1")
                .asPercentage(Aggregation.RATIO)
                .withDisaggregations(Disaggregation.PARTNER, Disaggregation.SEX)
                .withBaseline(new Baseline(new BigDecimal("31.5"), 2020, "From 2020 records."))
                .withTargets(target(2021, "35"), target(2022, "40.25")).proposed().build());

        long id = repository.insertIndicator(plan, in, outcome).orElseThrow();
        Indicator read = repository.findIndicator(id).orElseThrow();

        assertThat(read.planCode()).isEqualTo(plan);
        assertThat(read.code()).isEqualTo("P2.3");
        assertThat(read.outcomeCode()).isEqualTo("P2.O1");
        assertThat(read.measure()).isEqualTo(Measure.PERCENTAGE);
        assertThat(read.aggregation()).isEqualTo(Aggregation.RATIO);
        assertThat(read.disaggregations()).containsExactly(Disaggregation.SEX, Disaggregation.PARTNER);
        assertThat(read.baseline()).isEqualTo(new Baseline(new BigDecimal("31.5"), 2020, "From 2020 records."));
        assertThat(read.targets()).containsExactly(new Target(2021, new BigDecimal("35"), ""),
                new Target(2022, new BigDecimal("40.25"), ""));
        assertThat(read.proposed()).isTrue();
        assertThat(read.version()).isZero();
    }

    @Test
    void readsNoBaselineWhenNoneIsStored() {
        long id = repository.insertIndicator(plan, IndicatorRules.tidy(anIndicator().withBaseline(null).build()), null)
                .orElseThrow();

        assertThat(repository.findIndicator(id).orElseThrow().baseline()).isNull();
    }

    @Test
    void insertsNothingForACodeThePlanAlreadyUses() {
        IndicatorInput in = IndicatorRules.tidy(anIndicator().build());
        assertThat(repository.insertIndicator(plan, in, null)).isPresent();

        assertThat(repository.insertIndicator(plan, in, null)).isEmpty();
        assertThat(repository.indicators(plan)).hasSize(1);
        assertThat(repository.insertIndicator(plan + "X", in, null)).as("another plan").isPresent();
    }

    @Test
    void ordersIndicatorsByPurposeThenNumberNotText() {
        for (String code : new String[] {"P2.10", "P2.2", "P1.1"}) {
            int purpose = Integer.parseInt(code.substring(1, 2));
            repository.insertIndicator(plan, IndicatorRules.tidy(anIndicator().inPurpose(purpose).withCode(code).build()), null);
        }

        assertThat(repository.indicators(plan)).extracting(Indicator::code).containsExactly("P1.1", "P2.2", "P2.10");
        assertThat(repository.indicators(plan, 2, new PageQuery(0, 1)).items()).extracting(Indicator::code)
                .containsExactly("P2.2");
        assertThat(repository.indicators(plan, 2, new PageQuery(0, 1)).total()).isEqualTo(2);
    }

    @Test
    void updatesOnlyFromTheCurrentVersionAndReplacesTheTargets() {
        long id = repository.insertIndicator(plan, IndicatorRules.tidy(anIndicator().build()), null).orElseThrow();
        IndicatorInput changed = IndicatorRules.tidy(anIndicator().withTargets(target(2022, "150")).build());

        assertThat(repository.updateIndicator(id, 1, changed, null)).as("stale").isFalse();
        assertThat(repository.updateIndicator(id, 0, changed, null)).isTrue();

        Indicator read = repository.findIndicator(id).orElseThrow();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.targets()).containsExactly(new Target(2022, new BigDecimal("150"), ""));
    }

    @Test
    void theDatabaseRefusesToSumAPercentage() {
        IndicatorInput in = anIndicator().asPercentage(Aggregation.SUM).build();

        assertThatThrownBy(() -> repository.insertIndicator(plan, in, null))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("indicator_percentage_not_summed");
    }

    @Test
    void theDatabaseRefusesAnOutcomeOfAnotherPurpose() {
        long outcome = outcome("P1.O1", 1);

        assertThatThrownBy(() -> repository.insertIndicator(plan, anIndicator().inPurpose(2).build(), outcome))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("indicator_outcome_same_purpose");
    }

    @Test
    void theDatabaseRefusesToDeleteAnOutcomeThatIndicatorsMeasure() {
        long outcome = outcome("P2.O1", 2);
        repository.insertIndicator(plan, anIndicator().build(), outcome);

        assertThat(repository.indicatorCodesOfOutcome(outcome)).containsExactly("P2.1");
        assertThatThrownBy(() -> repository.deleteOutcome(outcome))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void deletingAnIndicatorDeletesItsTargetsAndDisaggregations() {
        long id = repository.insertIndicator(plan, anIndicator().build(), null).orElseThrow();

        repository.deleteIndicator(id);

        assertThat(repository.findIndicator(id)).isEmpty();
        assertThat(dsl.fetchCount(TARGET,
                TARGET.INDICATOR_ID.eq(id))).isZero();
        assertThat(dsl.fetchCount(INDICATOR_DISAGGREGATION,
                INDICATOR_DISAGGREGATION.INDICATOR_ID.eq(id))).isZero();
    }

    @Test
    void marksAShippedFrameworkOnce() {
        assertThat(repository.markShipped(plan, 3)).isTrue();
        assertThat(repository.markShipped(plan, 4)).isFalse();
        assertThat(repository.shippedVersion(plan)).contains(3);
    }

    @Test
    void takesTheFrameworkLockOfAPlanTwiceInOneTransaction() {
        repository.lockFramework(plan);
        repository.lockFramework(plan);
        repository.lockReferenceData();

        assertThat(repository.outcomes(plan)).isEmpty();
    }
}
