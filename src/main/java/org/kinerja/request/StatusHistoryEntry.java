package org.kinerja.request;

import java.time.LocalDate;

/**
 * One status change of a request.
 *
 * @param from      the status before ({@code null} for the receipt)
 * @param to        the status after
 * @param date      the date the change records
 * @param reason    why, where given
 * @param changedBy who recorded it
 */
public record StatusHistoryEntry(MemberRequestStatus from, MemberRequestStatus to, LocalDate date, String reason,
                                 String changedBy) {
}
