/**
 * The audit trail's administrator page ({@code /admin/audit}) and API ({@code /api/v1/audit}). Internal
 * to the audit module; its types are public only because the page templates read them.
 */
package org.kinerja.audit.web;
