package org.kinerja.request.web;

import java.time.LocalDate;
import java.util.Locale;

import org.kinerja.request.MemberRequestFilter;
import org.kinerja.request.MemberRequestStatus;
import org.kinerja.request.MemberRequestType;
import org.kinerja.request.RequesterKind;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormValues;

/**
 * The filters of request lists as typed in the address, shared by the API and the pages.
 *
 * @param status    a status
 * @param type      a request type
 * @param requester a member code ({@code THA}), {@code body:<id>}, or {@code CO_CHAIRS}
 * @param officer   an assigned officer's user id
 * @param overdue   {@code true} or {@code false}
 * @param from      received on or after (API)
 * @param to        received on or before (API)
 * @param openOn    open on this day (received by then, neither delivered nor closed by then)
 * @param dueBefore due before this day
 */
public record RequestParams(String status, String type, String requester, String officer, String overdue, String from,
                            String to, String openOn, String dueBefore) {

    MemberRequestFilter toFilter() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MemberRequestStatus s = FormValues.enumValue(MemberRequestStatus.class, "status", status, errors);
        MemberRequestType t = FormValues.enumValue(MemberRequestType.class, "type", type, errors);
        RequesterKind kind = null;
        String memberCode = null;
        Long bodyId = null;
        String r = requester == null ? "" : requester.strip();
        if (r.equalsIgnoreCase("CO_CHAIRS")) {
            kind = RequesterKind.CO_CHAIRS;
        } else if (r.toLowerCase(Locale.ROOT).startsWith("body:")) {
            kind = RequesterKind.BODY;
            bodyId = FormValues.number("requester", r.substring(5), errors);
        } else if (!r.isEmpty()) {
            kind = RequesterKind.MEMBER;
            memberCode = r.toUpperCase(Locale.ROOT);
        }
        Long officerId = FormValues.number("officer", officer, errors);
        Boolean late = null;
        if (overdue != null && !overdue.isBlank()) {
            switch (overdue.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> late = true;
                case "false" -> late = false;
                default -> errors.add("overdue", "validation.value.unknown", overdue.strip());
            }
        }
        LocalDate f = FormValues.date("from", from, errors);
        LocalDate u = FormValues.date("to", to, errors);
        LocalDate open = FormValues.date("openOn", openOn, errors);
        LocalDate due = FormValues.date("dueBefore", dueBefore, errors);
        errors.throwIfAny();
        return new MemberRequestFilter(s, t, kind, memberCode, bodyId, officerId, late, f, u, open, due);
    }

    /** The filters as a query string without {@code ?}. */
    public String query() {
        return FormValues.query("status", status, "type", type, "requester", requester, "officer", officer,
                "overdue", overdue, "from", from, "to", to, "openOn", openOn, "dueBefore", dueBefore);
    }

    public String value(String name) {
        String v = switch (name) {
            case "status" -> status;
            case "type" -> type;
            case "requester" -> requester;
            case "officer" -> officer;
            case "overdue" -> overdue;
            case "from" -> from;
            case "openOn" -> openOn;
            case "dueBefore" -> dueBefore;
            default -> to;
        };
        return v == null ? "" : v.strip();
    }
}
