/** The report's pages and API: live reports, narratives, issuing and issued reports. */
package org.kinerja.report.web;
