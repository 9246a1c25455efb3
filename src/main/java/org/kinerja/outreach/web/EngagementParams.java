package org.kinerja.outreach.web;

import org.kinerja.outreach.EngagementFilter;
import org.kinerja.outreach.EngagementType;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormValues;

/** The filters of the engagement list page as typed in its address. */
public record EngagementParams(String forum, String type, String year) {

    EngagementFilter toFilter() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Long forumId = FormValues.number("forum", forum, errors);
        EngagementType t = FormValues.enumValue(EngagementType.class, "type", type, errors);
        Integer y = FormValues.integer("year", year, errors);
        errors.throwIfAny();
        return new EngagementFilter(forumId, t, y, null, null, null);
    }

    public String query() {
        return FormValues.query("forum", forum, "type", type, "year", year);
    }

    public String value(String name) {
        String v = switch (name) {
            case "forum" -> forum;
            case "type" -> type;
            default -> year;
        };
        return v == null ? "" : v.strip();
    }
}
