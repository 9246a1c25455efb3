package org.kinerja.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kinerja.shared.ConflictException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Refuses to delete a record that others refer to, with a message naming them: "3 contacts and the body Ad
 * Hoc Group refer to Indonesia". Other modules add their references through {@link ReferenceCheck} beans.
 */
@Component
class Referrers {

    private final MessageSource messages;
    private final ObjectProvider<ReferenceCheck> checks;

    Referrers(MessageSource messages, ObjectProvider<ReferenceCheck> checks) {
        this.messages = messages;
        this.checks = checks;
    }

    /** Collects the phrases of one record's referrers. */
    final class Phrases {
        private final RecordRef record;
        private final List<String> phrases = new ArrayList<>();
        private int things;

        private Phrases(RecordRef record) {
            this.record = record;
        }

        Phrases contacts(int count) {
            if (count > 0) {
                phrases.add(count == 1 ? text("directory.refs.contact")
                        : text("directory.refs.contacts", String.valueOf(count)));
                things += count;
            }
            return this;
        }

        Phrases bodies(List<String> names) {
            return named(names, "directory.refs.body", "directory.refs.bodies");
        }

        Phrases partners(List<String> names) {
            return named(names, "directory.refs.partner", "directory.refs.partners");
        }

        private Phrases named(List<String> names, String one, String many) {
            if (!names.isEmpty()) {
                phrases.add(names.size() == 1 ? text(one, names.get(0)) : text(many, join(names)));
                things += names.size();
            }
            return this;
        }

        /** Throws {@link ConflictException} when anything refers to the record. */
        void refuseIfAny() {
            Locale locale = LocaleContextHolder.getLocale();
            checks.orderedStream().forEach(check -> {
                for (ReferenceCheck.Reference more : check.referencesTo(record, locale)) {
                    phrases.add(more.phrase());
                    things += more.count();
                }
            });
            if (phrases.isEmpty()) {
                return;
            }
            String who = join(phrases);
            throw new ConflictException(null, things == 1 ? "directory.delete.referenced.one"
                    : "directory.delete.referenced.many", who, record.name());
        }
    }

    Phrases of(RecordRef record) {
        return new Phrases(record);
    }

    /** The referrers of a commitment, which messages name by its document, year and reference. */
    Phrases of(Commitment c) {
        String name = c.reference() == null
                ? text("directory.refs.commitment", c.sourceDocument(), String.valueOf(c.year()))
                : text("directory.refs.commitmentAt", c.sourceDocument(), String.valueOf(c.year()), c.reference());
        return of(new RecordRef(RecordKind.COMMITMENT, c.id(), null, name));
    }

    /** "A", "A and B", "A, B and C". */
    private String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text("directory.refs.and") + " "
                + items.get(items.size() - 1);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
