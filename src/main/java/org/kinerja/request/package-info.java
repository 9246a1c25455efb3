/**
 * The register of member requests: what members, Bali Process bodies and the Co-Chairs ask of the RSO, who
 * answers them, by when and how, read by the measurement and report modules through
 * {@link org.kinerja.request.MemberRequestService}.
 */
@ApplicationModule(displayName = "Member requests",
        allowedDependencies = {"shared", "identity", "directory", "workplan", "plan", "exchange"})
package org.kinerja.request;

import org.springframework.modulith.ApplicationModule;
