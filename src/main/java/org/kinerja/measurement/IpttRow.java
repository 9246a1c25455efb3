package org.kinerja.measurement;

import java.math.BigDecimal;

/**
 * One indicator of a plan against its target for one period (IPTT: indicator performance tracking table).
 *
 * @param indicatorId     the indicator
 * @param code            its code, e.g. P2.3
 * @param name            its name
 * @param purposeNumber   its purpose
 * @param unit            its unit
 * @param measure         NUMBER, PERCENTAGE or QUALITATIVE
 * @param direction       INCREASE, DECREASE or MAINTAIN
 * @param source          MANUAL or a computed source
 * @param baseline        its baseline value, or {@code null}
 * @param target          the target of the period's year, or {@code null}
 * @param actual          the value for the period (computed live, or the approved/locked value), or {@code null}
 * @param percentOfTarget actual as a percentage of target with the direction honoured, or {@code null}
 * @param status          ACHIEVED, ON_TRACK, BEHIND or NO_DATA
 * @param valueId         the stored value the actual comes from, or {@code null} when computed live
 * @param valueStatus     DRAFT, SUBMITTED, APPROVED or LOCKED of that value, or {@code null}
 */
public record IpttRow(long indicatorId, String code, String name, int purposeNumber, String unit, String measure,
                      String direction, String source, BigDecimal baseline, BigDecimal target, BigDecimal actual,
                      BigDecimal percentOfTarget, ProgressStatus status, Long valueId, String valueStatus) {
}
