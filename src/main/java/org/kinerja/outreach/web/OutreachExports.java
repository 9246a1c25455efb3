package org.kinerja.outreach.web;

import java.util.stream.Collectors;

import org.kinerja.exchange.ExportTable;
import org.kinerja.outreach.Engagement;

/** Engagements as the API's {@code ?format=} and the list page's export links write them. */
final class OutreachExports {

    static final ExportTable<Engagement> ENGAGEMENTS = ExportTable.<Engagement>builder("outreach.engagements")
            .date("outreach.field.date", Engagement::date)
            .text("outreach.field.forum", Engagement::forumName)
            .text("outreach.field.type", e -> e.type().name())
            .text("outreach.field.title", Engagement::title)
            .text("outreach.field.representatives", e -> e.representatives().stream()
                    .map(Engagement.Representative::name).collect(Collectors.joining(", ")))
            .number("outreach.field.audienceSize", Engagement::audienceSize)
            .text("outreach.field.activity", e -> e.activity() == null ? null : e.activity().code())
            .text("outreach.field.link", Engagement::link)
            .text("outreach.field.summary", Engagement::summary)
            .build();

    private OutreachExports() {
    }
}
