/**
 * The directory's pages and API. Controllers are package-private; the form records and the helpers the
 * templates call are public only because the precompiled JTE templates live in another package, and this
 * package is internal to the module all the same.
 */
package org.kinerja.directory.web;
