package org.kinerja.outreach.web;

import java.util.ArrayList;
import java.util.List;

import org.kinerja.outreach.Engagement;
import org.kinerja.outreach.EngagementInput;
import org.kinerja.outreach.EngagementType;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormValues;

/** The fields of the engagement form, as typed. */
public record EngagementForm(String forumId, String date, String type, String title, List<String> representativeIds,
                             String audienceSize, String summary, String link, String activityId, String version) {

    public EngagementForm {
        representativeIds = representativeIds == null ? List.of() : List.copyOf(representativeIds);
    }

    static EngagementForm blank(long userId) {
        return new EngagementForm("", "", EngagementType.PRESENTATION.name(), "", List.of(String.valueOf(userId)), "", "",
                "", "", "");
    }

    static EngagementForm of(Engagement e) {
        return new EngagementForm(String.valueOf(e.forumId()), e.date().toString(), e.type().name(), e.title(),
                e.representatives().stream().map(r -> String.valueOf(r.userId())).toList(),
                e.audienceSize() == null ? "" : String.valueOf(e.audienceSize()), e.summary(),
                e.link() == null ? "" : e.link(), e.activity() == null ? "" : String.valueOf(e.activity().id()),
                String.valueOf(e.version()));
    }

    /** Whether {@code userId} is among the chosen representatives. */
    public boolean represents(long userId) {
        return representativeIds.contains(String.valueOf(userId));
    }

    /** The input, or the fields that cannot be read. */
    EngagementInput toInput() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        List<Long> reps = new ArrayList<>();
        for (String id : representativeIds) {
            Long n = FormValues.number("representativeIds", id, errors);
            if (n != null) {
                reps.add(n);
            }
        }
        EngagementInput input = new EngagementInput(FormValues.number("forumId", forumId, errors),
                FormValues.date("date", date, errors), FormValues.enumValue(EngagementType.class, "type", type, errors), title,
                reps, FormValues.integer("audienceSize", audienceSize, errors), summary, link,
                FormValues.number("activityId", activityId, errors), FormValues.integer("version", version, errors));
        errors.throwIfAny();
        return input;
    }
}
