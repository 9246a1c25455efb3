package org.kinerja.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of the audit trail.
 *
 * @param id            position in the trail; later entries have larger ids
 * @param occurredAt    when the transaction that made the change started
 * @param actorId       the user who acted, {@code null} for the system; for sign-ins, the user whose
 *                      e-mail was typed, when there is one
 * @param actorEmail    that user's e-mail; for sign-ins, the e-mail typed
 * @param entityType    the kind of record, e.g. {@code User}
 * @param entityId      its id or code; for sign-ins, the user's id or else the e-mail typed
 * @param action        what happened
 * @param changes       field name → value before and after, in field-name order; empty for sign-ins
 * @param remoteAddress the network address the request came from, when there was a request
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorEmail, String entityType,
                         String entityId, AuditAction action, Map<String, Change> changes, String remoteAddress) {

    /**
     * One field's value before and after the change, as stored: a string, number, boolean, list or map;
     * dates are ISO-8601 strings; {@code null} stands for no value.
     */
    public record Change(Object before, Object after) {
    }

    public AuditEntry {
        changes = changes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
