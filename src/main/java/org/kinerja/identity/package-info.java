/**
 * Who may use Kinerja and what they may do: users and their roles, sign-in and sign-out, passwords,
 * personal access tokens for the API, and the security rules of pages and API alike.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "exchange"})
package org.kinerja.identity;

import org.springframework.modulith.ApplicationModule;
