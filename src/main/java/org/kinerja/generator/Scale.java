package org.kinerja.generator;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How much data {@link DataGenerator} makes: the plan years it fills, and exactly how many activities (per year
 * and purpose), events, attendances, people, member requests, knowledge products and engagements (per year) it
 * adds, and whether it records indicator values. The data describes the world as it stood on {@code asOf}: later
 * events are still PLANNED.
 *
 * @param name                 {@code demo} or {@code bench}
 * @param firstYear            first plan year filled
 * @param lastYear             last plan year filled (the "current" year of the data)
 * @param asOf                 the day the data describes, in the last year
 * @param activitiesPerPurpose activities each purpose of each year's work plan is topped up to (a work plan that
 *                             has that many already gets none)
 * @param events               events in all, spread evenly over the years
 * @param attendances          attendances in all, over the events held by {@link #asOf()}
 * @param people               people added to the registry; every one of them attends at least one event
 * @param requestsPerYear      member requests received each year
 * @param productsPerYear      knowledge products started each year
 * @param engagementsPerYear   engagements with forums each year
 * @param indicatorValues      whether every indicator of each year's plan gets its values for the periods ended by
 *                             {@code asOf} (and a plan without indicators a copy of the shipped framework)
 */
public record Scale(String name, int firstYear, int lastYear, LocalDate asOf, int activitiesPerPurpose, int events,
                    long attendances, int people, int requestsPerYear, int productsPerYear, int engagementsPerYear,
                    boolean indicatorValues) {

    /**
     * The demo profile's delivery: two years (2021–2022, the shipped Strategic Plan 2021-22, told as finished),
     * 100 events and 2,000 attendances of 1,400 people. The demo profile's own loaders write the work plans'
     * activities, member requests, knowledge products, engagements and indicator values, so this scale adds
     * none of those where they exist (a database without them gets six activities per purpose and year).
     */
    public static final Scale DEMO = new Scale("demo", 2021, 2022, LocalDate.of(2022, 12, 31), 6, 100, 2_000, 1_400,
            0, 0, 0, false);

    /**
     * Ten years (2017–2026, as on 31 October 2026), 50,000 events, 5,000,000 attendances of 1,500,000 people,
     * with requests, products, engagements and indicator values.
     */
    public static final Scale BENCH = new Scale("bench", 2017, 2026, LocalDate.of(2026, 10, 31), 60, 50_000, 5_000_000,
            1_500_000, 600, 120, 400, true);

    /** The scale of that name ({@code demo}, {@code bench}). */
    public static Scale of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "demo" -> DEMO;
            case "bench" -> BENCH;
            default -> throw new IllegalArgumentException("unknown scale " + name + " (demo, bench)");
        };
    }

    public int years() {
        return lastYear - firstYear + 1;
    }

    /** Activities added in all to work plans that have none: four purposes per year. */
    public int activities() {
        return years() * 4 * activitiesPerPurpose;
    }
}
