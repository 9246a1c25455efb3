package org.kinerja.measurement;

import java.time.OffsetDateTime;

/**
 * One step in the life of an indicator value.
 *
 * @param action   ENTERED, CHANGED, SUBMITTED, APPROVED, RETURNED or LOCKED
 * @param from     the status before, or {@code null} when entered
 * @param to       the status after
 * @param comment  the comment of a return, or {@code null}
 * @param by       who took the step, by name, or {@code null} (a report issue)
 * @param reportId the report that locked it, for LOCKED
 * @param at       when
 */
public record ValueStep(String action, ValueStatus from, ValueStatus to, String comment, String by, Long reportId,
                        OffsetDateTime at) {
}
