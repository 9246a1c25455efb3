package org.kinerja.dashboard;

import java.util.Map;
import java.util.TreeMap;

import org.kinerja.measurement.IndicatorValueService;
import org.kinerja.measurement.IpttRow;
import org.kinerja.measurement.Period;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.PlanSummary;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts the indicators of every plan covering a year by their status against the year's target, from the
 * measurement module's targets-against-actuals table. When the installation has no indicator values service the
 * count fails, and the dashboard says the statuses are not available rather than showing zeros.
 */
@Component
class IndicatorStatuses {

    /** More plans than ever cover one year. */
    private static final int PLANS_PER_YEAR = 100;

    private final ObjectProvider<IndicatorValueService> values;
    private final PlanService plans;

    IndicatorStatuses(ObjectProvider<IndicatorValueService> values, PlanService plans) {
        this.values = values;
        this.plans = plans;
    }

    /** Plan code → purpose → status → indicators. */
    Map<String, Map<Integer, Map<String, Integer>>> count(int year) {
        IndicatorValueService service = values.getIfAvailable();
        if (service == null) {
            throw new IllegalStateException("indicator values are not available in this installation");
        }
        Map<String, Map<Integer, Map<String, Integer>>> counts = new TreeMap<>();
        for (PlanSummary plan : plans.list(year, new PageQuery(0, PLANS_PER_YEAR)).items()) {
            Map<Integer, Map<String, Integer>> byPurpose = counts.computeIfAbsent(plan.code(), c -> new TreeMap<>());
            for (IpttRow row : service.iptt(plan.code(), Period.ofYear(year))) {
                byPurpose.computeIfAbsent(row.purposeNumber(), p -> new TreeMap<>())
                        .merge(row.status().name(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
