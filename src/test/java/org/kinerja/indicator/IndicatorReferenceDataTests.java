package org.kinerja.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinerja.plan.NewPlan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

@SpringBootTest
class IndicatorReferenceDataTests {

    @Autowired
    IndicatorReferenceData referenceData;
    @Autowired
    IndicatorService indicators;
    @Autowired
    PlanService plans;

    private List<Indicator> shipped() {
        return indicators.indicators("SP-2021-22", null, PageQuery.of(0, 500)).items();
    }

    @Test
    void shipsThreeToFiveProposedIndicatorsUnderEveryPurposeOfTheStrategicPlan() {
        Map<Integer, List<String>> byPurpose = shipped().stream().collect(Collectors.groupingBy(Indicator::purposeNumber,
                Collectors.mapping(Indicator::code, Collectors.toList())));

        assertThat(byPurpose).containsOnlyKeys(1, 2, 3, 4);
        assertThat(byPurpose.get(1)).containsExactly("P1.1", "P1.2", "P1.3", "P1.4");
        assertThat(byPurpose.get(2)).containsExactly("P2.1", "P2.2", "P2.3", "P2.4", "P2.5");
        assertThat(byPurpose.get(3)).containsExactly("P3.1", "P3.2", "P3.3");
        assertThat(byPurpose.get(4)).containsExactly("P4.1", "P4.2", "P4.3");
        assertThat(shipped()).allSatisfy(i -> {
            assertThat(i.proposed()).as(i.code() + " proposed").isTrue();
            assertThat(i.outcomeCode()).as(i.code() + " outcome").startsWith("P" + i.purposeNumber() + ".O");
            assertThat(i.baseline().year()).as(i.code() + " baseline year").isEqualTo(2020);
            assertThat(i.targets()).extracting(Target::year).as(i.code() + " target years").containsExactly(2021, 2022);
            assertThat(i.definition()).as(i.code() + " definition").isNotBlank();
            assertThat(i.meansOfVerification()).as(i.code() + " means of verification").isNotBlank();
        });
        assertThat(indicators.outcomes("SP-2021-22")).extracting(Outcome::code)
                .containsExactly("P1.O1", "P1.O2", "P2.O1", "P2.O2", "P3.O1", "P3.O2", "P4.O1", "P4.O2");
    }

    @Test
    void shipsSensibleSourcesAndAggregations() {
        Map<String, Indicator> byCode = shipped().stream().collect(Collectors.toMap(Indicator::code, i -> i));

        assertThat(shipped()).noneMatch(i -> i.measure() == Measure.PERCENTAGE && i.aggregation() == Aggregation.SUM);
        assertThat(shipped()).filteredOn(i -> i.measure() == Measure.PERCENTAGE)
                .allSatisfy(i -> assertThat(i.aggregation()).isEqualTo(Aggregation.RATIO));
        assertThat(byCode.get("P1.1").source()).isEqualTo("REQUESTS_RECEIVED");
        assertThat(byCode.get("P1.3").source()).isEqualTo("REQUESTS_ON_TIME_SHARE");
        assertThat(byCode.get("P2.2").source()).isEqualTo("PEOPLE_TRAINED");
        assertThat(byCode.get("P2.2").aggregation()).as("distinct people are never summed").isEqualTo(Aggregation.LATEST);
        assertThat(byCode.get("P2.2").disaggregations()).contains(Disaggregation.SEX);
        assertThat(byCode.get("P2.4").aggregation()).isEqualTo(Aggregation.AVERAGE);
        assertThat(byCode.get("P2.1").aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(byCode.get("P3.1").source()).isEqualTo("PRODUCTS_PUBLISHED");
        assertThat(byCode.get("P4.1").source()).isEqualTo("ENGAGEMENTS");
        assertThat(byCode.get("P4.2").source()).isEqualTo("FORUMS_ENGAGED");
        assertThat(byCode.get("P3.3").measure()).isEqualTo(Measure.QUALITATIVE);
        assertThat(shipped()).allSatisfy(i -> assertThat(ComputedSource.isKnown(i.source())).isTrue());
    }

    @Test
    void loadingTheShippedFrameworkAgainChangesNothing() {
        List<Indicator> before = shipped();

        boolean loaded = referenceData.load(new ClassPathResource(IndicatorReferenceData.SHIPPED));
        referenceData.load(new ClassPathResource(IndicatorReferenceData.SHIPPED));

        assertThat(loaded).isFalse();
        assertThat(shipped()).isEqualTo(before);
        assertThat(indicators.outcomes("SP-2021-22")).hasSize(8);
    }

    @Test
    void twoNodesLoadingTheSameFrameworkAtOnceLoadItOnce() throws Exception {
        if (plans.find("TEST-FW-PARALLEL").isEmpty()) {
            plans.create(new NewPlan("TEST-FW-PARALLEL", "Parallel loading", 2041, 2042, "SP-2021-22"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> load = () -> {
            start.await();
            return referenceData.load(new ClassPathResource("indicator-test/parallel.json"));
        };
        try {
            Future<Boolean> first = pool.submit(load);
            Future<Boolean> second = pool.submit(load);
            start.countDown();

            assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        Framework framework = indicators.framework("TEST-FW-PARALLEL");
        assertThat(framework.indicatorCount()).isEqualTo(1);
        assertThat(framework.purpose(2).orElseThrow().outcomes()).singleElement()
                .satisfies(o -> assertThat(o.indicators()).extracting(Indicator::code).containsExactly("P2.1"));
    }

    @Test
    void refusesToStartWithAShippedFrameworkThatBreaksTheRules() {
        assertThatThrownBy(() -> referenceData.load(new ClassPathResource("indicator-test/broken.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("indicators[0].aggregation indicator.aggregation.percentageSum")
                .hasMessageContaining("indicators[0].targets indicator.target.missing [2022]")
                .hasMessageContaining("indicators[0].proposed");
        assertThat(shipped()).extracting(Indicator::code).doesNotContain("P2.9");
    }

    @Test
    void skipsAFrameworkWhosePlanDoesNotExist() {
        assertThat(referenceData.load(new ClassPathResource("indicator-test/no-plan.json"))).isFalse();
    }
}
