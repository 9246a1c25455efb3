package org.kinerja.request;

import java.time.LocalDate;

/**
 * A move of a request to another status.
 *
 * @param status where it moves
 * @param date   the acknowledged (ACCEPTED, IN_PROGRESS), delivered (DELIVERED), declined or withdrawn date;
 *               today when empty
 * @param reason why: required to decline, optional to withdraw
 */
public record StatusChange(MemberRequestStatus status, LocalDate date, String reason) {
}
