/**
 * The directory of the Bali Process and the RSO's network: members, bodies, partners, forums, contacts and
 * commitments, with the ISO country and currency tables, which other modules read through
 * {@link org.kinerja.directory.DirectoryService}.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = {"shared", "plan", "exchange"})
package org.kinerja.directory;

import org.springframework.modulith.ApplicationModule;
