/**
 * The results framework of a strategic plan: outcomes under its purposes and indicator definitions with a
 * baseline and yearly targets, which the measurement and report modules read through
 * {@link org.kinerja.indicator.IndicatorService}.
 */
@ApplicationModule(displayName = "Indicator", allowedDependencies = {"shared", "plan", "identity", "exchange"})
package org.kinerja.indicator;

import org.springframework.modulith.ApplicationModule;
