package org.kinerja.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import io.swagger.v3.oas.annotations.media.Schema;

import org.kinerja.audit.AuditAction;
import org.kinerja.audit.AuditQuery;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.PageQuery;

/**
 * The filters of the audit page and API exactly as typed, so that the page can show them again next to
 * their messages when they are wrong.
 */
public record AuditFilter(
        @Schema(description = "Kind of record, exactly, e.g. User") String entityType,
        @Schema(description = "Id or code of the record, exactly") String entityId,
        @Schema(description = "What happened", allowableValues = {"CREATE", "UPDATE", "DELETE", "SIGN_IN_SUCCESS",
                "SIGN_IN_FAILURE", "SIGN_IN_LOCKED"}) String action,
        @Schema(description = "Part of the actor's e-mail, ignoring case") String actor,
        @Schema(description = "First day, inclusive (server time zone)", format = "date") String from,
        @Schema(description = "Last day, inclusive (server time zone)", format = "date") String to,
        @Schema(description = "Text in the record's type or id, the actor's e-mail, the network address or a changed "
                + "field's name or value, ignoring case") String q,
        @Schema(description = "Page number from 0", type = "integer", defaultValue = "0") String page,
        @Schema(description = "Entries per page, 1-500", type = "integer", defaultValue = "50") String size) {

    static final String PATH = "/admin/audit";

    record Parsed(AuditQuery query, PageQuery page) {
    }

    /**
     * @throws InvalidInputException naming every field whose value is not understood
     */
    Parsed parse() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AuditAction parsedAction = null;
        if (!blank(action)) {
            try {
                parsedAction = AuditAction.valueOf(action.trim());
            } catch (IllegalArgumentException e) {
                errors.add("action", "audit.action.unknown", String.join(", ", actionNames()));
            }
        }
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        Integer pageNumber = number("page", page, errors);
        Integer pageSize = number("size", size, errors);
        errors.throwIfAny();
        PageQuery pageQuery = PageQuery.of(pageNumber, pageSize);
        return new Parsed(new AuditQuery(entityType, entityId, parsedAction, actor, fromDay, toDay, q), pageQuery);
    }

    /** The address of this list with the same filters, at {@code pageNumber}. */
    public String pageLink(int pageNumber) {
        Map<String, String> params = filters();
        params.put("size", size);
        params.put("page", Integer.toString(pageNumber));
        return link(params);
    }

    /** The filters as a query string without page and size, e.g. for the export links; empty without filters. */
    public String filterQuery() {
        StringJoiner query = new StringJoiner("&");
        filters().forEach((name, value) -> {
            if (!blank(value)) {
                query.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** The address of one record's history. */
    public static String recordLink(String entityType, String entityId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("entityType", entityType);
        params.put("entityId", entityId);
        return link(params);
    }

    public boolean isAction(AuditAction candidate) {
        return action != null && candidate.name().equals(action.trim());
    }

    private Map<String, String> filters() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("entityType", entityType);
        params.put("entityId", entityId);
        params.put("action", action);
        params.put("actor", actor);
        params.put("from", from);
        params.put("to", to);
        params.put("q", q);
        return params;
    }

    private static String link(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&", PATH + "?", "").setEmptyValue(PATH);
        params.forEach((name, value) -> {
            if (!blank(value)) {
                query.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static LocalDate day(String field, String value, InvalidInputException.Collector errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "audit.date.format");
            return null;
        }
    }

    private static Integer number(String field, String value, InvalidInputException.Collector errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(field, "validation.type.named", field);
            return null;
        }
    }

    private static String[] actionNames() {
        AuditAction[] values = AuditAction.values();
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
