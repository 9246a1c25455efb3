package org.kinerja.delivery;

/** What kind of event: trainings, workshops and tabletop exercises count as capacity building by default. */
public enum EventKind {
    TRAINING, WORKSHOP, CONFERENCE, ROUNDTABLE, TABLETOP_EXERCISE, WEBINAR, MEETING, SIDE_EVENT
}
