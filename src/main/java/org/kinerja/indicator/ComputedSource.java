package org.kinerja.indicator;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed catalogue of values Kinerja computes from delivery records, for indicators whose source is not
 * {@link #MANUAL_NAME MANUAL}. The measurement module supplies the queries; here an indicator names one.
 * Counts are of records aligned to the indicator's purpose and period.
 */
public enum ComputedSource {
    /** Work plan activities planned for the period. */
    ACTIVITIES_PLANNED,
    /** Work plan activities completed in the period. */
    ACTIVITIES_COMPLETED,
    /** Capacity-building events held: trainings, workshops, tabletop exercises, webinars. */
    CAPACITY_EVENTS_HELD,
    /** Distinct people who attended capacity-building events as participants. */
    PEOPLE_TRAINED,
    /** Participants times event days. */
    PARTICIPANT_DAYS,
    /** Women among the people trained, as a percentage. */
    WOMEN_SHARE,
    /** Post-test minus pre-test score, in percentage points, averaged over participants with both scores. */
    KNOWLEDGE_GAIN,
    /** Participants who rated an event satisfactory or better, as a percentage of those who rated it. */
    SATISFIED_SHARE,
    /** Knowledge products published. */
    PRODUCTS_PUBLISHED,
    /** Outreach engagements with partners and forums outside the Bali Process. */
    ENGAGEMENTS,
    /** Distinct external forums engaged. */
    FORUMS_ENGAGED,
    /** Requests received from Members, Working Groups and the Co-Chairs. */
    REQUESTS_RECEIVED,
    /** Requests delivered (answered or completed). */
    REQUESTS_DELIVERED,
    /** Requests delivered within their target days, as a percentage of those delivered. */
    REQUESTS_ON_TIME_SHARE,
    /** Median days from receiving a request to delivering it. */
    REQUEST_MEDIAN_DAYS,
    /** Distinct Bali Process Members that took part in RSO activities. */
    MEMBERS_ENGAGED,
    /** Budget spent as a percentage of the budget planned. */
    BUDGET_EXECUTION;

    /** The source of indicators whose values are entered by hand. */
    public static final String MANUAL_NAME = "MANUAL";

    /** The computed source with this name; empty for {@code MANUAL} and unknown names. */
    public static Optional<ComputedSource> named(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /** Whether {@code name} is {@code MANUAL} or one of the computed sources. */
    public static boolean isKnown(String name) {
        return MANUAL_NAME.equals(name) || named(name).isPresent();
    }
}
