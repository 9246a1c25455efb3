package org.kinerja.audit.web;

import org.kinerja.audit.AuditEntry;
import org.kinerja.audit.AuditService;
import org.kinerja.shared.ListPage;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

    AuditApiController(AuditService audit) {
        this.audit = audit;
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
}
