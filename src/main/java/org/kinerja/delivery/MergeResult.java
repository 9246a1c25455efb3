package org.kinerja.delivery;

import java.util.List;

/**
 * What merging two people did.
 *
 * @param kept            the person that remains, with every attendance of both
 * @param removedId       the person merged into it and deleted
 * @param movedAttendances attendances moved from the removed person
 * @param sharedEventIds  events both attended: the kept person's attendance stays, the other is dropped
 */
public record MergeResult(Person kept, long removedId, int movedAttendances, List<Long> sharedEventIds) {

    public MergeResult {
        sharedEventIds = List.copyOf(sharedEventIds);
    }
}
