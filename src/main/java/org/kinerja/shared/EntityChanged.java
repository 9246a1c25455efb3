package org.kinerja.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A record of domain data was created, updated or deleted. Published by the owning module inside the
 * transaction of the change; the audit trail writes it in that same transaction.
 *
 * @param entityType the kind of record, e.g. {@code Plan}
 * @param entityId   its identifier as shown to users (a code where it has one)
 * @param action     what happened
 * @param changes    field name → old and new value, for the fields that differ
 */
public record EntityChanged(String entityType, String entityId, Action action, Map<String, FieldChange> changes) {

    public enum Action { CREATE, UPDATE, DELETE }

    /** One field's value before and after; {@code null} stands for no value. */
    public record FieldChange(Object before, Object after) {
    }

    public EntityChanged {
        changes = Map.copyOf(changes);
    }

    public static Builder created(String entityType, Object entityId) {
        return new Builder(entityType, String.valueOf(entityId), Action.CREATE);
    }

    public static Builder updated(String entityType, Object entityId) {
        return new Builder(entityType, String.valueOf(entityId), Action.UPDATE);
    }

    public static Builder deleted(String entityType, Object entityId) {
        return new Builder(entityType, String.valueOf(entityId), Action.DELETE);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Collects field changes, keeping only the fields whose value really changed. */
    public static final class Builder {
        private final String entityType;
        private final String entityId;
        private final Action action;
        private final Map<String, FieldChange> changes = new LinkedHashMap<>();

        private Builder(String entityType, String entityId, Action action) {
            this.entityType = entityType;
            this.entityId = entityId;
            this.action = action;
        }

        public Builder field(String name, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                changes.put(name, new FieldChange(before, after));
            }
            return this;
        }

        public EntityChanged build() {
            return new EntityChanged(entityType, entityId, action, changes);
        }
    }
}
