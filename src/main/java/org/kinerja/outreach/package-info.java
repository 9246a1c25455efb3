/**
 * Outreach: the RSO's engagements with external forums (presentations, panels, side events, bilateral
 * meetings, media …), which the measurement and report modules read through
 * {@link org.kinerja.outreach.EngagementService}.
 */
@ApplicationModule(displayName = "Outreach",
        allowedDependencies = {"shared", "identity", "directory", "workplan", "plan", "exchange"})
package org.kinerja.outreach;

import org.springframework.modulith.ApplicationModule;
