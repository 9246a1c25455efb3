package org.kinerja.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every figure and table of one Annual (or semi-annual) Performance Report. It is what the web page, the PDF,
 * the DOCX, the XLSX and {@code GET /api/v1/reports/annual/{year}} show, and what an issued report stores as
 * its JSON snapshot: renderers read nothing else, so an issued report re-renders identically.
 * <p>
 * Counts that are disaggregations (by sex, member, agency type, forum …) are {@code Long}: in a PUBLIC report
 * a count from 1 to {@code suppressedBelow - 1} is stored as {@code null} and shown as "&lt;5". Percentages
 * are 0–100 with two decimals; {@code null} means no data.
 *
 * @param type             ANNUAL or SEMI_ANNUAL
 * @param planCode         the plan, e.g. SP-2021-22
 * @param planTitle        its title
 * @param year             the plan year
 * @param half             1 or 2 for a semi-annual report, else {@code null}
 * @param audience         INTERNAL or PUBLIC
 * @param suppressedBelow  the threshold under which PUBLIC disaggregated counts are suppressed, {@code null} for INTERNAL
 * @param generatedAt      when the data was read (the annex's data timestamp)
 * @param periodFrom       first day of the period
 * @param periodTo         last day of the period
 * @param foreword         the Co-Managers' foreword (narrative, may be empty)
 * @param delivery         activities of the year's work plan by status, all purposes
 * @param purposes         one section per purpose, in number order
 * @param peopleTrained    PEOPLE_TRAINED, with its breakdown by sex
 * @param womenShare       WOMEN_SHARE
 * @param sexNotRecorded   people trained whose sex is NOT_RECORDED (reported beside the women's share)
 * @param knowledgeGain    KNOWLEDGE_GAIN (percentage points)
 * @param satisfiedShare   SATISFIED_SHARE
 * @param capacityEventsHeld CAPACITY_EVENTS_HELD
 * @param participantDays  PARTICIPANT_DAYS
 * @param productsPublished PRODUCTS_PUBLISHED
 * @param engagements      ENGAGEMENTS
 * @param forumsEngaged    FORUMS_ENGAGED
 * @param requests         REQUESTS_RECEIVED, REQUESTS_DELIVERED, REQUESTS_ON_TIME_SHARE, REQUEST_MEDIAN_DAYS
 * @param membersEngaged   MEMBERS_ENGAGED
 * @param budget           BUDGET_EXECUTION's parts in the reporting currency, other currencies beside
 * @param requestSection   purpose 1's own section: requests and responsiveness
 * @param training         purpose 2's own section: events and people trained
 * @param products         purpose 3's own section: knowledge products published in the period
 * @param engagementsByForum purpose 4's own section: engagements by forum
 * @param engagementsByType  engagements by type
 * @param principles       guiding principles: gender marker distribution, women's share, principle evidence
 * @param members          members engaged, each with its people trained
 * @param partners         partners of the year's activities
 * @param budgetByPurpose  budget against expenditure by purpose and currency
 * @param activities       annex: every activity of the year's work plan
 * @param indicatorData    annex: every indicator value of the period
 * @param definitions      annex: the definition of every computed source
 */
public record ReportData(
        ReportType type, String planCode, String planTitle, int year, Integer half, ReportAudience audience,
        Integer suppressedBelow, Instant generatedAt, LocalDate periodFrom, LocalDate periodTo,
        String foreword,
        ActivityCounts delivery,
        List<ReportPurpose> purposes,
        PeopleTrained peopleTrained,
        BigDecimal womenShare, Long sexNotRecorded, BigDecimal knowledgeGain, BigDecimal satisfiedShare,
        long capacityEventsHeld, long participantDays,
        long productsPublished, long engagements, long forumsEngaged,
        RequestFigures requests,
        long membersEngaged,
        BudgetFigures budget,
        RequestSection requestSection,
        TrainingSection training,
        List<ProductLine> products,
        List<CountLine> engagementsByForum,
        List<CountLine> engagementsByType,
        PrincipleSection principles,
        List<CountLine> members,
        List<PartnerLine> partners,
        List<BudgetLine> budgetByPurpose,
        List<ActivityLine> activities,
        List<IndicatorLine> indicatorData,
        List<DefinitionLine> definitions) {

    /** Work plan activities by status. {@code planned} is every activity of the work plan. */
    public record ActivityCounts(long planned, long completed, long inProgress, long postponed, long cancelled) {
    }

    /** One purpose's section. */
    public record ReportPurpose(int number, String title, String text, String highlights, ActivityCounts activities,
                                List<ReportIndicator> indicators, List<ActivityLine> activityList) {
    }

    /** One indicator against its target (from the IPTT). */
    public record ReportIndicator(String code, String name, String unit, String measure, String direction,
                                  String source, BigDecimal baseline, BigDecimal target, BigDecimal actual,
                                  BigDecimal percentOfTarget, String status, String valueStatus) {
    }

    /** People trained: the distinct count and its breakdown by sex (keys FEMALE, MALE, OTHER, NOT_RECORDED). */
    public record PeopleTrained(long total, Map<String, Long> bySex) {
    }

    /** Requests of the period. */
    public record RequestFigures(long received, long delivered, BigDecimal onTimeShare, BigDecimal medianDays) {
    }

    /** Budget and expenditure of the year's activities in the reporting currency; other currencies beside. */
    public record BudgetFigures(BigDecimal planned, BigDecimal spent, String currency, BigDecimal executionShare,
                                List<CurrencyAmount> otherCurrencies) {
    }

    /** Budget and expenditure in one currency. */
    public record CurrencyAmount(String currency, BigDecimal planned, BigDecimal spent) {
    }

    /** One line of a breakdown: a key (enum name, member code, forum id), its label and its count. */
    public record CountLine(String key, String label, Long count) {
    }

    /** Purpose 1's section. */
    public record RequestSection(long open, long overdue, List<CountLine> byType, List<CountLine> byRequester) {
    }

    /** Purpose 2's section. */
    public record TrainingSection(long eventsHeld, long participantDays, List<EventLine> events,
                                  List<CountLine> bySex, List<CountLine> byMember, List<CountLine> byAgencyType,
                                  BigDecimal knowledgeGain, BigDecimal satisfiedShare) {
    }

    /** A capacity-building event held in the period, with its participants. */
    public record EventLine(long id, String title, String kind, LocalDate endDate, String place, Long participants) {
    }

    /** A knowledge product published in the period. */
    public record ProductLine(long id, String title, String type, LocalDate publicationDate, String publicUrl) {
    }

    /** Guiding principles. */
    public record PrincipleSection(List<CountLine> genderMarker, BigDecimal womenShare, Long sexNotRecorded,
                                   long membersEngaged, List<PrincipleLine> principles) {
    }

    /** One guiding principle with the activities' evidence for it. */
    public record PrincipleLine(int number, String title, List<PrincipleEvidence> evidence) {
    }

    /** What one activity says it does for a principle. */
    public record PrincipleEvidence(String activityCode, String activityTitle, String rating, String evidence) {
    }

    /** A partner of the year's activities and how many activities it works on. */
    public record PartnerLine(long id, String name, long activities) {
    }

    /** Budget against expenditure of one purpose in one currency. */
    public record BudgetLine(int purposeNumber, String purposeTitle, String currency, BigDecimal planned,
                             BigDecimal spent, BigDecimal executionShare) {
    }

    /** An activity of the year's work plan. */
    public record ActivityLine(long id, String code, int purposeNumber, String title, String type, String status,
                               LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualEnd,
                               BigDecimal budget, String currency, BigDecimal expenditure, Integer genderMarker) {
    }

    /** An indicator's value for one period of the report's span. */
    public record IndicatorLine(String code, String name, String period, BigDecimal value, String origin,
                                String valueStatus) {
    }

    /** The catalogue entry of one computed source. */
    public record DefinitionLine(String source, String name, String definition, String periodRule) {
    }
}
