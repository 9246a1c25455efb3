package org.kinerja.audit.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.kinerja.audit.AuditEntry;

/**
 * How the audit page writes times and values.
 */
public final class AuditView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private AuditView() {
    }

    /** {@code 2025-01-31 14:05:09 +07:00}, in the server's time zone. */
    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** For the {@code datetime} attribute. */
    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    public static String recordLink(AuditEntry entry) {
        return AuditFilter.recordLink(entry.entityType(), entry.entityId());
    }

    /** A stored value as text; lists and maps in their plain Java form. */
    public static String value(Object value) {
        return String.valueOf(value);
    }
}
