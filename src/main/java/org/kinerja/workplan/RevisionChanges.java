package org.kinerja.workplan;

import java.util.List;

/**
 * What a revision changed against the last approved version: activities added, removed, and changed with
 * the planning fields that differ ({@code title}, {@code budget}, {@code plannedEnd} …).
 *
 * @param omitted how many activities were left out of the lists to keep the record short
 */
public record RevisionChanges(List<Entry> added, List<Entry> removed, List<Entry> changed, int omitted) {

    /** An activity named in the record; {@code fields} lists the changed fields of a changed activity. */
    public record Entry(String code, String title, List<String> fields) {
        public Entry {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    public RevisionChanges {
        added = added == null ? List.of() : List.copyOf(added);
        removed = removed == null ? List.of() : List.copyOf(removed);
        changed = changed == null ? List.of() : List.copyOf(changed);
    }

    public boolean none() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && omitted == 0;
    }
}
