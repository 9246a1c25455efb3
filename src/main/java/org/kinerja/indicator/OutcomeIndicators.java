package org.kinerja.indicator;

import java.util.List;

/** An outcome with the indicators that measure it, by code. */
public record OutcomeIndicators(Outcome outcome, List<Indicator> indicators) {

    public OutcomeIndicators {
        indicators = List.copyOf(indicators);
    }
}
