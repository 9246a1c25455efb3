/**
 * The dashboard: the home page's figures of a year (activities by status, capacity-building events held, people
 * trained by sex, products published, engagements, requests open and overdue, indicator statuses), counted into
 * rollup tables in the background after every relevant change and read from them, never from the attendances.
 */
@ApplicationModule(displayName = "Dashboard",
        allowedDependencies = {"shared", "identity", "plan", "workplan", "delivery", "request", "measurement"})
package org.kinerja.dashboard;

import org.springframework.modulith.ApplicationModule;
