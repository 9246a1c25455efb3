package org.kinerja.audit.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.audit.AuditEntry;
import org.kinerja.audit.AuditService;
import org.kinerja.shared.ListPage;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit}: the audit trail, newest first, filtered and paged. Administrators only.
 */
@RestController
@Tag(name = "Audit", description = "The audit trail: changes to records and sign-in attempts (administrators only)")
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditService audit;
    private final AuditExport export;

    AuditApiController(AuditService audit, AuditExport export) {
        this.audit = audit;
        this.export = export;
    }

    /**
     * Filters: {@code entityType}, {@code entityId} (exact), {@code action} (CREATE, UPDATE, DELETE,
     * SIGN_IN_SUCCESS, SIGN_IN_FAILURE, SIGN_IN_LOCKED), {@code actor} (part of the e-mail), {@code from}
     * and {@code to} (ISO dates, inclusive), {@code q} (free text); {@code page} from 0, {@code size} 1–500.
     */
    @GetMapping
    ListPage<AuditEntry> search(@ParameterObject AuditFilter filter) {
        AuditFilter.Parsed parsed = filter.parse();
        return audit.search(parsed.query(), parsed.page());
    }

    /** Every entry matching the same filters as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(params = "format")
    void export(@ParameterObject AuditFilter filter, @RequestParam String format, HttpServletResponse response)
            throws IOException {
        export.write(format, filter, response);
    }
}
