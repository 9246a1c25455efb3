package org.kinerja.delivery;

import java.time.LocalDate;
import java.util.List;

/** What a form or the API sends to create or change an event; {@code version} is required for a change. */
public record EventInput(Long activityId, EventKind kind, String title, LocalDate startDate, LocalDate endDate,
                         String city, String countryCode, Boolean virtual, EventStatus status, List<String> languages,
                         List<Long> partnerIds, String notes, Integer version) {
}
