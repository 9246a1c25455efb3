package org.kinerja.workplan;

/** How an activity applies one guiding principle of its plan. */
public enum PrincipleRating {
    APPLIED, PARTLY, NOT_APPLIED, NOT_RELEVANT
}
