package org.kinerja.measurement;

import org.kinerja.indicator.IndicatorUsage;
import org.springframework.stereotype.Component;

/** The values recorded for an indicator, which keep it from being deleted. */
@Component
class IndicatorValueUsage implements IndicatorUsage {

    private final IndicatorValueRepository values;

    IndicatorValueUsage(IndicatorValueRepository values) {
        this.values = values;
    }

    @Override
    public long recordsOf(long indicatorId) {
        return values.countOfIndicator(indicatorId);
    }
}
