package org.kinerja.indicator;

import java.util.List;
import java.util.Optional;

/**
 * An indicator definition of a plan's results framework.
 *
 * @param id                  its identifier
 * @param planCode            the plan it belongs to
 * @param code                its code, unique within the plan, e.g. {@code P2.3}
 * @param name                what it measures, in a few words
 * @param definition          how it is counted or computed
 * @param purposeNumber       the purpose it is under; the number after P in its code
 * @param outcomeCode         the outcome of the same purpose it measures, or {@code null}
 * @param unit                the unit of its values, e.g. {@code people}, {@code %}
 * @param measure             number, percentage or qualitative
 * @param direction           which way is good
 * @param aggregation         how period values make the value of a longer span
 * @param disaggregations     the breakdowns its values may be reported by, in the order of the enum
 * @param baseline            its baseline, or {@code null} while none is established
 * @param targets             one target per year of the plan, by year (qualitative indicators may have none)
 * @param source              {@code MANUAL} or the name of a {@link ComputedSource}
 * @param frequency           how often it is measured
 * @param responsibleUserId   the user responsible for it, or {@code null}
 * @param meansOfVerification the evidence its values rest on
 * @param proposed            whether it is part of a proposed framework that awaits review
 * @param version             the version for optimistic locking
 */
public record Indicator(long id, String planCode, String code, String name, String definition, int purposeNumber,
                        String outcomeCode, String unit, Measure measure, Direction direction,
                        Aggregation aggregation, List<Disaggregation> disaggregations, Baseline baseline,
                        List<Target> targets, String source, Frequency frequency, Long responsibleUserId,
                        String meansOfVerification, boolean proposed, int version) {

    public Indicator {
        disaggregations = List.copyOf(disaggregations);
        targets = List.copyOf(targets);
    }

    /** The target for {@code year}, if there is one. */
    public Optional<Target> target(int year) {
        return targets.stream().filter(t -> t.year() != null && t.year() == year).findFirst();
    }

    /** The computed source of its values; empty when they are entered by hand. */
    public Optional<ComputedSource> computedSource() {
        return ComputedSource.named(source);
    }
}
