package org.kinerja.indicator;

import java.util.List;

/**
 * An indicator as it is created or changed; {@link Indicator} explains the fields. {@code null} lists are
 * empty, a {@code null} {@code proposed} is false, a {@code null} baseline means none is established yet.
 *
 * @param version the version the change was made from (required to change an indicator; ignored on create)
 */
public record IndicatorInput(String code, String name, String definition, Integer purposeNumber, String outcomeCode,
                             String unit, Measure measure, Direction direction, Aggregation aggregation,
                             List<Disaggregation> disaggregations, Baseline baseline, List<Target> targets,
                             String source, Frequency frequency, Long responsibleUserId, String meansOfVerification,
                             Boolean proposed, Integer version) {

    /** This input with another version, e.g. the one just read. */
    public IndicatorInput withVersion(Integer newVersion) {
        return new IndicatorInput(code, name, definition, purposeNumber, outcomeCode, unit, measure, direction,
                aggregation, disaggregations, baseline, targets, source, frequency, responsibleUserId,
                meansOfVerification, proposed, newVersion);
    }

    /** What an indicator says, as input that would save it unchanged. */
    public static IndicatorInput of(Indicator i) {
        return new IndicatorInput(i.code(), i.name(), i.definition(), i.purposeNumber(), i.outcomeCode(), i.unit(),
                i.measure(), i.direction(), i.aggregation(), i.disaggregations(), i.baseline(), i.targets(),
                i.source(), i.frequency(), i.responsibleUserId(), i.meansOfVerification(), i.proposed(), i.version());
    }
}
