/**
 * The Annual (and semi-annual) Performance Report: its data assembled from measurement, work plan and
 * delivery records, rendered as a web page, PDF, DOCX and XLSX, and issued as frozen, versioned snapshots.
 */
@ApplicationModule(displayName = "Report",
        allowedDependencies = {"shared", "plan", "indicator", "measurement", "workplan", "delivery", "knowledge",
                "outreach", "request", "directory", "identity", "exchange", "audit"})
package org.kinerja.report;

import org.springframework.modulith.ApplicationModule;
