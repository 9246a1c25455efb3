package org.kinerja.indicator;

import static org.kinerja.indicator.IndicatorLimits.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinerja.shared.InvalidInputException;

/**
 * What makes outcome and indicator input valid, and how typed text is tidied before it is checked and
 * stored. Every broken rule is reported against the field that breaks it, as the API names it
 * ({@code baseline.year}, {@code targets[1].value}); pages use the same names.
 */
final class IndicatorRules {

    static final Pattern INDICATOR_CODE = Pattern.compile(INDICATOR_CODE_PATTERN);
    static final Pattern OUTCOME_CODE = Pattern.compile(OUTCOME_CODE_PATTERN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(PERCENTAGE_MAX);
    private static final BigDecimal VALUE_LIMIT = BigDecimal.TEN.pow(VALUE_INTEGER_DIGITS_MAX);

    private IndicatorRules() {
    }

    /** Line breaks as {@code \n}, no surrounding white space; {@code null} stays {@code null}. */
    static String tidy(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String blankToNull(String text) {
        String t = tidy(text);
        return t == null || t.isEmpty() ? null : t;
    }

    private static String orEmpty(String text) {
        String t = tidy(text);
        return t == null ? "" : t;
    }

    /**
     * A value without insignificant zeros (12.50 is 12.5, 1.2E+2 is 120), so that equal values compare equal;
     * a value too large to store is left as it is for the rules to refuse.
     */
    static BigDecimal normal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        boolean small = stripped.precision() - stripped.scale() <= VALUE_INTEGER_DIGITS_MAX + 1;
        return stripped.scale() < 0 && small ? stripped.setScale(0) : stripped;
    }

    static OutcomeInput tidy(OutcomeInput in) {
        return new OutcomeInput(tidy(in.code()), in.purposeNumber(), tidy(in.statement()), in.version());
    }

    /**
     * Tidied input: texts stripped, empty optional texts as {@code ""} (the outcome code as {@code null}),
     * {@code null} lists empty, and a baseline with neither value, year nor note as no baseline.
     */
    static IndicatorInput tidy(IndicatorInput in) {
        Baseline b = in.baseline();
        Baseline baseline = b == null || (b.value() == null && b.year() == null && blankToNull(b.note()) == null)
                ? null : new Baseline(normal(b.value()), b.year(), orEmpty(b.note()));
        List<Target> targets = new ArrayList<>();
        if (in.targets() != null) {
            for (Target t : in.targets()) {
                targets.add(t == null ? null : new Target(t.year(), normal(t.value()), orEmpty(t.note())));
            }
        }
        List<Disaggregation> disaggregations = in.disaggregations() == null ? List.of()
                : new ArrayList<>(in.disaggregations());
        return new IndicatorInput(tidy(in.code()), tidy(in.name()), orEmpty(in.definition()), in.purposeNumber(),
                blankToNull(in.outcomeCode()), tidy(in.unit()), in.measure(), in.direction(), in.aggregation(),
                disaggregations, baseline, targets, tidy(in.source()), in.frequency(), in.responsibleUserId(),
                orEmpty(in.meansOfVerification()), in.proposed() != null && in.proposed(), in.version());
    }

    static void check(OutcomeInput in, FrameworkContext plan, InvalidInputException.Collector errors) {
        code(in.code(), in.purposeNumber(), OUTCOME_CODE, "indicator.outcome.code.format", errors);
        purpose(in.purposeNumber(), plan, errors);
        required("statement", in.statement(), STATEMENT_MAX, errors);
    }

    static void check(IndicatorInput in, FrameworkContext plan, InvalidInputException.Collector errors) {
        code(in.code(), in.purposeNumber(), INDICATOR_CODE, "indicator.code.format", errors);
        required("name", in.name(), NAME_MAX, errors);
        length("definition", in.definition(), DEFINITION_MAX, errors);
        purpose(in.purposeNumber(), plan, errors);
        if (in.outcomeCode() != null) {
            Integer outcomePurpose = plan.outcomePurposes().get(in.outcomeCode());
            if (outcomePurpose == null) {
                errors.add("outcomeCode", "indicator.outcome.unknown", in.outcomeCode());
            } else if (in.purposeNumber() != null && !outcomePurpose.equals(in.purposeNumber())) {
                errors.add("outcomeCode", "indicator.outcome.otherPurpose", in.outcomeCode(),
                        String.valueOf(outcomePurpose), String.valueOf(in.purposeNumber()));
            }
        }
        required("unit", in.unit(), UNIT_MAX, errors);
        errors.check(in.measure() != null, "measure", "validation.required");
        errors.check(in.direction() != null, "direction", "validation.required");
        errors.check(in.aggregation() != null, "aggregation", "validation.required");
        errors.check(in.frequency() != null, "frequency", "validation.required");
        if (in.measure() == Measure.PERCENTAGE && in.aggregation() == Aggregation.SUM) {
            errors.add("aggregation", "indicator.aggregation.percentageSum");
        }
        disaggregations(in.disaggregations(), errors);
        baseline(in.baseline(), in.measure(), plan, errors);
        targets(in.targets(), in.measure(), plan, errors);
        if (in.source() == null || in.source().isEmpty()) {
            errors.add("source", "validation.required");
        } else if (!ComputedSource.isKnown(in.source())) {
            errors.add("source", "indicator.source.unknown", in.source());
        }
        if (in.responsibleUserId() != null && !plan.activeUser().test(in.responsibleUserId())) {
            errors.add("responsibleUserId", "indicator.responsible.unknown", String.valueOf(in.responsibleUserId()));
        }
        length("meansOfVerification", in.meansOfVerification(), MEANS_OF_VERIFICATION_MAX, errors);
    }

    /** The number after the dot, or after ".O", of a code that passed the rules. */
    static int codeNumber(String code) {
        Matcher m = (code.contains(".O") ? OUTCOME_CODE : INDICATOR_CODE).matcher(code);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a code: " + code);
        }
        return Integer.parseInt(m.group(2));
    }

    private static void code(String code, Integer purpose, Pattern pattern, String formatKey,
                             InvalidInputException.Collector errors) {
        if (code == null || code.isEmpty()) {
            errors.add("code", "validation.required");
            return;
        }
        if (code.length() > CODE_MAX) {
            errors.add("code", "validation.length.max", String.valueOf(CODE_MAX));
            return;
        }
        Matcher m = pattern.matcher(code);
        if (!m.matches()) {
            errors.add("code", formatKey);
            return;
        }
        String number = m.group(2);
        if (number.length() > 3 || Integer.parseInt(number) < CODE_NUMBER_MIN) {
            errors.add("code", "indicator.code.number", String.valueOf(CODE_NUMBER_MIN), String.valueOf(CODE_NUMBER_MAX));
        } else if (purpose != null && !m.group(1).equals(String.valueOf(purpose))) {
            errors.add("code", "indicator.code.purpose", "P" + purpose, String.valueOf(purpose));
        }
    }

    private static void purpose(Integer purpose, FrameworkContext plan, InvalidInputException.Collector errors) {
        if (purpose == null) {
            errors.add("purposeNumber", "validation.required");
        } else if (!plan.purposes().contains(purpose)) {
            errors.add("purposeNumber", "indicator.purpose.unknown", String.valueOf(purpose));
        }
    }

    private static void disaggregations(List<Disaggregation> list, InvalidInputException.Collector errors) {
        Set<Disaggregation> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Disaggregation d = list.get(i);
            if (d == null) {
                errors.add("disaggregations[" + i + "]", "validation.required");
            } else if (!seen.add(d)) {
                errors.add("disaggregations[" + i + "]", "indicator.disaggregation.duplicate", d.name());
            }
        }
    }

    private static void baseline(Baseline b, Measure measure, FrameworkContext plan,
                                 InvalidInputException.Collector errors) {
        if (b == null) {
            return;
        }
        if (b.year() == null) {
            errors.add("baseline.year", "validation.required");
        } else if (b.year() < YEAR_MIN || b.year() > YEAR_MAX) {
            errors.add("baseline.year", "validation.number.range", String.valueOf(YEAR_MIN), String.valueOf(YEAR_MAX));
        } else if (b.year() > plan.startYear()) {
            errors.add("baseline.year", "indicator.baseline.afterStart", String.valueOf(plan.startYear()));
        }
        value("baseline.value", "baseline.note", b.value(), b.note(), measure, errors);
        length("baseline.note", b.note(), NOTE_MAX, errors);
    }

    private static void targets(List<Target> targets, Measure measure, FrameworkContext plan,
                                InvalidInputException.Collector errors) {
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            String prefix = "targets[" + i + "]";
            Target t = targets.get(i);
            if (t == null) {
                errors.add(prefix, "validation.required");
                continue;
            }
            if (t.year() == null) {
                errors.add(prefix + ".year", "validation.required");
            } else if (t.year() < plan.startYear() || t.year() > plan.endYear()) {
                errors.add(prefix + ".year", "indicator.target.outsidePlan", String.valueOf(t.year()),
                        String.valueOf(plan.startYear()), String.valueOf(plan.endYear()));
            } else if (!years.add(t.year())) {
                errors.add(prefix + ".year", "indicator.target.duplicate", String.valueOf(t.year()));
            }
            value(prefix + ".value", prefix + ".note", t.value(), t.note(), measure, errors);
            length(prefix + ".note", t.note(), NOTE_MAX, errors);
        }
        if (measure != null && measure != Measure.QUALITATIVE) {
            for (int year = plan.startYear(); year <= plan.endYear(); year++) {
                if (!years.contains(year)) {
                    errors.add("targets", "indicator.target.missing", String.valueOf(year));
                }
            }
        }
    }

    /**
     * A baseline or target value: required unless the indicator is qualitative (whose note then says it),
     * storable as numeric(18,4), and from 0 to 100 for a percentage.
     */
    private static void value(String field, String noteField, BigDecimal value, String note, Measure measure,
                              InvalidInputException.Collector errors) {
        if (value == null) {
            if (measure == Measure.QUALITATIVE) {
                errors.check(note != null && !note.isEmpty(), noteField, "indicator.qualitative.noteRequired");
            } else if (measure != null) {
                errors.add(field, "validation.required");
            }
            return;
        }
        if (value.stripTrailingZeros().scale() > VALUE_SCALE_MAX || value.abs().compareTo(VALUE_LIMIT) >= 0) {
            errors.add(field, "indicator.value.precision", String.valueOf(VALUE_INTEGER_DIGITS_MAX),
                    String.valueOf(VALUE_SCALE_MAX));
        } else if (measure == Measure.PERCENTAGE && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            errors.add(field, "indicator.percentage.range");
        }
    }

    private static void required(String field, String value, int max, InvalidInputException.Collector errors) {
        if (value == null || value.isEmpty()) {
            errors.add(field, "validation.required");
        } else {
            length(field, value, max, errors);
        }
    }

    private static void length(String field, String value, int max, InvalidInputException.Collector errors) {
        if (value != null && value.length() > max) {
            errors.add(field, "validation.length.max", String.valueOf(max));
        }
    }
}
