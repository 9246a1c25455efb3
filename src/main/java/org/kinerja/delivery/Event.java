package org.kinerja.delivery;

import java.time.LocalDate;
import java.util.List;

/**
 * An event held (or planned) for a work plan activity.
 *
 * @param activityCode  the activity's code, e.g. {@code 2021-P2-03}
 * @param countryCode   ISO 3166-1 alpha-3, or {@code null} (virtual events)
 * @param languages     ISO 639-1 codes, e.g. {@code en}, {@code id}
 * @param partnerIds    the organising partners (directory)
 * @param attendances   how many attendances are recorded
 */
public record Event(long id, long activityId, String activityCode, String activityTitle, EventKind kind, String title,
                    LocalDate startDate, LocalDate endDate, String city, String countryCode, boolean virtual,
                    List<String> languages, EventStatus status, String notes, List<Long> partnerIds,
                    int attendances, int version) {

    public Event {
        languages = List.copyOf(languages);
        partnerIds = List.copyOf(partnerIds);
    }
}
