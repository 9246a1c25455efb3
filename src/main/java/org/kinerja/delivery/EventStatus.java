package org.kinerja.delivery;

/** Whether an event is still planned, took place, or was called off. */
public enum EventStatus {
    PLANNED, HELD, CANCELLED
}
