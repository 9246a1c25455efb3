package org.kinerja.measurement;

/**
 * Which records a figure counts besides its period: those of one plan, and optionally of one of its purposes.
 * Records reach a plan and a purpose through their work plan activity; sources whose records need no
 * activity (products, engagements, requests) count all their records of the period whatever the purpose —
 * see each source's rule in {@code docs/indicators.md}.
 *
 * @param planCode      the plan
 * @param purposeNumber one purpose of it, or {@code null} for all
 */
public record FigureScope(String planCode, Integer purposeNumber) {

    public static FigureScope plan(String planCode) {
        return new FigureScope(planCode, null);
    }

    public static FigureScope purpose(String planCode, int purposeNumber) {
        return new FigureScope(planCode, purposeNumber);
    }
}
