package org.kinerja.workplan;

/** How an activity is delivered. */
public enum Modality {
    IN_PERSON, VIRTUAL, HYBRID
}
