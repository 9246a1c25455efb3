/**
 * The audit trail: one append-only entry for every change to domain data and every sign-in attempt,
 * written in the transaction of the change, and the administrators' page and API to search it. Nothing
 * depends on audit; it listens to events ({@link org.kinerja.shared.EntityChanged},
 * {@link org.kinerja.identity.SignInAttempted}).
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"shared", "identity", "exchange"})
package org.kinerja.audit;

import org.springframework.modulith.ApplicationModule;
