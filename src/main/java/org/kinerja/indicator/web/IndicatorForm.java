package org.kinerja.indicator.web;

import java.util.ArrayList;
import java.util.List;

import org.kinerja.indicator.Baseline;
import org.kinerja.indicator.ComputedSource;
import org.kinerja.indicator.Disaggregation;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.Target;

/**
 * The fields of the form that adds or edits an indicator, as typed. The baseline and target fields are
 * named as the API names them ({@code baseline.value}, {@code targets[1].value}), so that an error is shown
 * next to the field it is about.
 */
public record IndicatorForm(String code, String name, String definition, String purposeNumber, String outcomeCode,
                            String unit, String measure, String direction, String aggregation,
                            List<String> disaggregations, BaselineForm baseline, List<TargetForm> targets,
                            String source, String frequency, String responsibleUserId, String meansOfVerification,
                            String proposed, String version) {

    public IndicatorForm {
        disaggregations = disaggregations == null ? List.of() : List.copyOf(disaggregations);
        baseline = baseline == null ? BaselineForm.blank() : baseline;
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** An empty form for a new indicator of this purpose, with one target row per year. */
    static IndicatorForm blank(Integer purpose, List<Integer> years) {
        List<TargetForm> targets = years.stream().map(y -> new TargetForm(String.valueOf(y), "", "")).toList();
        return new IndicatorForm(purpose == null ? "P1." : "P" + purpose + ".", "", "",
                purpose == null ? "" : String.valueOf(purpose), "", "", "NUMBER", "INCREASE", "SUM", List.of(),
                BaselineForm.blank(), targets, ComputedSource.MANUAL_NAME, "ANNUAL", "", "", null, "");
    }

    /** The form showing a stored indicator, with one target row per year of the plan. */
    static IndicatorForm of(Indicator i, List<Integer> years) {
        Baseline b = i.baseline();
        BaselineForm baseline = b == null ? BaselineForm.blank()
                : new BaselineForm(Values.plain(b.value()), String.valueOf(b.year()), b.note());
        List<TargetForm> targets = new ArrayList<>();
        for (int year : years) {
            Target t = i.target(year).orElse(null);
            targets.add(new TargetForm(String.valueOf(year), t == null ? "" : Values.plain(t.value()),
                    t == null ? "" : t.note()));
        }
        return new IndicatorForm(i.code(), i.name(), i.definition(), String.valueOf(i.purposeNumber()),
                i.outcomeCode() == null ? "" : i.outcomeCode(), i.unit(), i.measure().name(), i.direction().name(),
                i.aggregation().name(), i.disaggregations().stream().map(Disaggregation::name).toList(), baseline,
                targets, i.source(), i.frequency().name(),
                i.responsibleUserId() == null ? "" : String.valueOf(i.responsibleUserId()), i.meansOfVerification(),
                i.proposed() ? "true" : null, String.valueOf(i.version()));
    }

    public boolean has(Disaggregation d) {
        return disaggregations.contains(d.name());
    }

    public boolean isProposed() {
        return "true".equals(proposed) || "on".equals(proposed);
    }
}
