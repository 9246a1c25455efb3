package org.kinerja.report.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kinerja.report.ReportAudience;
import org.kinerja.report.ReportData;
import org.kinerja.report.ReportData.ActivityCounts;
import org.kinerja.report.ReportData.ActivityLine;
import org.kinerja.report.ReportData.BudgetFigures;
import org.kinerja.report.ReportData.BudgetLine;
import org.kinerja.report.ReportData.CountLine;
import org.kinerja.report.ReportData.CurrencyAmount;
import org.kinerja.report.ReportData.DefinitionLine;
import org.kinerja.report.ReportData.EventLine;
import org.kinerja.report.ReportData.IndicatorLine;
import org.kinerja.report.ReportData.PartnerLine;
import org.kinerja.report.ReportData.PeopleTrained;
import org.kinerja.report.ReportData.PrincipleEvidence;
import org.kinerja.report.ReportData.PrincipleLine;
import org.kinerja.report.ReportData.PrincipleSection;
import org.kinerja.report.ReportData.ProductLine;
import org.kinerja.report.ReportData.ReportIndicator;
import org.kinerja.report.ReportData.ReportPurpose;
import org.kinerja.report.ReportData.RequestFigures;
import org.kinerja.report.ReportData.RequestSection;
import org.kinerja.report.ReportData.TrainingSection;
import org.kinerja.report.ReportType;

/**
 * A hand-built report for plan TEST-2098 with four purposes and text meant to break the renderers: a formula
 * ({@code =HYPERLINK(…)}), markup ({@code <script>}), ampersands and names in Vietnamese and Arabic. The PUBLIC
 * variant has its small disaggregated counts suppressed ({@code null}).
 */
final class ReportFixture {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    static final String SCRIPT = "<script>alert('x')</script> & more";
    static final String VIETNAMESE = "Nguyễn Thị Lan";
    static final String ARABIC = "محمد";
    /** A control character XML forbids, as pasted from another program. */
    static final String BELL = "\u0007";
    static final List<String> PURPOSE_TITLES = List.of(
            "Support to Members & Working Groups",
            "Capacity building for practitioners",
            "Knowledge and research " + SCRIPT,
            "Engagement with external forums");

    private ReportFixture() {
    }

    static ReportData internal() {
        return report(ReportAudience.INTERNAL, 3L, null);
    }

    /** The PUBLIC report: women trained (3) and the member with 2 people trained are suppressed. */
    static ReportData publicReport() {
        return report(ReportAudience.PUBLIC, null, 5);
    }

    /** A report with {@code activities} extra activities in its annex, for a long PDF. */
    static ReportData large(int activities) {
        ReportData r = internal();
        List<ActivityLine> all = new ArrayList<>(r.activities());
        for (int i = 0; i < activities; i++) {
            all.add(new ActivityLine(1000 + i, "X" + i, 1 + i % 4, "Generated activity number " + i + " for a long annex",
                    "WORKSHOP", "COMPLETED", LocalDate.of(2098, 1 + i % 12, 1), LocalDate.of(2098, 1 + i % 12, 28), null,
                    new BigDecimal("1000.00"), "USD", new BigDecimal("900.00"), i % 3));
        }
        return copy(r, r.type(), r.planCode(), r.half(), List.copyOf(all));
    }

    /**
     * A report of {@code events} events held: "Event n" with n + 1 participants (so the largest are the last),
     * each ending on a day of 2098 in the order of n.
     */
    static ReportData manyEvents(int events) {
        ReportData r = internal();
        List<EventLine> lines = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            lines.add(new EventLine(10_000 + i, "Event " + i, "TRAINING", LocalDate.of(2098, 1, 1).plusDays(i % 365),
                    "Bangkok", (long) i + 1));
        }
        TrainingSection t = r.training();
        TrainingSection training = new TrainingSection(events, t.participantDays(), List.copyOf(lines), t.bySex(),
                t.byMember(), t.byAgencyType(), t.knowledgeGain(), t.satisfiedShare());
        return new ReportData(r.type(), r.planCode(), r.planTitle(), r.year(), r.half(), r.audience(), r.suppressedBelow(),
                r.generatedAt(), r.periodFrom(), r.periodTo(), r.foreword(), r.delivery(), r.purposes(), r.peopleTrained(),
                r.womenShare(), r.sexNotRecorded(), r.knowledgeGain(), r.satisfiedShare(), events,
                r.participantDays(), r.productsPublished(), r.engagements(), r.forumsEngaged(), r.requests(),
                r.membersEngaged(), r.budget(), r.requestSection(), training, r.products(), r.engagementsByForum(),
                r.engagementsByType(), r.principles(), r.members(), r.partners(), r.budgetByPurpose(), r.activities(),
                r.indicatorData(), r.definitions());
    }

    /** The first half of 2098 of a plan whose code needs encoding in a URL. */
    static ReportData firstHalf() {
        ReportData r = internal();
        return copy(r, ReportType.SEMI_ANNUAL, "SP 2098/99", 1, r.activities());
    }

    private static ReportData copy(ReportData r, ReportType type, String planCode, Integer half, List<ActivityLine> activities) {
        return new ReportData(type, planCode, r.planTitle(), r.year(), half, r.audience(), r.suppressedBelow(),
                r.generatedAt(), r.periodFrom(), r.periodTo(), r.foreword(), r.delivery(), r.purposes(), r.peopleTrained(),
                r.womenShare(), r.sexNotRecorded(), r.knowledgeGain(), r.satisfiedShare(), r.capacityEventsHeld(),
                r.participantDays(), r.productsPublished(), r.engagements(), r.forumsEngaged(), r.requests(),
                r.membersEngaged(), r.budget(), r.requestSection(), r.training(), r.products(), r.engagementsByForum(),
                r.engagementsByType(), r.principles(), r.members(), r.partners(), r.budgetByPurpose(), activities,
                r.indicatorData(), r.definitions());
    }

    private static ReportData report(ReportAudience audience, Long women, Integer suppressedBelow) {
        List<ActivityLine> activities = List.of(
                activity(11, "A1.1", 1, "Technical advice to " + VIETNAMESE, "TECHNICAL_ASSISTANCE", "COMPLETED", "12000.00", "9000.00"),
                activity(21, "A2.1", 2, "Regional workshop on " + HYPERLINK, "WORKSHOP", "IN_PROGRESS", "25000.00", "20000.00"),
                activity(22, "A2.2", 2, "Training of trainers", "TRAINING", "POSTPONED", "8000.00", "0.00"),
                activity(31, "A3.1", 3, "Policy guide " + SCRIPT, "POLICY_GUIDE", "COMPLETED", "15000.00", "14000.00"),
                activity(41, "A4.1", 4, "Outreach with " + ARABIC, "OUTREACH", "CANCELLED", "5000.00", "0.00"));
        List<ReportPurpose> purposes = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            int number = n;
            purposes.add(new ReportPurpose(n, PURPOSE_TITLES.get(n - 1), "What purpose " + n + " is for.",
                    n == 2 ? "Highlights of the year.\n\nA second paragraph with " + HYPERLINK : "",
                    counts(n), List.of(indicator(n)), activities.stream().filter(a -> a.purposeNumber() == number).toList()));
        }
        Map<String, Long> bySex = new LinkedHashMap<>();
        bySex.put("FEMALE", women);
        bySex.put("MALE", 9L);
        bySex.put("OTHER", null);
        bySex.put("NOT_RECORDED", 6L);
        List<CountLine> sexLines = List.of(new CountLine("FEMALE", "Female", women), new CountLine("MALE", "Male", 9L),
                new CountLine("OTHER", "Other", suppressedBelow == null ? 0L : null),
                new CountLine("NOT_RECORDED", "Not recorded", 6L));
        List<CountLine> members = List.of(new CountLine("IDN", "Indonesia", 11L),
                new CountLine("VNM", "Viet Nam – " + VIETNAMESE, suppressedBelow == null ? 2L : null),
                new CountLine("JOR", "الأردن " + ARABIC, 5L));
        TrainingSection training = new TrainingSection(2, 45,
                List.of(new EventLine(501, "Workshop " + SCRIPT, "WORKSHOP", LocalDate.of(2098, 3, 14), "Bangkok", 12L),
                        new EventLine(502, "Webinar for " + VIETNAMESE, "WEBINAR", LocalDate.of(2098, 9, 2), "Online", 6L)),
                sexLines, members, List.of(new CountLine("POLICE", "Police", 10L), new CountLine("NONE", "None", 8L)),
                new BigDecimal("12.50"), new BigDecimal("87.25"));
        return new ReportData(ReportType.ANNUAL, "TEST-2098", "Test plan " + HYPERLINK, 2098, null, audience, suppressedBelow,
                Instant.parse("2098-12-31T10:15:00Z"), LocalDate.of(2098, 1, 1), LocalDate.of(2098, 12, 31),
                "The Co-Managers thank " + VIETNAMESE + " and " + ARABIC + ".\n\nSecond paragraph " + SCRIPT + BELL,
                new ActivityCounts(5, 2, 1, 1, 1), List.copyOf(purposes), new PeopleTrained(18, bySex),
                new BigDecimal("25.00"), 6L, new BigDecimal("12.50"), new BigDecimal("87.25"), 2, 45, 1, 3, 2,
                new RequestFigures(7, 5, new BigDecimal("80.00"), new BigDecimal("11.50")), 3,
                new BudgetFigures(new BigDecimal("65000.00"), new BigDecimal("43000.00"), "USD", new BigDecimal("66.15"),
                        List.of(new CurrencyAmount("AUD", new BigDecimal("1000.00"), new BigDecimal("500.00")))),
                new RequestSection(2, 1, List.of(new CountLine("TECHNICAL_ASSISTANCE", "Technical assistance", 4L),
                        new CountLine("RESEARCH", "Research", 3L)),
                        List.of(new CountLine("IDN", "Indonesia", 5L), new CountLine("BODY-9", HYPERLINK, 2L))),
                training,
                List.of(new ProductLine(601, "Guide " + HYPERLINK, "POLICY_GUIDE", LocalDate.of(2098, 6, 1), "https://example.org/g?a=1&b=2")),
                List.of(new CountLine("701", "Forum " + SCRIPT, 2L), new CountLine("702", "ASEAN forum", 1L)),
                List.of(new CountLine("MEETING", "Meeting", 3L)),
                new PrincipleSection(List.of(new CountLine("0", "0 – not targeted", 2L), new CountLine("2", "2 – principal", 3L),
                        new CountLine("NOT_RATED", "Not screened", 1L)),
                        new BigDecimal("25.00"), 6L, 3,
                        List.of(new PrincipleLine(1, "International law", List.of(
                                new PrincipleEvidence("A2.1", "Regional workshop", "APPLIED", "Evidence " + HYPERLINK))))),
                members,
                List.of(new PartnerLine(801, "UNODC & IOM", 2), new PartnerLine(802, ARABIC + " partner", 1)),
                List.of(budgetLine(1, "12000.00", "9000.00"), budgetLine(2, "33000.00", "20000.00"),
                        budgetLine(3, "15000.00", "14000.00"), budgetLine(4, "5000.00", "0.00")),
                activities,
                List.of(new IndicatorLine("1.1", "Requests delivered", "2098", new BigDecimal("5"), "COMPUTED", "APPROVED"),
                        new IndicatorLine("3.1", "Stories " + HYPERLINK, "2098", new BigDecimal("2"), "MANUAL", "SUBMITTED")),
                List.of(new DefinitionLine("PEOPLE_TRAINED", "People trained", "Distinct people " + SCRIPT, "End date of the event"),
                        new DefinitionLine("REQUESTS_DELIVERED", "Requests delivered", "Requests answered", "Delivered date")));
    }

    private static ActivityCounts counts(int purpose) {
        return switch (purpose) {
            case 1 -> new ActivityCounts(1, 1, 0, 0, 0);
            case 2 -> new ActivityCounts(2, 0, 1, 1, 0);
            case 3 -> new ActivityCounts(1, 1, 0, 0, 0);
            default -> new ActivityCounts(1, 0, 0, 0, 1);
        };
    }

    private static ReportIndicator indicator(int purpose) {
        return switch (purpose) {
            case 1 -> new ReportIndicator("1.1", "Requests delivered", "requests", "NUMBER", "INCREASE", "REQUESTS_DELIVERED",
                    new BigDecimal("3"), new BigDecimal("6"), new BigDecimal("5"), new BigDecimal("83.33"), "ON_TRACK", "APPROVED");
            case 2 -> new ReportIndicator("2.1", "People trained", "people", "NUMBER", "INCREASE", "PEOPLE_TRAINED",
                    new BigDecimal("10"), new BigDecimal("15"), new BigDecimal("18"), new BigDecimal("120.00"), "ACHIEVED", "APPROVED");
            case 3 -> new ReportIndicator("3.1", "Stories " + HYPERLINK, "", "NUMBER", "INCREASE", "MANUAL",
                    new BigDecimal("1"), new BigDecimal("4"), new BigDecimal("2"), new BigDecimal("50.00"), "BEHIND", "SUBMITTED");
            default -> new ReportIndicator("4.1", "Forums engaged", "forums", "NUMBER", "INCREASE", "FORUMS_ENGAGED",
                    new BigDecimal("1"), new BigDecimal("3"), null, null, "NO_DATA", null);
        };
    }

    private static ActivityLine activity(long id, String code, int purpose, String title, String type, String status,
                                         String budget, String spent) {
        return new ActivityLine(id, code, purpose, title, type, status, LocalDate.of(2098, 2, 1), LocalDate.of(2098, 10, 31),
                "COMPLETED".equals(status) ? LocalDate.of(2098, 9, 30) : null, new BigDecimal(budget), "USD",
                new BigDecimal(spent), 2);
    }

    private static BudgetLine budgetLine(int purpose, String planned, String spent) {
        BigDecimal p = new BigDecimal(planned);
        BigDecimal s = new BigDecimal(spent);
        return new BudgetLine(purpose, PURPOSE_TITLES.get(purpose - 1), "USD", p, s,
                s.multiply(BigDecimal.valueOf(100)).divide(p, 2, java.math.RoundingMode.HALF_UP));
    }
}
