package org.kinerja.audit;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.kinerja.identity.SignInAttempted;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one audit entry per event. The listeners are synchronous on purpose: they run inside the
 * transaction that published the event, so an entry exists exactly when its change was committed, and a
 * failure to write it rolls the change back.
 */
@Component
class AuditTrail {

    private static final Log log = LogFactory.getLog(AuditTrail.class);

    private final AuditRepository entries;
    private final JsonMapper json;

    AuditTrail(AuditRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @EventListener
    void on(EntityChanged event) {
        SignedInUser actor = signedInUser();
        entries.insert(actor == null ? null : actor.id(), actor == null ? null : actor.email(),
                event.entityType(), event.entityId(), AuditAction.valueOf(event.action().name()),
                changes(event.changes()), address(requestAddress()));
    }

    @EventListener
    void on(SignInAttempted event) {
        String entityId = event.userId() != null ? event.userId().toString() : event.email();
        entries.insert(event.userId(), event.email(), "User", entityId,
                AuditAction.valueOf("SIGN_IN_" + event.outcome().name()), json.createObjectNode(),
                address(event.remoteAddress()));
    }

    private ObjectNode changes(Map<String, EntityChanged.FieldChange> changes) {
        ObjectNode out = json.createObjectNode();
        changes.forEach((field, change) -> {
            ObjectNode c = out.putObject(field);
            c.set("before", value(field, change.before()));
            c.set("after", value(field, change.after()));
        });
        return out;
    }

    /**
     * Values keep their JSON type and dates become ISO-8601 strings. An object Jackson cannot write, or
     * writes as {@code {}} because it has no properties, is recorded as its text rather than lost.
     */
    private JsonNode value(String field, Object value) {
        if (value == null) {
            return json.nullNode();
        }
        try {
            JsonNode node = json.valueToTree(value);
            if (!(node.isObject() && node.isEmpty() && !(value instanceof Map<?, ?>))) {
                return node;
            }
        } catch (JacksonException e) {
            log.debug("Audit: the value of " + field + " is not serialisable as JSON", e);
        }
        return json.getNodeFactory().stringNode(String.valueOf(value));
    }

    private static SignedInUser signedInUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    /** An IP address fits in 64 characters; anything longer is not worth failing the change for. */
    private static String address(String remote) {
        return remote == null || remote.length() <= 64 ? remote : remote.substring(0, 64);
    }

    private static String requestAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
