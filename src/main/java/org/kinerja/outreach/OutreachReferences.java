package org.kinerja.outreach;

import java.util.List;
import java.util.Locale;

import org.kinerja.directory.RecordKind;
import org.kinerja.directory.RecordRef;
import org.kinerja.directory.ReferenceCheck;
import org.kinerja.workplan.ActivityReferenceCheck;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps a forum or an activity that engagements refer to from being deleted. */
@Configuration
class OutreachReferences {

    @Bean
    ReferenceCheck outreachForumReferences(EngagementRepository engagements, MessageSource messages) {
        return (RecordRef record, Locale locale) -> record.kind() == RecordKind.FORUM
                ? ReferenceCheck.counted(engagements.countOfForum(record.id()), "outreach.refs.engagement",
                "outreach.refs.engagements", messages, locale) : List.of();
    }

    @Bean
    ActivityReferenceCheck outreachActivityReferences(EngagementRepository engagements, MessageSource messages) {
        return (long activityId, Locale locale) -> phrase(engagements.countOfActivity(activityId), messages, locale);
    }

    private static List<String> phrase(int count, MessageSource messages, Locale locale) {
        if (count == 0) {
            return List.of();
        }
        return List.of(count == 1 ? messages.getMessage("outreach.refs.engagement", null, locale)
                : messages.getMessage("outreach.refs.engagements", new Object[] {String.valueOf(count)}, locale));
    }
}
