package org.kinerja.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.InvalidInputException.Violation;

class PlanRulesTests {

    private static List<Violation> violations(NewPlan plan) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PlanRules.check(PlanRules.tidy(plan), errors);
        return collected(errors);
    }

    private static List<Violation> violations(PlanChange change) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PlanRules.check(PlanRules.tidy(change), errors);
        return collected(errors);
    }

    private static List<Violation> collected(InvalidInputException.Collector errors) {
        try {
            errors.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    private static PlanChange texts(String title, Integer start, Integer end) {
        return PlanChange.texts(title, start, end, "", "", "", "", 0);
    }

    @Test
    void acceptsAPlanCodeOfCapitalsDigitsAndHyphens() {
        assertThat(violations(new NewPlan("SP-2023-25", "Title", 2023, 2025, null))).isEmpty();
        assertThat(violations(new NewPlan("A1", "Title", 2023, 2025, null))).isEmpty();
    }

    @Test
    void refusesPlanCodesOutsideTheFormat() {
        for (String code : List.of("sp-2023-25", "-SP", "S", "SP 2023", "SP-2023-25-ABCDEFGHIJ")) {
            assertThat(violations(new NewPlan(code, "Title", 2023, 2025, null)))
                    .as(code).extracting(Violation::field, Violation::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("code", "plan.code.format"));
        }
    }

    @Test
    void refusesAnEndYearBeforeTheStartYearOnTheEndYear() {
        assertThat(violations(texts("Title", 2024, 2023)))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("endYear", "plan.endYear.beforeStart"));
    }

    @Test
    void acceptsAOneYearPlan() {
        assertThat(violations(texts("Title", 2024, 2024))).isEmpty();
    }

    @Test
    void refusesYearsOutside2000To2100() {
        assertThat(violations(texts("Title", 1999, 2101)))
                .extracting(Violation::field, Violation::messageKey, v -> Arrays.asList(v.args()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("startYear", "validation.number.range", List.of("2000", "2100")),
                        org.assertj.core.groups.Tuple.tuple("endYear", "validation.number.range", List.of("2000", "2100")));
    }

    @Test
    void requiresATitleAfterTrimming() {
        assertThat(violations(texts("   ", 2024, 2025)))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "validation.required"));
    }

    @Test
    void measuresTextLengthsPerColumn() {
        PlanChange change = PlanChange.texts("T".repeat(PlanLimits.TITLE_MAX + 1), 2024, 2025,
                "f".repeat(PlanLimits.FOREWORD_MAX + 1), "d".repeat(PlanLimits.DESCRIPTION_MAX),
                "m".repeat(PlanLimits.MISSION_MAX + 1), "", 0);

        assertThat(violations(change)).extracting(Violation::field).containsExactly("title", "foreword", "mission");
    }

    @Test
    void refusesRepeatedNumbersOfPrinciplesAndPurposes() {
        PlanChange change = new PlanChange("Title", 2024, 2025, null, null, null, null, 0, null,
                List.of(new Principle(1, "One", ""), new Principle(1, "Again one", "")),
                List.of(new Purpose(2, "Two", "", "", List.of()), new Purpose(3, "Three", "", "", List.of()),
                        new Purpose(2, "Two again", "", "", List.of())));

        assertThat(violations(change)).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("principles[1].number", "plan.number.taken"),
                org.assertj.core.groups.Tuple.tuple("purposes[2].number", "plan.number.taken"));
    }

    @Test
    void namesEachBlankOrOverlongExampleActivity() {
        PlanChange change = new PlanChange("Title", 2024, 2025, null, null, null, null, 0, null, null,
                List.of(new Purpose(1, "One", "", "", Arrays.asList("Fine", " ", null,
                        "x".repeat(PlanLimits.EXAMPLE_ACTIVITY_MAX + 1)))));

        assertThat(violations(change)).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("purposes[0].exampleActivities[1]", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("purposes[0].exampleActivities[2]", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("purposes[0].exampleActivities[3]", "validation.length.max"));
    }

    @Test
    void refusesASignatoryWithoutAnIsoCountryCode() {
        PlanChange change = PlanChange.texts("Title", 2024, 2025, null, null, null, null, 0)
                .withSignatories(List.of(new Signatory("Jake SHARMAN", "RSO Co-Manager", "Australia", "Australia")));

        assertThat(violations(change)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("signatories[0].countryCode", "plan.countryCode.format"));
    }

    @Test
    void tidiesLineBreaksAndSurroundingSpace() {
        assertThat(PlanRules.tidy("  One.\r\n\r\nTwo.\rThree.  ")).isEqualTo("One.\n\nTwo.\nThree.");
        assertThat(PlanRules.tidy((String) null)).isNull();
    }

    @Test
    void requiresAVersionToChangeAPlan() {
        assertThatThrownBy(() -> {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            PlanRules.check(PlanChange.texts("Title", 2024, 2025, null, null, null, null, null), errors);
            errors.throwIfAny();
        }).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.violations()).extracting(Violation::field).containsExactly("version"));
    }
}
