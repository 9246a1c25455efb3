package org.kinerja.directory;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Lets other modules keep directory records they refer to from being deleted: a module that stores member
 * codes, partner ids or commitment ids contributes a bean that describes its references, and the directory
 * refuses the deletion with 409, naming them. Each check answers for the {@link RecordKind}s it stores and
 * nothing for the others.
 */
@FunctionalInterface
public interface ReferenceCheck {

    /**
     * What of this module refers to {@code record}, as phrases in {@code locale} ("2 events",
     * "the work plan AWP-2022") with how many things each names; empty when nothing does.
     */
    List<Reference> referencesTo(RecordRef record, Locale locale);

    /**
     * One phrase naming referrers and how many there are, so that the message reads "1 event refers to …"
     * but "2 events refer to …".
     */
    record Reference(String phrase, int count) {
    }

    /**
     * {@code count} referrers as one phrase: message {@code one} (no arguments) for one, {@code many} (the
     * count as {@code {0}}) for more; nothing for none.
     */
    static List<Reference> counted(int count, String one, String many, MessageSource messages, Locale locale) {
        if (count <= 0) {
            return List.of();
        }
        return List.of(new Reference(count == 1 ? messages.getMessage(one, null, locale)
                : messages.getMessage(many, new Object[] {String.valueOf(count)}, locale), count));
    }
}
