/**
 * Events held for work plan activities, the participant registry (with de-duplication and merge) and
 * attendances with pre/post test scores and satisfaction, imported from CSV or XLSX, counted per sex,
 * member and agency type, and certified in PDF; a member's participation is counted for its focal points.
 */
@ApplicationModule(displayName = "Delivery",
        allowedDependencies = {"shared", "plan", "workplan", "directory", "exchange", "identity"})
package org.kinerja.delivery;

import org.springframework.modulith.ApplicationModule;
