package org.kinerja.delivery;

import java.util.List;
import java.util.Locale;

import org.kinerja.directory.RecordRef;
import org.kinerja.directory.ReferenceCheck;
import org.kinerja.workplan.ActivityReferenceCheck;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Keeps what events and people refer to from being deleted: an activity with events (work plan), and a
 * member, partner or country that events or people name (directory).
 */
@Component
class DeliveryReferences implements ActivityReferenceCheck, ReferenceCheck {

    private final EventRepository events;
    private final PersonRepository people;
    private final MessageSource messages;

    DeliveryReferences(EventRepository events, PersonRepository people, MessageSource messages) {
        this.events = events;
        this.people = people;
        this.messages = messages;
    }

    @Override
    public List<String> referencesTo(long activityId, Locale locale) {
        return phrase(events.countByActivity(activityId), "delivery.refs.event", "delivery.refs.events", locale);
    }

    @Override
    public List<ReferenceCheck.Reference> referencesTo(RecordRef record, Locale locale) {
        return switch (record.kind()) {
            case MEMBER -> ReferenceCheck.counted(record.code() == null ? 0 : people.countByMember(record.code()),
                    "delivery.refs.person", "delivery.refs.people", messages, locale);
            case PARTNER -> ReferenceCheck.counted(events.countByPartner(record.id()), "delivery.refs.event",
                    "delivery.refs.events", messages, locale);
            default -> List.of();
        };
    }

    private List<String> phrase(int count, String one, String many, Locale locale) {
        if (count == 0) {
            return List.of();
        }
        return List.of(count == 1 ? messages.getMessage(one, null, locale)
                : messages.getMessage(many, new Object[] {String.valueOf(count)}, locale));
    }
}
