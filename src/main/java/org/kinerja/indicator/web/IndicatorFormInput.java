package org.kinerja.indicator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.Baseline;
import org.kinerja.indicator.Direction;
import org.kinerja.indicator.Disaggregation;
import org.kinerja.indicator.Frequency;
import org.kinerja.indicator.IndicatorInput;
import org.kinerja.indicator.Measure;
import org.kinerja.indicator.Target;
import org.kinerja.shared.InvalidInputException;

/**
 * The indicator form as service input. The form has a row for every year of the plan; a qualitative
 * indicator's empty rows are left out (its targets are optional), so the service's {@code targets[k]} is
 * mapped back to the row {@code targets[i]} it came from.
 */
final class IndicatorFormInput {

    private static final Pattern TARGET_FIELD = Pattern.compile("targets\\[(\\d+)](.*)");
    private static final Pattern DISAGGREGATION_FIELD = Pattern.compile("disaggregations\\[\\d+]");

    private final IndicatorInput input;
    private final List<Integer> rows;

    private IndicatorFormInput(IndicatorInput input, List<Integer> rows) {
        this.input = input;
        this.rows = rows;
    }

    /** Reads the form; fields that cannot be read are an {@link InvalidInputException} naming them. */
    static IndicatorFormInput read(IndicatorForm form) {
        FormReader reader = new FormReader();
        Integer purpose = reader.integer("purposeNumber", form.purposeNumber(), "indicator.number.invalid");
        Measure measure = reader.choice("measure", form.measure(), Measure.class);
        Direction direction = reader.choice("direction", form.direction(), Direction.class);
        Aggregation aggregation = reader.choice("aggregation", form.aggregation(), Aggregation.class);
        Frequency frequency = reader.choice("frequency", form.frequency(), Frequency.class);
        List<Disaggregation> disaggregations = new ArrayList<>();
        for (String d : form.disaggregations()) {
            Disaggregation value = reader.choice("disaggregations", d, Disaggregation.class);
            if (value != null && !disaggregations.contains(value)) {
                disaggregations.add(value);
            }
        }
        BaselineForm b = form.baseline();
        Baseline baseline = new Baseline(reader.decimal("baseline.value", b.value()),
                reader.integer("baseline.year", b.year(), "indicator.year.invalid"), b.note());
        List<Target> targets = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < form.targets().size(); i++) {
            TargetForm row = form.targets().get(i);
            String prefix = "targets[" + i + "]";
            boolean empty = FormReader.blank(row.value()) && FormReader.blank(row.note());
            if (empty && measure == Measure.QUALITATIVE) {
                continue;
            }
            targets.add(new Target(reader.integer(prefix + ".year", row.year(), "indicator.year.invalid"),
                    reader.decimal(prefix + ".value", row.value()), row.note()));
            rows.add(i);
        }
        Long responsible = reader.id("responsibleUserId", form.responsibleUserId());
        Integer version = reader.integer("version", form.version(), "indicator.version.invalid");
        reader.throwIfAny();
        IndicatorInput input = new IndicatorInput(form.code(), form.name(), form.definition(), purpose,
                form.outcomeCode(), form.unit(), measure, direction, aggregation, disaggregations, baseline, targets,
                form.source(), frequency, responsible, form.meansOfVerification(), form.isProposed(), version);
        return new IndicatorFormInput(input, rows);
    }

    IndicatorInput input() {
        return input;
    }

    /** The service's violations with the names of the form's fields. */
    InvalidInputException onForm(InvalidInputException e) {
        List<InvalidInputException.Violation> out = new ArrayList<>();
        for (InvalidInputException.Violation v : e.violations()) {
            Matcher m = TARGET_FIELD.matcher(v.field());
            String field = v.field();
            if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
                field = "targets[" + rows.get(Integer.parseInt(m.group(1))) + "]" + m.group(2);
            } else if (DISAGGREGATION_FIELD.matcher(field).matches()) {
                field = "disaggregations";
            }
            out.add(new InvalidInputException.Violation(field, v.messageKey(), v.args()));
        }
        return new InvalidInputException(out);
    }
}
