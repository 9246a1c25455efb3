/** The delivery module's pages and API: events, attendances, the import, people and certificates. */
package org.kinerja.delivery.web;
