/**
 * Annual work plans of a strategic plan and their activities: dual approval by the Co-Managers, revisions
 * with a rationale, carry-over, and each activity's timeline, partners, budget and guiding-principle
 * markers, read by the delivery, measurement and report modules through {@link org.kinerja.workplan.WorkPlanService}
 * and {@link org.kinerja.workplan.ActivityService}.
 */
@ApplicationModule(displayName = "Work plan",
        allowedDependencies = {"shared", "plan", "identity", "directory", "indicator", "exchange"})
package org.kinerja.workplan;

import org.springframework.modulith.ApplicationModule;
