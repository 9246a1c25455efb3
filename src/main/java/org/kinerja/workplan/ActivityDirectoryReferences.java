package org.kinerja.workplan;

import java.util.List;
import java.util.Locale;

import org.kinerja.directory.RecordRef;
import org.kinerja.directory.ReferenceCheck;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the partners, requesting members, requesting bodies and commitments that activities name from being
 * deleted from the directory: "3 activities refer to …".
 */
@Component
class ActivityDirectoryReferences implements ReferenceCheck {

    private final ActivityRepository activities;
    private final MessageSource messages;

    ActivityDirectoryReferences(ActivityRepository activities, MessageSource messages) {
        this.activities = activities;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferenceCheck.Reference> referencesTo(RecordRef record, Locale locale) {
        int count = switch (record.kind()) {
            case PARTNER -> activities.countByPartner(record.id());
            case MEMBER -> record.code() == null ? 0 : activities.countByRequestingMember(record.code());
            case BODY -> activities.countByRequestingBody(record.id());
            case COMMITMENT -> activities.countByCommitment(record.id());
            case FORUM -> 0;
        };
        return ReferenceCheck.counted(count, "activity.refs.one", "activity.refs.many", messages, locale);
    }
}
