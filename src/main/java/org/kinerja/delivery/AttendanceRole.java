package org.kinerja.delivery;

/** What a person did at an event. */
public enum AttendanceRole {
    PARTICIPANT, SPEAKER, FACILITATOR, ORGANISER, OBSERVER
}
