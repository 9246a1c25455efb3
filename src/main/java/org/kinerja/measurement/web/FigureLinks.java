package org.kinerja.measurement.web;

import org.kinerja.measurement.FigureRecord;

/** The page of each record a figure lists. */
public final class FigureLinks {

    private FigureLinks() {
    }

    /** The address of the record's own page. A member's label starts with its code, which names its page. */
    public static String href(FigureRecord r) {
        return switch (r.kind()) {
            case "ACTIVITY" -> "/activities/" + r.id();
            case "EVENT" -> "/events/" + r.id();
            case "PERSON" -> "/people/" + r.id();
            case "PRODUCT" -> "/knowledge/" + r.id();
            case "ENGAGEMENT" -> "/outreach/engagements/" + r.id();
            case "FORUM" -> "/directory/forums/" + r.id();
            case "REQUEST" -> "/requests/" + r.id();
            case "MEMBER" -> "/directory/members/" + r.label().split(" ", 2)[0];
            default -> throw new IllegalArgumentException("record kind " + r.kind());
        };
    }
}
