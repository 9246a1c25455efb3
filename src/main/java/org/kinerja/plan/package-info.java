/**
 * The Strategic Plan: its foreword, mission, guiding principles and purposes, and the organisation
 * profile of the Regional Support Office, which the other modules read through {@link org.kinerja.plan.PlanService}.
 */
@ApplicationModule(displayName = "Plan", allowedDependencies = {"shared", "exchange"})
package org.kinerja.plan;

import org.springframework.modulith.ApplicationModule;
