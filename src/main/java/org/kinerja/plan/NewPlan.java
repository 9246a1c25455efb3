package org.kinerja.plan;

/**
 * A plan to create, optionally starting from a copy of another plan's principles and purposes.
 *
 * @param code      the new plan's code, e.g. {@code SP-2023-25}
 * @param title     its title
 * @param startYear first year of its period
 * @param endYear   last year of its period
 * @param copyFrom  code of the plan whose principles and purposes are copied, or {@code null}
 */
public record NewPlan(String code, String title, Integer startYear, Integer endYear, String copyFrom) {
}
