/**
 * The conventions every {@code /api/v1} endpoint shares: problem+json errors and paged lists.
 */
package org.kinerja.shared.api;
