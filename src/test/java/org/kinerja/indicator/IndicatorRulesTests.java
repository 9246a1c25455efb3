package org.kinerja.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kinerja.indicator.Indicators.anIndicator;
import static org.kinerja.indicator.Indicators.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.kinerja.shared.InvalidInputException;

/** Every rule of {@link IndicatorRules}, without Spring: a plan of 2021–2022 with purposes 1 to 4. */
class IndicatorRulesTests {

    private static final long ACTIVE_USER = 7L;
    private static final FrameworkContext PLAN = new FrameworkContext(2021, 2022, Set.of(1, 2, 3, 4),
            Map.of("P1.O1", 1, "P2.O1", 2), id -> id == ACTIVE_USER);

    private static List<InvalidInputException.Violation> violations(IndicatorInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        IndicatorRules.check(IndicatorRules.tidy(input), PLAN, errors);
        return thrown(errors);
    }

    private static List<InvalidInputException.Violation> violations(OutcomeInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        IndicatorRules.check(IndicatorRules.tidy(input), PLAN, errors);
        return thrown(errors);
    }

    private static List<InvalidInputException.Violation> thrown(InvalidInputException.Collector errors) {
        try {
            errors.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertFields(
            List<InvalidInputException.Violation> violations) {
        return assertThat(violations).extracting(InvalidInputException.Violation::field,
                InvalidInputException.Violation::messageKey);
    }

    private static Object[] args(List<InvalidInputException.Violation> violations) {
        assertThat(violations).hasSize(1);
        return violations.get(0).args();
    }

    // --- what passes -------------------------------------------------------------------------------

    @Test
    void acceptsACountWithABaselineAndATargetForEveryYear() {
        assertThat(violations(anIndicator().build())).isEmpty();
    }

    @Test
    void acceptsAPercentageAggregatedAsARatio() {
        assertThat(violations(anIndicator().asPercentage(Aggregation.RATIO).build())).isEmpty();
    }

    @Test
    void acceptsAQualitativeIndicatorWithoutTargets() {
        assertThat(violations(anIndicator().qualitative().build())).isEmpty();
    }

    @Test
    void acceptsAnIndicatorWithoutABaselineYet() {
        assertThat(violations(anIndicator().withBaseline(null).build())).isEmpty();
    }

    @Test
    void acceptsABaselineInThePlansFirstYear() {
        assertThat(violations(anIndicator().withBaseline(new Baseline(BigDecimal.TEN, 2021, "")).build())).isEmpty();
    }

    @Test
    void acceptsAnOutcomeOfTheSamePurposeAndAnActiveResponsibleUser() {
        assertThat(violations(anIndicator().measuring("P2.O1").responsible(ACTIVE_USER).build())).isEmpty();
    }

    @Test
    void acceptsEveryComputedSourceOfTheCatalogue() {
        for (ComputedSource source : ComputedSource.values()) {
            assertThat(violations(anIndicator().fromSource(source.name()).build())).as(source.name()).isEmpty();
        }
    }

    // --- codes -------------------------------------------------------------------------------------

    @Test
    void requiresACode() {
        assertFields(violations(anIndicator().withCode("  ").build())).containsExactly(tuple("code", "validation.required"));
    }

    @Test
    void refusesACodeNotShapedLikeP2Dot3() {
        for (String code : List.of("P2-3", "p2.3", "2.3", "P2.", "P2.O1", "PX.1", "P2.3a")) {
            assertFields(violations(anIndicator().withCode(code).build())).as(code)
                    .containsExactly(tuple("code", "indicator.code.format"));
        }
    }

    @Test
    void refusesACodeWhoseNumberAfterPIsNotThePurpose() {
        List<InvalidInputException.Violation> v = violations(anIndicator().inPurpose(2).withCode("P3.1").build());

        assertFields(v).containsExactly(tuple("code", "indicator.code.purpose"));
        assertThat(args(v)).containsExactly("P2", "2");
    }

    @Test
    void refusesALeadingZeroInThePurposeOfACode() {
        assertFields(violations(anIndicator().inPurpose(2).withCode("P02.1").build()))
                .containsExactly(tuple("code", "indicator.code.purpose"));
    }

    @Test
    void refusesIndicatorNumberZeroOrAboveNineHundredNinetyNine() {
        assertFields(violations(anIndicator().withCode("P2.0").build()))
                .containsExactly(tuple("code", "indicator.code.number"));
        assertFields(violations(anIndicator().withCode("P2.1000").build()))
                .containsExactly(tuple("code", "indicator.code.number"));
    }

    @Test
    void refusesACodeLongerThanTwentyCharacters() {
        assertFields(violations(anIndicator().withCode("P2." + "1".repeat(18)).build()))
                .containsExactly(tuple("code", "validation.length.max"));
    }

    // --- texts, purpose and outcome ----------------------------------------------------------------

    @Test
    void requiresANameAndAUnit() {
        IndicatorInput in = anIndicator().named(" ").build();
        IndicatorInput noUnit = new IndicatorInput(in.code(), "Name", "", 2, null, "", in.measure(), in.direction(),
                in.aggregation(), null, in.baseline(), in.targets(), "MANUAL", in.frequency(), null, null, null, null);

        assertFields(violations(in)).containsExactly(tuple("name", "validation.required"));
        assertFields(violations(noUnit)).containsExactly(tuple("unit", "validation.required"));
    }

    @Test
    void refusesTextsLongerThanTheirLimits() {
        IndicatorInput in = anIndicator().named("n".repeat(301)).withMeansOfVerification("m".repeat(2001)).build();

        assertFields(violations(in)).containsExactly(tuple("name", "validation.length.max"),
                tuple("meansOfVerification", "validation.length.max"));
    }

    @Test
    void refusesAPurposeThePlanDoesNotHave() {
        List<InvalidInputException.Violation> v = violations(anIndicator().inPurpose(9).build());

        assertFields(v).containsExactly(tuple("purposeNumber", "indicator.purpose.unknown"));
        assertThat(args(v)).containsExactly("9");
    }

    @Test
    void requiresAPurpose() {
        IndicatorInput in = anIndicator().build();
        IndicatorInput noPurpose = new IndicatorInput("P2.1", in.name(), "", null, null, in.unit(), in.measure(),
                in.direction(), in.aggregation(), null, in.baseline(), in.targets(), "MANUAL", in.frequency(), null,
                null, null, null);

        assertFields(violations(noPurpose)).containsExactly(tuple("purposeNumber", "validation.required"));
    }

    @Test
    void refusesAnOutcomeThePlanDoesNotHave() {
        assertFields(violations(anIndicator().measuring("P2.O9").build()))
                .containsExactly(tuple("outcomeCode", "indicator.outcome.unknown"));
    }

    @Test
    void refusesAnOutcomeOfAnotherPurpose() {
        List<InvalidInputException.Violation> v = violations(anIndicator().inPurpose(2).measuring("P1.O1").build());

        assertFields(v).containsExactly(tuple("outcomeCode", "indicator.outcome.otherPurpose"));
        assertThat(args(v)).containsExactly("P1.O1", "1", "2");
    }

    // --- measure, aggregation and choices ----------------------------------------------------------

    @Test
    void requiresMeasureDirectionAggregationAndFrequency() {
        IndicatorInput in = anIndicator().build();
        IndicatorInput none = new IndicatorInput(in.code(), in.name(), "", 2, null, in.unit(), null, null, null, null,
                null, in.targets(), "MANUAL", null, null, null, null, null);

        assertFields(violations(none)).containsExactly(tuple("measure", "validation.required"),
                tuple("direction", "validation.required"), tuple("aggregation", "validation.required"),
                tuple("frequency", "validation.required"));
    }

    @Test
    void refusesToSumAPercentage() {
        assertFields(violations(anIndicator().asPercentage(Aggregation.SUM).build()))
                .containsExactly(tuple("aggregation", "indicator.aggregation.percentageSum"));
    }

    @Test
    void refusesADisaggregationListedTwice() {
        assertFields(violations(anIndicator().withDisaggregations(Disaggregation.SEX, Disaggregation.MEMBER,
                Disaggregation.SEX).build()))
                .containsExactly(tuple("disaggregations[2]", "indicator.disaggregation.duplicate"));
    }

    @Test
    void refusesASourceOutsideTheCatalogue() {
        assertFields(violations(anIndicator().fromSource("PEOPLE_HAPPY").build()))
                .containsExactly(tuple("source", "indicator.source.unknown"));
        assertFields(violations(anIndicator().fromSource("").build()))
                .containsExactly(tuple("source", "validation.required"));
    }

    @Test
    void refusesAResponsibleUserWhoDoesNotExistOrIsInactive() {
        List<InvalidInputException.Violation> v = violations(anIndicator().responsible(8L).build());

        assertFields(v).containsExactly(tuple("responsibleUserId", "indicator.responsible.unknown"));
        assertThat(args(v)).containsExactly("8");
    }

    // --- baseline ----------------------------------------------------------------------------------

    @Test
    void refusesABaselineYearAfterThePlansFirstYear() {
        List<InvalidInputException.Violation> v = violations(anIndicator()
                .withBaseline(new Baseline(BigDecimal.TEN, 2022, "")).build());

        assertFields(v).containsExactly(tuple("baseline.year", "indicator.baseline.afterStart"));
        assertThat(args(v)).containsExactly("2021");
    }

    @Test
    void requiresTheYearAndValueOfABaselineThatIsGiven() {
        assertFields(violations(anIndicator().withBaseline(new Baseline(null, null, "Estimated later.")).build()))
                .containsExactly(tuple("baseline.year", "validation.required"), tuple("baseline.value", "validation.required"));
    }

    @Test
    void refusesAPercentageBaselineOutsideZeroToHundred() {
        assertFields(violations(anIndicator().asPercentage(Aggregation.RATIO)
                .withBaseline(new Baseline(new BigDecimal("100.5"), 2020, "")).build()))
                .containsExactly(tuple("baseline.value", "indicator.percentage.range"));
        assertFields(violations(anIndicator().asPercentage(Aggregation.RATIO)
                .withBaseline(new Baseline(new BigDecimal("-1"), 2020, "")).build()))
                .containsExactly(tuple("baseline.value", "indicator.percentage.range"));
    }

    @Test
    void acceptsAPercentageOfExactlyZeroOrHundred() {
        assertThat(violations(anIndicator().asPercentage(Aggregation.LATEST)
                .withBaseline(new Baseline(BigDecimal.ZERO, 2020, ""))
                .withTargets(target(2021, "100"), target(2022, "100.0")).build())).isEmpty();
    }

    @Test
    void requiresANoteForAQualitativeBaselineWithoutValue() {
        assertFields(violations(anIndicator().qualitative().withBaseline(new Baseline(null, 2020, "")).build()))
                .containsExactly(tuple("baseline.note", "indicator.qualitative.noteRequired"));
    }

    @Test
    void treatsAnEmptyBaselineAsNoBaseline() {
        IndicatorInput tidied = IndicatorRules.tidy(anIndicator().withBaseline(new Baseline(null, null, "  ")).build());

        assertThat(tidied.baseline()).isNull();
        assertThat(violations(tidied)).isEmpty();
    }

    // --- targets -----------------------------------------------------------------------------------

    @Test
    void requiresATargetForEveryYearOfThePlan() {
        List<InvalidInputException.Violation> v = violations(anIndicator().withTargets(target(2021, "120")).build());

        assertFields(v).containsExactly(tuple("targets", "indicator.target.missing"));
        assertThat(args(v)).containsExactly("2022");
    }

    @Test
    void requiresNoTargetsOfAQualitativeIndicator() {
        assertThat(violations(anIndicator().qualitative().withTargets().build())).isEmpty();
    }

    @Test
    void requiresANoteForAQualitativeTargetWithoutValue() {
        assertFields(violations(anIndicator().qualitative().withTargets(new Target(2021, null, " ")).build()))
                .containsExactly(tuple("targets[0].note", "indicator.qualitative.noteRequired"));
    }

    @Test
    void refusesATargetForAYearOutsideThePlan() {
        List<InvalidInputException.Violation> v = violations(anIndicator()
                .withTargets(target(2021, "1"), target(2022, "2"), target(2023, "3")).build());

        assertFields(v).containsExactly(tuple("targets[2].year", "indicator.target.outsidePlan"));
        assertThat(args(v)).containsExactly("2023", "2021", "2022");
    }

    @Test
    void refusesTwoTargetsForTheSameYear() {
        assertFields(violations(anIndicator().withTargets(target(2021, "1"), target(2022, "2"), target(2021, "3")).build()))
                .containsExactly(tuple("targets[2].year", "indicator.target.duplicate"));
    }

    @Test
    void requiresTheYearOfATarget() {
        assertFields(violations(anIndicator().withTargets(target(2021, "1"), new Target(null, BigDecimal.ONE, "")).build()))
                .containsExactly(tuple("targets[1].year", "validation.required"), tuple("targets", "indicator.target.missing"));
    }

    @Test
    void requiresTheValueOfANumericTarget() {
        assertFields(violations(anIndicator().withTargets(target(2021, null), target(2022, "2")).build()))
                .containsExactly(tuple("targets[0].value", "validation.required"));
    }

    @Test
    void refusesAPercentageTargetAboveHundredNamingTheTarget() {
        assertFields(violations(anIndicator().asPercentage(Aggregation.RATIO)
                .withTargets(target(2021, "90"), target(2022, "101")).build()))
                .containsExactly(tuple("targets[1].value", "indicator.percentage.range"));
    }

    @Test
    void refusesValuesThatDoNotFitFourDecimalsAndFourteenDigits() {
        assertFields(violations(anIndicator().withTargets(target(2021, "1.23456"), target(2022, "1E+14")).build()))
                .containsExactly(tuple("targets[0].value", "indicator.value.precision"),
                        tuple("targets[1].value", "indicator.value.precision"));
        assertThat(violations(anIndicator().withTargets(target(2021, "1.23450000"), target(2022, "99999999999999.9999"))
                .build())).isEmpty();
    }

    @Test
    void refusesAMissingTargetEntry() {
        List<Target> targets = new java.util.ArrayList<>();
        targets.add(target(2021, "1"));
        targets.add(null);
        targets.add(target(2022, "2"));

        assertFields(violations(anIndicator().withTargetList(targets).build()))
                .containsExactly(tuple("targets[1]", "validation.required"));
    }

    // --- tidying -----------------------------------------------------------------------------------

    @Test
    void tidiesTextsAndValues() {
        IndicatorInput tidied = IndicatorRules.tidy(anIndicator().named("  Events held \r\n").measuring(" ")
                .withBaseline(new Baseline(new BigDecimal("12.50"), 2020, null))
                .withTargets(target(2021, "1.2E+2"), target(2022, "140.000")).build());

        assertThat(tidied.name()).isEqualTo("Events held");
        assertThat(tidied.outcomeCode()).isNull();
        assertThat(tidied.baseline()).isEqualTo(new Baseline(new BigDecimal("12.5"), 2020, ""));
        assertThat(tidied.targets()).extracting(t -> t.value().toPlainString()).containsExactly("120", "140");
        assertThat(tidied.proposed()).isFalse();
    }

    // --- outcomes ----------------------------------------------------------------------------------

    @Test
    void acceptsAnOutcomeCodedForItsPurpose() {
        assertThat(violations(new OutcomeInput("P3.O2", 3, "Members share good practice.", null))).isEmpty();
    }

    @Test
    void refusesAnOutcomeCodeNotShapedLikeP2DotO1() {
        for (String code : List.of("P2.1", "P2.o1", "P2O1", "O1")) {
            assertFields(violations(new OutcomeInput(code, 2, "Statement.", null))).as(code)
                    .containsExactly(tuple("code", "indicator.outcome.code.format"));
        }
    }

    @Test
    void refusesAnOutcomeCodeOfAnotherPurpose() {
        assertFields(violations(new OutcomeInput("P1.O1", 2, "Statement.", null)))
                .containsExactly(tuple("code", "indicator.code.purpose"));
    }

    @Test
    void requiresTheStatementAndAKnownPurposeOfAnOutcome() {
        assertFields(violations(new OutcomeInput("P5.O1", 5, " ", null)))
                .containsExactly(tuple("purposeNumber", "indicator.purpose.unknown"), tuple("statement", "validation.required"));
    }

    @Test
    void refusesAnOutcomeStatementLongerThanThousandCharacters() {
        assertFields(violations(new OutcomeInput("P2.O1", 2, "s".repeat(1001), null)))
                .containsExactly(tuple("statement", "validation.length.max"));
    }

    @Test
    void readsTheNumberOfACodeForOrdering() {
        assertThat(IndicatorRules.codeNumber("P2.12")).isEqualTo(12);
        assertThat(IndicatorRules.codeNumber("P2.O3")).isEqualTo(3);
    }
}
