package org.kinerja.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The value of one indicator for one period, with its approval.
 *
 * @param id             its identifier
 * @param indicatorId    the indicator
 * @param planCode       the indicator's plan
 * @param period         the period label ({@link Period#label()}): {@code 2021}, {@code 2021-H1}, {@code 2021-Q3}
 * @param origin         COMPUTED (read from the records) or MANUAL (entered)
 * @param value          the number: for a COMPUTED value not yet locked the live figure of now, else the stored
 *                       one; {@code null} for a qualitative value or when there is nothing to compute it from
 * @param text           the value of a QUALITATIVE indicator, else {@code null}
 * @param numerator      for RATIO indicators the part above the line, else {@code null}
 * @param denominator    for RATIO indicators the part below the line, else {@code null}
 * @param comment        the comment entered with it ("" when none)
 * @param evidenceUrl    a link to its evidence, or {@code null}
 * @param status         DRAFT, SUBMITTED, APPROVED or LOCKED
 * @param returnComment  why it was last returned to draft, or {@code null}
 * @param enteredBy      who entered (or last changed) it, by name, or {@code null}
 * @param enteredAt      when
 * @param submittedById  who submitted it (id), or {@code null}
 * @param submittedBy    who submitted it, by name, or {@code null}
 * @param submittedAt    when, or {@code null}
 * @param approvedBy     who approved it, by name, or {@code null}
 * @param approvedAt     when, or {@code null}
 * @param lockedByReport the issued report that locked it, or {@code null}
 * @param lockedAt       when it was locked, or {@code null}
 * @param live           whether {@code value} is computed now (a COMPUTED value not locked)
 * @param version        the version for optimistic locking
 */
public record IndicatorValue(long id, long indicatorId, String planCode, String period, ValueOrigin origin,
                             BigDecimal value, String text, BigDecimal numerator, BigDecimal denominator,
                             String comment, String evidenceUrl, ValueStatus status, String returnComment,
                             String enteredBy, OffsetDateTime enteredAt, Long submittedById, String submittedBy,
                             OffsetDateTime submittedAt, String approvedBy, OffsetDateTime approvedAt,
                             Long lockedByReport, OffsetDateTime lockedAt, boolean live, int version) {
}
