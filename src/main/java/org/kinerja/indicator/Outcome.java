package org.kinerja.indicator;

/**
 * A result the plan expects under one of its purposes, measured by the indicators that name it.
 *
 * @param id            its identifier
 * @param planCode      the plan it belongs to
 * @param code          its code, unique within the plan, e.g. {@code P2.O1}
 * @param statement     what is expected to change
 * @param purposeNumber the purpose it is under; the number after P in its code
 * @param version       the version for optimistic locking
 */
public record Outcome(long id, String planCode, String code, String statement, int purposeNumber, int version) {
}
