package org.kinerja.audit;

import java.time.LocalDate;

import org.kinerja.shared.InvalidInputException;

/**
 * Which audit entries to list. Every filter is optional ({@code null} or blank means any) and they
 * combine with AND.
 *
 * @param entityType exact kind of record, e.g. {@code User}
 * @param entityId   exact id or code of the record
 * @param action     what happened
 * @param actor      part of the actor's e-mail, ignoring case
 * @param from       first day, inclusive, in the server's time zone
 * @param to         last day, inclusive, in the server's time zone
 * @param text       part of the record's type or id, the actor's e-mail, the network address or any
 *                   changed field's name or value, ignoring case
 */
public record AuditQuery(String entityType, String entityId, AuditAction action, String actor, LocalDate from,
                         LocalDate to, String text) {

    static final int MAX_LENGTH = 254;

    /**
     * @throws InvalidInputException naming the field when a text is longer than 254 characters or
     *                               {@code to} is before {@code from}
     */
    public AuditQuery {
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        actor = blankToNull(actor);
        text = blankToNull(text);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        checkLength(errors, "entityType", entityType);
        checkLength(errors, "entityId", entityId);
        checkLength(errors, "actor", actor);
        checkLength(errors, "q", text);
        errors.check(from == null || to == null || !to.isBefore(from), "to", "audit.to.beforeFrom");
        errors.throwIfAny();
    }

    /** Every entry. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    /** The entries of one record. */
    public static AuditQuery of(String entityType, String entityId) {
        return new AuditQuery(entityType, entityId, null, null, null, null, null);
    }

    private static void checkLength(InvalidInputException.Collector errors, String field, String value) {
        errors.check(value == null || value.length() <= MAX_LENGTH, field, "validation.length.max", MAX_LENGTH);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
