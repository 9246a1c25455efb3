/**
 * What every module shares: the page layout and its view model, message bundles, the API's error and
 * paging conventions, the embedded database launcher and the events that record changes to domain data.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kinerja.shared;

import org.springframework.modulith.ApplicationModule;
