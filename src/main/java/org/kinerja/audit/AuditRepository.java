package org.kinerja.audit;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.kinerja.audit.db.Tables.AUDIT_ENTRY;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.function.Consumer;

import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Record1;
import org.jooq.impl.SQLDataType;
import org.kinerja.audit.db.tables.records.AuditEntryRecord;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@Repository
class AuditRepository {

    private final DSLContext db;
    private final JsonMapper json;
    /** Reads decimals exactly (1250.10 stays a BigDecimal, not a double). */
    private final ObjectReader reader;

    AuditRepository(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
        this.reader = json.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    void insert(Long actorId, String actorEmail, String entityType, String entityId, AuditAction action,
                ObjectNode changes, String remoteAddress) {
        db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ACTOR_ID, actorId)
                .set(AUDIT_ENTRY.ACTOR_EMAIL, actorEmail)
                .set(AUDIT_ENTRY.ENTITY_TYPE, entityType)
                .set(AUDIT_ENTRY.ENTITY_ID, entityId)
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.CHANGES, JSON.valueOf(json.writeValueAsString(changes)))
                .set(AUDIT_ENTRY.REMOTE_ADDRESS, remoteAddress)
                .execute();
    }

    ListPage<AuditEntry> search(AuditQuery q, PageQuery page, ZoneId zone) {
        Condition where = conditions(q, zone);
        long total = db.fetchCount(AUDIT_ENTRY, where);
        List<AuditEntry> items = db.selectFrom(AUDIT_ENTRY).where(where)
                .orderBy(AUDIT_ENTRY.ID.desc())
                .limit(page.size()).offset(page.offset())
                .fetch(this::entry);
        return new ListPage<>(items, page.page(), page.size(), total);
    }

    /** Streams the matching entries through a cursor, 500 rows per fetch; call inside a transaction. */
    void forEach(AuditQuery q, ZoneId zone, Consumer<? super AuditEntry> sink) {
        try (Cursor<AuditEntryRecord> cursor = db.selectFrom(AUDIT_ENTRY).where(conditions(q, zone))
                .orderBy(AUDIT_ENTRY.ID.desc())
                .fetchSize(500)
                .fetchLazy()) {
            for (AuditEntryRecord r : cursor) {
                sink.accept(entry(r));
            }
        }
    }

    List<AuditEntry> history(String entityType, String entityId) {
        return db.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ENTITY_TYPE.eq(entityType).and(AUDIT_ENTRY.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_ENTRY.ID.desc())
                .fetch(this::entry);
    }

    /**
     * The distinct entity types, by a loose index scan over {@code audit_entry_entity_idx}: one index
     * probe per type instead of reading every entry.
     */
    List<String> entityTypes() {
        Field<String> v = field(name("t", "v"), String.class);
        CommonTableExpression<Record1<String>> t = name("t").fields("v").as(
                select(min(AUDIT_ENTRY.ENTITY_TYPE)).from(AUDIT_ENTRY)
                        .unionAll(select(field(select(min(AUDIT_ENTRY.ENTITY_TYPE)).from(AUDIT_ENTRY)
                                        .where(AUDIT_ENTRY.ENTITY_TYPE.gt(v))))
                                .from(table(name("t"))).where(v.isNotNull())));
        return db.withRecursive(t).select(v).from(t).where(v.isNotNull()).orderBy(v).fetch(v);
    }

    private static Condition conditions(AuditQuery q, ZoneId zone) {
        Condition c = noCondition();
        if (q.entityType() != null) {
            c = c.and(AUDIT_ENTRY.ENTITY_TYPE.eq(q.entityType()));
        }
        if (q.entityId() != null) {
            c = c.and(AUDIT_ENTRY.ENTITY_ID.eq(q.entityId()));
        }
        if (q.action() != null) {
            c = c.and(AUDIT_ENTRY.ACTION.eq(q.action().name()));
        }
        if (q.actor() != null) {
            c = c.and(AUDIT_ENTRY.ACTOR_EMAIL.containsIgnoreCase(q.actor()));
        }
        if (q.from() != null) {
            c = c.and(AUDIT_ENTRY.OCCURRED_AT.ge(startOf(q.from(), zone)));
        }
        if (q.to() != null) {
            c = c.and(AUDIT_ENTRY.OCCURRED_AT.lt(startOf(q.to().plusDays(1), zone)));
        }
        if (q.text() != null) {
            // containsIgnoreCase escapes % and _, so they are searched for literally
            c = c.and(AUDIT_ENTRY.ENTITY_TYPE.containsIgnoreCase(q.text())
                    .or(AUDIT_ENTRY.ENTITY_ID.containsIgnoreCase(q.text()))
                    .or(AUDIT_ENTRY.ACTOR_EMAIL.containsIgnoreCase(q.text()))
                    .or(AUDIT_ENTRY.REMOTE_ADDRESS.containsIgnoreCase(q.text()))
                    .or(AUDIT_ENTRY.CHANGES.cast(SQLDataType.CLOB).containsIgnoreCase(q.text())));
        }
        return c;
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private AuditEntry entry(AuditEntryRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt().toInstant(), r.getActorId(), r.getActorEmail(),
                r.getEntityType(), r.getEntityId(), AuditAction.valueOf(r.getAction()), changes(r.getChanges()),
                r.getRemoteAddress());
    }

    private Map<String, AuditEntry.Change> changes(JSON stored) {
        JsonNode tree = reader.readTree(stored.data());
        List<Entry<String, JsonNode>> fields = new ArrayList<>(tree.properties());
        fields.sort(Entry.comparingByKey());
        Map<String, AuditEntry.Change> out = new LinkedHashMap<>();
        for (Entry<String, JsonNode> f : fields) {
            out.put(f.getKey(), new AuditEntry.Change(plain(f.getValue().get("before")), plain(f.getValue().get("after"))));
        }
        return out;
    }

    /** A stored value as plain Java: String, Boolean, Integer/Long/BigInteger, BigDecimal, List or Map. */
    private static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isFloatingPointNumber()) {
            return node.decimalValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(v -> list.add(plain(v)));
            return Collections.unmodifiableList(list);
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(p -> map.put(p.getKey(), plain(p.getValue())));
            return Collections.unmodifiableMap(map);
        }
        return node.asString();
    }
}
