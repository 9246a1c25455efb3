package org.kinerja.directory;

import java.util.List;
import java.util.Locale;

/**
 * Lets other modules keep directory records they refer to from being deleted: a module that stores member
 * codes or partner ids contributes a bean that describes its references, and the directory refuses the
 * deletion with 409, naming them.
 */
@FunctionalInterface
public interface ReferenceCheck {

    /**
     * What of this module refers to {@code record}, as phrases in {@code locale} ("2 events",
     * "the work plan AWP-2022"); empty when nothing does.
     */
    List<String> referencesTo(RecordRef record, Locale locale);
}
