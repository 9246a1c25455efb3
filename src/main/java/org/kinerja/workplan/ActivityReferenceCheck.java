package org.kinerja.workplan;

import java.util.List;
import java.util.Locale;

/**
 * Lets other modules keep an activity they refer to from being deleted: a module whose records name an
 * activity (events, knowledge products, engagements, member requests) contributes a bean, and the work
 * plan refuses the deletion with 409, naming them.
 */
@FunctionalInterface
public interface ActivityReferenceCheck {

    /** What of this module refers to the activity, as phrases in {@code locale} ("3 events"); empty when nothing does. */
    List<String> referencesTo(long activityId, Locale locale);
}
