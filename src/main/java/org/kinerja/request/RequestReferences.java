package org.kinerja.request;

import java.util.List;
import java.util.Locale;

import org.kinerja.directory.RecordRef;
import org.kinerja.directory.ReferenceCheck;
import org.kinerja.workplan.ActivityReferenceCheck;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps a member, a body or an activity that requests refer to from being deleted. */
@Configuration
class RequestReferences {

    @Bean
    ReferenceCheck requestDirectoryReferences(MemberRequestRepository requests, MessageSource messages) {
        return (RecordRef record, Locale locale) -> switch (record.kind()) {
            case MEMBER -> ReferenceCheck.counted(record.code() == null ? 0 : requests.countOfMember(record.code()),
                    "request.refs.request", "request.refs.requests", messages, locale);
            case BODY -> ReferenceCheck.counted(requests.countOfBody(record.id()), "request.refs.request",
                    "request.refs.requests", messages, locale);
            default -> List.of();
        };
    }

    @Bean
    ActivityReferenceCheck requestActivityReferences(MemberRequestRepository requests, MessageSource messages) {
        return (long activityId, Locale locale) -> phrase(requests.countOfActivity(activityId), messages, locale);
    }

    private static List<String> phrase(int count, MessageSource messages, Locale locale) {
        if (count == 0) {
            return List.of();
        }
        return List.of(count == 1 ? messages.getMessage("request.refs.request", null, locale)
                : messages.getMessage("request.refs.requests", new Object[] {String.valueOf(count)}, locale));
    }
}
