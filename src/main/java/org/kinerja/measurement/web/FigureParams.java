package org.kinerja.measurement.web;

import org.kinerja.indicator.ComputedSource;
import org.kinerja.measurement.Breakdown;
import org.kinerja.measurement.FigureScope;
import org.kinerja.measurement.Period;
import org.kinerja.measurement.internal.SourceCatalogue;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.web.FormValues;

/**
 * What a figure's address says: {@code /figures/{source}?plan=&period=&purpose=&by=&key=} (the report links each
 * figure there) and the same parameters on {@code /api/v1/figures/{source}}.
 *
 * @param source  the computed source
 * @param plan    the plan code
 * @param period  the period
 * @param purpose one purpose of the plan, or {@code null}
 * @param by      the breakdown, or {@code null}
 * @param key     one line of the breakdown, or {@code null}
 */
public record FigureParams(ComputedSource source, String plan, Period period, Integer purpose, Breakdown by, String key) {

    /**
     * Reads the parameters: an unknown source is 404; a missing plan or period, an unreadable period, purpose or
     * breakdown, a breakdown the source does not support and a key without a breakdown are 422 naming the parameter.
     */
    static FigureParams parse(String source, String plan, String period, String purpose, String by, String key) {
        ComputedSource s = ComputedSource.named(source == null ? "" : source.strip())
                .orElseThrow(() -> new NotFoundException("measurement.source.unknown", String.valueOf(source)));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String p = plan == null || plan.isBlank() ? null : plan.strip();
        errors.check(p != null, "plan", "validation.required");
        Period when = null;
        if (period == null || period.isBlank()) {
            errors.add("period", "validation.required");
        } else {
            try {
                when = Period.parse("period", period);
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.add("period", v.messageKey(), v.args()));
            }
        }
        Integer n = FormValues.integer("purpose", purpose, errors);
        Breakdown b = FormValues.enumValue(Breakdown.class, "by", by, errors);
        if (b != null && !SourceCatalogue.spec(s).breakdowns().containsKey(b)) {
            errors.add("by", "measurement.breakdown.unsupported", b.name(), s.name());
        }
        String k = key == null || key.isBlank() ? null : key.strip();
        if (k != null && by == null) {
            errors.add("key", "measurement.key.withoutBreakdown");
        }
        errors.throwIfAny();
        return new FigureParams(s, p, when, n, b, k);
    }

    public FigureScope scope() {
        return new FigureScope(plan, purpose);
    }

    /** The query string of this figure, without {@code ?}; {@code withKey} keeps the breakdown line. */
    public String query(boolean withKey) {
        return FormValues.query("plan", plan, "period", period.label(), "purpose",
                purpose == null ? null : String.valueOf(purpose), "by", by == null ? null : by.name(),
                "key", withKey ? key : null);
    }

    /** The query string of one line of the breakdown. */
    public String queryFor(String lineKey) {
        return FormValues.query("plan", plan, "period", period.label(), "purpose",
                purpose == null ? null : String.valueOf(purpose), "by", by == null ? null : by.name(), "key", lineKey);
    }
}
