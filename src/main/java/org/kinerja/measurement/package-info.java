/**
 * Measurement: the computed figures of the indicator catalogue (one set-based SQL query per
 * {@link org.kinerja.indicator.ComputedSource}, read-only over the work plan, delivery, knowledge, outreach and
 * request schemas), indicator values with their approval, and targets against actuals for a plan.
 */
@ApplicationModule(displayName = "Measurement",
        allowedDependencies = {"shared", "plan", "indicator", "identity", "exchange", "workplan", "directory", "delivery"})
package org.kinerja.measurement;

import org.springframework.modulith.ApplicationModule;
