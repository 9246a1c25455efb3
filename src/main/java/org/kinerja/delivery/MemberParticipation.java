package org.kinerja.delivery;

import java.time.LocalDate;
import java.util.List;

/**
 * How many people of one member attended Kinerja's events, per year and per event, counted in SQL: aggregates
 * only, never a name, e-mail or position, so member focal points may read it.
 *
 * @param memberCode the member counted
 * @param years      the years with attendances, latest first
 * @param total      all years together
 */
public record MemberParticipation(String memberCode, List<Year> years, Counts total) {

    public MemberParticipation {
        years = List.copyOf(years);
    }

    /**
     * Counts of attendances by people of the member.
     *
     * @param attendances  attendances (one per person and event)
     * @param people       distinct people (equal to attendances within one event)
     * @param participants attendances with role PARTICIPANT
     * @param otherRoles   attendances with any other role (speaker, facilitator, organiser, observer)
     */
    public record Counts(long attendances, long people, long participants, long otherRoles, long female, long male,
                         long other, long notRecorded) {
    }

    /** One event the member's people attended, and how many of them. */
    public record EventRow(long eventId, String title, LocalDate startDate, LocalDate endDate, EventKind kind,
                           String activityCode, Counts counts) {
    }

    /** One year (of the events' start dates): its events in date order and its totals. */
    public record Year(int year, List<EventRow> events, Counts total) {

        public Year {
            events = List.copyOf(events);
        }
    }
}
