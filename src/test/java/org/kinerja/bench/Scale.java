package org.kinerja.bench;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How much data {@link DataGenerator} makes: the plan years it fills, and exactly how many activities (per year
 * and purpose), events, attendances, people, member requests, knowledge products and engagements (per year) it
 * adds. The data describes the world as it stood on {@link #asOf()}: later events are still PLANNED.
 *
 * @param name                 {@code demo} or {@code bench}
 * @param firstYear            first plan year filled
 * @param lastYear             last plan year filled (the "current" year of the data)
 * @param activitiesPerPurpose activities added to each year's work plan for each of the four purposes
 * @param events               events in all, spread evenly over the years
 * @param attendances          attendances in all, over the events held by {@link #asOf()}
 * @param people               people added to the registry; every one of them attends at least one event
 * @param requestsPerYear      member requests received each year
 * @param productsPerYear      knowledge products started each year
 * @param engagementsPerYear   engagements with forums each year
 */
public record Scale(String name, int firstYear, int lastYear, int activitiesPerPurpose, int events, long attendances,
                    int people, int requestsPerYear, int productsPerYear, int engagementsPerYear) {

    /** Two years (2021–2022, the shipped Strategic Plan 2021-22), about 100 events and 2,000 attendances. */
    public static final Scale DEMO = new Scale("demo", 2021, 2022, 6, 100, 2_000, 1_400, 20, 8, 15);

    /** Ten years (2017–2026), 50,000 events, 5,000,000 attendances of 1,500,000 people. */
    public static final Scale BENCH = new Scale("bench", 2017, 2026, 60, 50_000, 5_000_000, 1_500_000, 600, 120, 400);

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

    /** The day the data describes: 31 October of the last year. */
    public LocalDate asOf() {
        return LocalDate.of(lastYear, 10, 31);
    }

    /** Activities added in all: four purposes per year. */
    public int activities() {
        return years() * 4 * activitiesPerPurpose;
    }
}
