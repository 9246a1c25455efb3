package org.kinerja.plan;

/**
 * A strategic plan as lists show it.
 *
 * @param code      the plan's identifier, e.g. {@code SP-2021-22}
 * @param title     its title
 * @param startYear first year of its period
 * @param endYear   last year of its period
 * @param version   the version for optimistic locking
 */
public record PlanSummary(String code, String title, int startYear, int endYear, int version) {

    /** Whether the plan's period includes {@code year}. */
    public boolean covers(int year) {
        return startYear <= year && year <= endYear;
    }
}
