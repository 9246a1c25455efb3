package org.kinerja.audit;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail. Entries are written only by the trail's own event listeners, never through
 * this service. Days in filters are calendar days in the server's time zone (the JVM's default).
 */
@Service
public class AuditService {

    private final AuditRepository entries;

    AuditService(AuditRepository entries) {
        this.entries = entries;
    }

    /** The entries matching {@code query}, newest first. */
    @Transactional(readOnly = true)
    public ListPage<AuditEntry> search(AuditQuery query, PageQuery page) {
        return entries.search(query, page, zone());
    }

    /**
     * Every entry matching {@code query}, newest first, handed to {@code sink} one at a time from a
     * database cursor (for exports: the trail may be long).
     */
    @Transactional(readOnly = true)
    public void forEach(AuditQuery query, Consumer<? super AuditEntry> sink) {
        entries.forEach(query, zone(), sink);
    }

    /** Every entry of one record, newest first: its change history. */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String entityType, String entityId) {
        return entries.history(entityType, entityId);
    }

    /** The kinds of record that have entries, alphabetically. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return entries.entityTypes();
    }

    /** The time zone that days in filters and times on pages are in. */
    public ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
