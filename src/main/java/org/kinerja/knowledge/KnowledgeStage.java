package org.kinerja.knowledge;

/**
 * Where a product is: CONCEPT → DRAFTING → PEER_REVIEW → MEMBER_CLEARANCE → PUBLISHED, or WITHDRAWN from any
 * stage. {@link #rank()} orders the way forward; WITHDRAWN stands outside it.
 */
public enum KnowledgeStage {
    CONCEPT, DRAFTING, PEER_REVIEW, MEMBER_CLEARANCE, PUBLISHED, WITHDRAWN;

    /** The position on the way to publication; WITHDRAWN has none ({@code -1}). */
    public int rank() {
        return this == WITHDRAWN ? -1 : ordinal();
    }

    /**
     * Whether moving from this stage to {@code next} goes backwards: to an earlier stage, or anywhere out of
     * WITHDRAWN (a reinstatement). Such a move needs a note documenting it.
     */
    public boolean isBackwardsTo(KnowledgeStage next) {
        if (next == WITHDRAWN) {
            return false;
        }
        return this == WITHDRAWN || next.rank() < rank();
    }
}
