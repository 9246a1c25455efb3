package org.kinerja.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The figures of one year as the home page and {@code GET /api/v1/dashboard} show them, read from the rollups.
 *
 * @param year               the year
 * @param plan               the plan whose period includes the year, or {@code null} when none does
 * @param asOf               when the oldest of the year's rollups was built, or {@code null} when none has been yet
 * @param updating           whether a change is waiting to be counted (or being counted) on this node
 * @param workPlanId         the plan's work plan of the year, or {@code null} when it has none
 * @param total              the whole year: activities and indicators of the plan; events, people, products and
 *                           engagements of the year whatever their activity
 * @param purposes           the same per purpose of the plan, through each record's work plan activity
 * @param requests           requests received in the year
 * @param indicatorsFailure  why indicator statuses could not be counted, or {@code null} when they were
 */
public record Dashboard(int year, PlanRef plan, OffsetDateTime asOf, boolean updating, Long workPlanId,
                        Figures total, List<PurposeFigures> purposes, Requests requests, String indicatorsFailure) {

    /** The plan of the year. */
    public record PlanRef(String code, String title, int startYear, int endYear) {
    }

    /**
     * One scope's figures.
     *
     * @param activities         activities by status (every status, zeros included, in lifecycle order)
     * @param activitiesTotal    their sum
     * @param eventsHeld         capacity-building events held
     * @param peopleTrained      distinct people trained by sex (FEMALE, MALE, OTHER, NOT_RECORDED)
     * @param peopleTrainedTotal distinct people trained
     * @param productsPublished  knowledge products published
     * @param engagements        outreach engagements
     * @param indicators         indicators by status (ACHIEVED, ON_TRACK, BEHIND, NO_DATA)
     * @param indicatorsTotal    their sum
     */
    public record Figures(Map<String, Long> activities, long activitiesTotal, long eventsHeld,
                          Map<String, Long> peopleTrained, long peopleTrainedTotal, long productsPublished,
                          long engagements, Map<String, Long> indicators, long indicatorsTotal) {
    }

    /** A purpose of the plan and its figures. */
    public record PurposeFigures(int number, String title, Figures figures) {
    }

    /**
     * Requests received in the year.
     *
     * @param received     how many
     * @param open         of those, how many are still RECEIVED, ACCEPTED or IN_PROGRESS
     * @param openByStatus the open ones by status
     * @param overdue      of the open ones, how many are overdue today (acknowledgement or delivery, as the
     *                     request register counts them)
     */
    public record Requests(long received, long open, Map<String, Long> openByStatus, long overdue) {
    }
}
