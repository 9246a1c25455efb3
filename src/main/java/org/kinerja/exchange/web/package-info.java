/**
 * The exchange module's web pieces that no module calls directly: the answer to an upload larger than
 * the server accepts. Internal to the module.
 */
package org.kinerja.exchange.web;
