package org.kinerja.audit.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.audit.AuditEntry;
import org.kinerja.audit.AuditQuery;
import org.kinerja.audit.AuditService;
import org.kinerja.exchange.ExportFormat;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.exchange.ExportTable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail as a CSV or XLSX file, with the filters of the page and API, streamed from a database
 * cursor (the trail may be long). Changes are written as the JSON object the trail stores.
 */
@Component
class AuditExport {

    static final String FILE_NAME = "audit";

    private final AuditService audit;
    private final ExportResponses exports;
    private final ExportTable<AuditEntry> table;

    AuditExport(AuditService audit, ExportResponses exports, JsonMapper json) {
        this.audit = audit;
        this.exports = exports;
        this.table = ExportTable.<AuditEntry>builder("audit.title")
                .zone(audit.zone())
                .number("audit.export.id", AuditEntry::id)
                .dateTime("audit.export.occurredAt", AuditEntry::occurredAt)
                .text("audit.export.actor", AuditEntry::actorEmail)
                .number("audit.export.actorId", AuditEntry::actorId)
                .text("audit.export.action", AuditEntry::action)
                .text("audit.export.entityType", AuditEntry::entityType)
                .text("audit.export.entityId", AuditEntry::entityId)
                .text("audit.export.changes", e -> e.changes().isEmpty() ? null : json.writeValueAsString(e.changes()))
                .text("audit.export.remoteAddress", AuditEntry::remoteAddress)
                .build();
    }

    /**
     * @throws org.springframework.web.ErrorResponseException 400 for an unknown format
     * @throws org.kinerja.shared.InvalidInputException       for filters that are not understood
     */
    void write(String format, AuditFilter filter, HttpServletResponse response) throws IOException {
        ExportFormat chosen = exports.format(format);
        AuditQuery query = filter.parse().query();
        exports.write(chosen, table, sink -> audit.forEach(query, sink), FILE_NAME, response);
    }
}
