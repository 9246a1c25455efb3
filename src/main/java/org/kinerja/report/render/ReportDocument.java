package org.kinerja.report.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.kinerja.report.ReportAudience;
import org.kinerja.report.ReportData;
import org.kinerja.report.ReportData.ActivityCounts;
import org.kinerja.report.ReportData.ActivityLine;
import org.kinerja.report.ReportData.BudgetLine;
import org.kinerja.report.ReportData.CountLine;
import org.kinerja.report.ReportData.CurrencyAmount;
import org.kinerja.report.ReportData.DefinitionLine;
import org.kinerja.report.ReportData.EventLine;
import org.kinerja.report.ReportData.IndicatorLine;
import org.kinerja.report.ReportData.PartnerLine;
import org.kinerja.report.ReportData.PrincipleEvidence;
import org.kinerja.report.ReportData.PrincipleLine;
import org.kinerja.report.ReportData.ProductLine;
import org.kinerja.report.ReportData.ReportIndicator;
import org.kinerja.report.ReportData.ReportPurpose;
import org.kinerja.report.ReportType;

/**
 * The report laid out once, in the order of its sections, as headings, paragraphs, tables and charts with every
 * word and figure already written: the web page, the PDF, the DOCX and the XLSX each walk these blocks, so they
 * cannot disagree. Built from the {@link ReportData} alone; with {@link ReportLinks} every figure carries the
 * address of its drill-down, without them (the files) none does.
 */
public final class ReportDocument {

    /** What a block is. */
    public enum Kind { COVER, TOC, HEADING, PARAGRAPH, TABLE, CHART }

    /**
     * One cell: its text as printed, its number for spreadsheets ({@code null} for text and suppressed counts),
     * whether it is a figure (aligned right) and its drill-down address ({@code null} for none).
     */
    public record Cell(String text, BigDecimal number, boolean numeric, String href) {

        public boolean linked() {
            return href != null;
        }
    }

    /**
     * A table: its anchor, its spreadsheet sheet name ({@code null} when the workbook has it in another sheet),
     * its caption, the column headings and the rows.
     */
    public record Table(String id, String sheet, String caption, List<String> headers, List<List<Cell>> rows) {

        /** Whether column {@code c} holds figures (so it is aligned right). */
        public boolean numericColumn(int c) {
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.get(c).numeric());
        }
    }

    /**
     * A block: a heading ({@code level} 1 or 2, {@code id} its anchor, {@code text}), a paragraph ({@code text}),
     * the cover ({@code text} the title, {@code lines} under it), the table of contents, a table or a chart
     * ({@code svg}, {@code text} its caption).
     */
    public record Block(Kind kind, int level, String id, String text, List<String> lines, Table table, String svg) {

        public boolean is(String kind) {
            return this.kind.name().equals(kind);
        }
    }

    /** An entry of the table of contents. */
    public record TocEntry(int level, String id, String text) {
    }

    private final ReportData report;
    private final ReportText t;
    private final FigureFormat f;
    private final ReportLinks links;
    /** The links of the report's whole year, for what it counts of the year's work plan; {@code null} for files. */
    private final ReportLinks year;
    private final ReportCharts charts;
    private final List<Block> blocks = new ArrayList<>();
    private final List<TocEntry> toc = new ArrayList<>();
    /** Events the report's text lists at most; the workbook's Events sheet has every one. */
    static final int LISTED_EVENTS = 50;

    private final List<Table> sheets = new ArrayList<>();
    private final String title;

    private ReportDocument(ReportData report, ReportText text, ReportLinks links) {
        this.report = report;
        this.t = text;
        this.f = new FigureFormat(report.suppressedBelow());
        this.links = links;
        this.year = links == null ? null : links.wholeYear();
        this.charts = new ReportCharts(text, f);
        this.title = report.type() == ReportType.SEMI_ANNUAL
                ? text.t("report.title.semiAnnual." + report.half(), String.valueOf(report.year()))
                : text.t("report.title.annual", String.valueOf(report.year()));
        build();
    }

    /** The page's document: every figure links to its records. */
    public static ReportDocument page(ReportData report, ReportText text, ReportLinks links) {
        return new ReportDocument(report, text, links);
    }

    /** The files' document: no links. */
    public static ReportDocument file(ReportData report, ReportText text) {
        return new ReportDocument(report, text, null);
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<TocEntry> toc() {
        return toc;
    }

    /** The tables of the workbook, one sheet each, in the order of the report. */
    public List<Table> sheets() {
        return sheets;
    }

    /** The word the language of the text reads as, for {@code lang} attributes. */
    public String lang() {
        return t.t("app.lang");
    }

    public String t(String key, Object... args) {
        return t.t(key, args);
    }

    private void build() {
        cover();
        blocks.add(new Block(Kind.TOC, 0, "r-contents", t.t("report.contents"), List.of(), null, null));
        heading(1, "r-foreword", t.t("report.foreword"));
        narrative(report.foreword(), "report.foreword.none");
        glance();
        delivery();
        for (ReportPurpose purpose : report.purposes()) {
            purpose(purpose);
        }
        principles();
        members();
        partners();
        budget();
        annex();
    }

    private void cover() {
        List<String> lines = new ArrayList<>();
        lines.add(t.t("report.cover.plan", report.planTitle(), report.planCode()));
        lines.add(t.t("report.cover.period", f.date(report.periodFrom()), f.date(report.periodTo())));
        lines.add(t.t("report.audience." + report.audience().name()));
        if (report.audience() == ReportAudience.PUBLIC) {
            lines.add(t.t("report.cover.suppressed", f.suppressed()));
        }
        lines.add(t.t("report.cover.generated", f.timestamp(report.generatedAt())));
        blocks.add(new Block(Kind.COVER, 0, "r-cover", title, List.copyOf(lines), null, null));
    }

    private void glance() {
        heading(1, "r-glance", t.t("report.glance"));
        ActivityCounts d = report.delivery();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(fact("report.activities.planned", count(d.planned(), workPlan("ACTIVITIES_PLANNED", null))));
        rows.add(fact("report.activities.completed", count(d.completed(), ofWorkPlan(null, "ACTIVITY_STATUS", "COMPLETED"))));
        rows.add(fact("report.peopleTrained", count(report.peopleTrained().total(), figure("PEOPLE_TRAINED"))));
        rows.add(fact("report.womenShare", percent(report.womenShare(), figure("WOMEN_SHARE"))));
        rows.add(fact("report.sexNotRecorded", count(report.sexNotRecorded(), breakdown("PEOPLE_TRAINED", "SEX", "NOT_RECORDED"))));
        rows.add(fact("report.knowledgeGain", decimal(report.knowledgeGain(), figure("KNOWLEDGE_GAIN"))));
        rows.add(fact("report.satisfiedShare", percent(report.satisfiedShare(), figure("SATISFIED_SHARE"))));
        rows.add(fact("report.eventsHeld", count(report.capacityEventsHeld(), figure("CAPACITY_EVENTS_HELD"))));
        rows.add(fact("report.participantDays", count(report.participantDays(), figure("PARTICIPANT_DAYS"))));
        rows.add(fact("report.productsPublished", count(report.productsPublished(), figure("PRODUCTS_PUBLISHED"))));
        rows.add(fact("report.engagements", count(report.engagements(), figure("ENGAGEMENTS"))));
        rows.add(fact("report.forumsEngaged", count(report.forumsEngaged(), figure("FORUMS_ENGAGED"))));
        requestFacts(rows);
        rows.add(fact("report.membersEngaged", count(report.membersEngaged(), figure("MEMBERS_ENGAGED"))));
        budgetFacts(rows);
        table("r-glance-table", "report.sheet.glance", t.t("report.glance"), headers("report.figure", "report.value"), rows);
    }

    private void requestFacts(List<List<Cell>> rows) {
        rows.add(fact("report.requests.received", count(report.requests().received(), figure("REQUESTS_RECEIVED"))));
        rows.add(fact("report.requests.delivered", count(report.requests().delivered(), figure("REQUESTS_DELIVERED"))));
        rows.add(fact("report.requests.onTimeShare", percent(report.requests().onTimeShare(), figure("REQUESTS_ON_TIME_SHARE"))));
        rows.add(fact("report.requests.medianDays", decimal(report.requests().medianDays(), figure("REQUEST_MEDIAN_DAYS"))));
    }

    private void budgetFacts(List<List<Cell>> rows) {
        String currency = report.budget().currency();
        String href = workPlan("BUDGET_EXECUTION", null);
        rows.add(List.of(text(t.t("report.budget.planned", currency)), money(report.budget().planned(), href)));
        rows.add(List.of(text(t.t("report.budget.spent", currency)), money(report.budget().spent(), href)));
        rows.add(fact("report.budget.execution", percent(report.budget().executionShare(), href)));
        for (CurrencyAmount other : report.budget().otherCurrencies()) {
            // the year's activities budgeted in that currency
            String inCurrency = ofWorkPlan(null, "CURRENCY", other.currency());
            rows.add(List.of(text(t.t("report.budget.planned", other.currency())), money(other.planned(), inCurrency)));
            rows.add(List.of(text(t.t("report.budget.spent", other.currency())), money(other.spent(), inCurrency)));
        }
    }

    private void delivery() {
        heading(1, "r-delivery", t.t("report.delivery"));
        chart(t.t("report.chart.delivery"), charts.delivery(report));
        List<List<Cell>> rows = new ArrayList<>();
        for (ReportPurpose p : report.purposes()) {
            rows.add(activityCounts(text(purposeLabel(p.number(), p.title())), p.activities(), p.number()));
        }
        rows.add(activityCounts(text(t.t("report.total")), report.delivery(), null));
        table("r-delivery-table", "report.sheet.delivery", t.t("report.delivery"),
                headers("report.purpose", "report.activities.planned", "report.activities.completed",
                        "report.activities.inProgress", "report.activities.postponed", "report.activities.cancelled"), rows);
        List<List<Cell>> indicators = new ArrayList<>();
        for (ReportPurpose p : report.purposes()) {
            for (ReportIndicator i : p.indicators()) {
                List<Cell> row = new ArrayList<>();
                row.add(count(p.number(), null));
                row.addAll(indicatorRow(i, p.number()));
                indicators.add(row);
            }
        }
        List<String> indicatorHeaders = new ArrayList<>(headers("report.purpose.number"));
        indicatorHeaders.addAll(indicatorHeaders());
        sheets.add(new Table("r-indicators", t.t("report.sheet.indicators"), t.t("report.indicators"), indicatorHeaders,
                indicators));
    }

    private List<Cell> activityCounts(Cell label, ActivityCounts a, Integer purpose) {
        return List.of(label, count(a.planned(), workPlan("ACTIVITIES_PLANNED", purpose)),
                count(a.completed(), ofWorkPlan(purpose, "ACTIVITY_STATUS", "COMPLETED")),
                count(a.inProgress(), ofWorkPlan(purpose, "ACTIVITY_STATUS", "IN_PROGRESS")),
                count(a.postponed(), ofWorkPlan(purpose, "ACTIVITY_STATUS", "POSTPONED")),
                count(a.cancelled(), ofWorkPlan(purpose, "ACTIVITY_STATUS", "CANCELLED")));
    }

    private void purpose(ReportPurpose p) {
        String id = "r-purpose-" + p.number();
        heading(1, id, purposeLabel(p.number(), p.title()));
        narrative(p.text(), null);
        heading(2, id + "-highlights", t.t("report.highlights"));
        narrative(p.highlights(), "report.highlights.none");
        heading(2, id + "-activities", t.t("report.purpose.activities"));
        table(id + "-activity-table", null, t.t("report.purpose.activities"), activityHeaders(false),
                p.activityList().stream().map(a -> activityRow(a, false)).toList());
        heading(2, id + "-indicators", t.t("report.indicators"));
        table(id + "-indicator-table", null, t.t("report.indicators"), indicatorHeaders(),
                p.indicators().stream().map(i -> indicatorRow(i, p.number())).toList());
        switch (p.number()) {
            case 1 -> requests(id);
            case 2 -> training(id);
            case 3 -> products(id);
            case 4 -> engagements(id);
            default -> {
            }
        }
    }

    private List<String> indicatorHeaders() {
        return headers("report.indicator.code", "report.indicator.name", "report.indicator.baseline",
                "report.indicator.target", "report.indicator.actual", "report.indicator.percentOfTarget",
                "report.indicator.status", "report.indicator.valueStatus");
    }

    private List<Cell> indicatorRow(ReportIndicator i, int purpose) {
        String href = i.source() != null && !"MANUAL".equals(i.source()) ? figure(i.source(), purpose) : null;
        String unit = i.unit() == null || i.unit().isBlank() ? i.name() : t.t("report.indicator.nameUnit", i.name(), i.unit());
        return List.of(text(i.code()), text(unit), decimal(i.baseline(), null), decimal(i.target(), null),
                decimal(i.actual(), href), percent(i.percentOfTarget(), null),
                text(t.label("report.status.", i.status())), text(t.label("report.valueStatus.", i.valueStatus())));
    }

    private void requests(String id) {
        heading(2, id + "-requests", t.t("report.requests"));
        List<List<Cell>> rows = new ArrayList<>();
        requestFacts(rows);
        rows.add(fact("report.requests.open", count(report.requestSection().open(), links == null ? null : links.openRequests())));
        rows.add(fact("report.requests.overdue", count(report.requestSection().overdue(), links == null ? null : links.overdueRequests())));
        table(id + "-request-figures", null, t.t("report.requests"), headers("report.figure", "report.value"), rows);
        countTable(id + "-request-types", "report.sheet.requestTypes", t.t("report.requests.byType"), "report.requests.type",
                report.requestSection().byType(), line -> breakdown("REQUESTS_RECEIVED", "REQUEST_TYPE", line.key()));
        countTable(id + "-requesters", "report.sheet.requesters", t.t("report.requests.byRequester"),
                "report.requests.requester", report.requestSection().byRequester(),
                line -> breakdown("REQUESTS_RECEIVED", "REQUESTER", line.key()));
    }

    private void training(String id) {
        var s = report.training();
        heading(2, id + "-training", t.t("report.training"));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(fact("report.eventsHeld", count(s.eventsHeld(), figure("CAPACITY_EVENTS_HELD"))));
        rows.add(fact("report.participantDays", count(s.participantDays(), figure("PARTICIPANT_DAYS"))));
        rows.add(fact("report.peopleTrained", count(report.peopleTrained().total(), figure("PEOPLE_TRAINED"))));
        rows.add(fact("report.knowledgeGain", decimal(s.knowledgeGain(), figure("KNOWLEDGE_GAIN"))));
        rows.add(fact("report.satisfiedShare", percent(s.satisfiedShare(), figure("SATISFIED_SHARE"))));
        table(id + "-training-figures", null, t.t("report.training"), headers("report.figure", "report.value"), rows);
        List<String> eventHeaders = headers("report.event.title", "report.event.kind", "report.event.endDate",
                "report.event.place", "report.event.participants");
        List<EventLine> listed = listedEvents(s.events());
        if (listed.size() < s.events().size()) {
            // the workbook keeps every event; the page, PDF and DOCX list the largest and say so
            sheets.add(new Table(id + "-events", t.t("report.sheet.events"), t.t("report.training.events"), eventHeaders,
                    eventRows(s.events())));
            paragraph(t.t("report.training.eventsListed", f.number(listed.size()), f.number(s.events().size())));
            table(id + "-events", null, t.t("report.training.events"), eventHeaders, eventRows(listed));
        } else {
            table(id + "-events", "report.sheet.events", t.t("report.training.events"), eventHeaders, eventRows(listed));
        }
        chart(t.t("report.chart.sex"), charts.trainedBySex(report));
        countTable(id + "-sex", "report.sheet.sex", t.t("report.training.bySex"), "report.sex", s.bySex(),
                line -> breakdown("PEOPLE_TRAINED", "SEX", line.key()));
        countTable(id + "-members", "report.sheet.trainedMembers", t.t("report.training.byMember"), "report.member",
                s.byMember(), line -> breakdown("PEOPLE_TRAINED", "MEMBER", line.key()));
        countTable(id + "-agencies", "report.sheet.agencyTypes", t.t("report.training.byAgencyType"), "report.agencyType",
                s.byAgencyType(), line -> breakdown("PEOPLE_TRAINED", "AGENCY_TYPE", line.key()));
    }

    /**
     * The events the report's text lists: all of them up to {@link #LISTED_EVENTS}, else that many with the most
     * participants (in the order of the report's list). A constant of the layout, so an issued report re-renders
     * identically.
     */
    static List<EventLine> listedEvents(List<EventLine> events) {
        if (events.size() <= LISTED_EVENTS) {
            return events;
        }
        Set<EventLine> largest = new HashSet<>(events.stream()
                .sorted(Comparator.comparing((EventLine e) -> e.participants() == null ? 0L : e.participants()).reversed()
                        .thenComparing(EventLine::endDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(EventLine::id))
                .limit(LISTED_EVENTS).toList());
        return events.stream().filter(largest::contains).toList();
    }

    private List<List<Cell>> eventRows(List<EventLine> events) {
        List<List<Cell>> rows = new ArrayList<>(events.size());
        for (EventLine e : events) {
            String href = links == null ? null : links.event(e.id());
            rows.add(List.of(link(e.title(), href), text(t.label("delivery.kind.", e.kind())), text(f.date(e.endDate())),
                    text(e.place()), count(e.participants(), href)));
        }
        return rows;
    }

    private void products(String id) {
        heading(2, id + "-products", t.t("report.products"));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(fact("report.productsPublished", count(report.productsPublished(), figure("PRODUCTS_PUBLISHED"))));
        table(id + "-product-figures", null, t.t("report.products"), headers("report.figure", "report.value"), rows);
        List<List<Cell>> products = new ArrayList<>();
        for (ProductLine p : report.products()) {
            products.add(List.of(link(p.title(), links == null ? null : links.product(p.id())),
                    text(t.label("knowledge.type.", p.type())), text(f.date(p.publicationDate())), text(p.publicUrl())));
        }
        table(id + "-product-table", "report.sheet.products", t.t("report.products"),
                headers("report.product.title", "report.product.type", "report.product.date", "report.product.url"), products);
    }

    private void engagements(String id) {
        heading(2, id + "-engagements", t.t("report.engagements.section"));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(fact("report.engagements", count(report.engagements(), figure("ENGAGEMENTS"))));
        rows.add(fact("report.forumsEngaged", count(report.forumsEngaged(), figure("FORUMS_ENGAGED"))));
        table(id + "-engagement-figures", null, t.t("report.engagements.section"), headers("report.figure", "report.value"), rows);
        countTable(id + "-forums", "report.sheet.forums", t.t("report.engagements.byForum"), "report.forum",
                report.engagementsByForum(), line -> breakdown("ENGAGEMENTS", "FORUM", line.key()));
        countTable(id + "-engagement-types", "report.sheet.engagementTypes", t.t("report.engagements.byType"),
                "report.engagementType", report.engagementsByType(),
                line -> breakdown("ENGAGEMENTS", "ENGAGEMENT_TYPE", line.key()));
    }

    private void principles() {
        var s = report.principles();
        heading(1, "r-principles", t.t("report.principles"));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(fact("report.womenShare", percent(s.womenShare(), figure("WOMEN_SHARE"))));
        rows.add(fact("report.sexNotRecorded", count(s.sexNotRecorded(), breakdown("PEOPLE_TRAINED", "SEX", "NOT_RECORDED"))));
        rows.add(fact("report.membersEngaged", count(s.membersEngaged(), figure("MEMBERS_ENGAGED"))));
        table("r-principle-figures", null, t.t("report.principles"), headers("report.figure", "report.value"), rows);
        countTable("r-gender-marker", "report.sheet.genderMarker", t.t("report.genderMarker"), "report.genderMarker.value",
                s.genderMarker(), line -> ofWorkPlan(null, "GENDER_MARKER", line.key()));
        List<List<Cell>> evidence = new ArrayList<>();
        for (PrincipleLine principle : s.principles()) {
            for (PrincipleEvidence e : principle.evidence()) {
                evidence.add(List.of(text(t.t("report.principle.label", String.valueOf(principle.number()), principle.title())),
                        text(e.activityCode()), text(e.activityTitle()), text(t.label("activity.principleRating.", e.rating())),
                        text(e.evidence())));
            }
        }
        table("r-principle-evidence", "report.sheet.principles", t.t("report.principles.evidence"),
                headers("report.principle", "report.activity.code", "report.activity.title", "report.principle.rating",
                        "report.principle.evidence"), evidence);
    }

    private void members() {
        heading(1, "r-members", t.t("report.members"));
        countTable("r-member-table", "report.sheet.members", t.t("report.members"), "report.member", report.members(),
                line -> breakdown("PEOPLE_TRAINED", "MEMBER", line.key()));
    }

    private void partners() {
        heading(1, "r-partners", t.t("report.partners"));
        List<List<Cell>> rows = new ArrayList<>();
        for (PartnerLine p : report.partners()) {
            String href = links == null ? null : links.partner(p.id());
            rows.add(List.of(link(p.name(), href), count(p.activities(), href)));
        }
        table("r-partner-table", "report.sheet.partners", t.t("report.partners"),
                headers("report.partner", "report.partner.activities"), rows);
    }

    private void budget() {
        heading(1, "r-budget", t.t("report.budget"));
        chart(t.t("report.chart.budget", report.budget().currency()), charts.budget(report));
        List<List<Cell>> rows = new ArrayList<>();
        for (BudgetLine b : report.budgetByPurpose()) {
            String href = b.currency() == null || b.currency().equals(report.budget().currency())
                    ? workPlan("BUDGET_EXECUTION", b.purposeNumber())
                    : ofWorkPlan(b.purposeNumber(), "CURRENCY", b.currency());
            rows.add(List.of(text(purposeLabel(b.purposeNumber(), b.purposeTitle())), text(b.currency()),
                    money(b.planned(), href), money(b.spent(), href), percent(b.executionShare(), href)));
        }
        table("r-budget-table", "report.sheet.budget", t.t("report.budget"),
                headers("report.purpose", "report.currency", "report.budget.plannedColumn", "report.budget.spentColumn",
                        "report.budget.execution"), rows);
    }

    private void annex() {
        heading(1, "r-annex", t.t("report.annex"));
        heading(2, "r-annex-activities", t.t("report.annex.activities"));
        table("r-activity-table", "report.sheet.activities", t.t("report.annex.activities"), activityHeaders(true),
                report.activities().stream().map(a -> activityRow(a, true)).toList());
        heading(2, "r-annex-indicators", t.t("report.annex.indicators"));
        List<List<Cell>> values = new ArrayList<>();
        for (IndicatorLine i : report.indicatorData()) {
            values.add(List.of(text(i.code()), text(i.name()), text(i.period()), decimal(i.value(), null),
                    text(t.label("report.origin.", i.origin())), text(t.label("report.valueStatus.", i.valueStatus()))));
        }
        table("r-indicator-data", "report.sheet.indicatorData", t.t("report.annex.indicators"),
                headers("report.indicator.code", "report.indicator.name", "report.indicator.period", "report.value",
                        "report.indicator.origin", "report.indicator.valueStatus"), values);
        heading(2, "r-annex-definitions", t.t("report.annex.definitions"));
        List<List<Cell>> definitions = new ArrayList<>();
        for (DefinitionLine d : report.definitions()) {
            definitions.add(List.of(text(d.source()), text(d.name()), text(d.definition()), text(d.periodRule())));
        }
        table("r-definitions", "report.sheet.definitions", t.t("report.annex.definitions"),
                headers("report.definition.source", "report.definition.name", "report.definition.text",
                        "report.definition.periodRule"), definitions);
        heading(2, "r-annex-timestamp", t.t("report.annex.timestamp"));
        paragraph(t.t("report.annex.timestampText", f.timestamp(report.generatedAt())));
    }

    private List<String> activityHeaders(boolean annex) {
        List<String> keys = new ArrayList<>(List.of("report.activity.code"));
        if (annex) {
            keys.add("report.purpose.number");
        }
        keys.addAll(List.of("report.activity.title", "report.activity.type", "report.activity.status",
                "report.activity.plannedStart", "report.activity.plannedEnd", "report.activity.actualEnd"));
        if (annex) {
            keys.addAll(List.of("report.activity.budget", "report.currency", "report.activity.expenditure",
                    "report.activity.genderMarker"));
        }
        return headers(keys.toArray(String[]::new));
    }

    private List<Cell> activityRow(ActivityLine a, boolean annex) {
        String href = links == null ? null : links.activity(a.id());
        List<Cell> row = new ArrayList<>(List.of(link(a.code(), href)));
        if (annex) {
            row.add(count(a.purposeNumber(), null));
        }
        row.addAll(List.of(text(a.title()), text(t.label("activity.type.", a.type())),
                text(t.label("activity.status.", a.status())), text(f.date(a.plannedStart())), text(f.date(a.plannedEnd())),
                text(f.date(a.actualEnd()))));
        if (annex) {
            row.addAll(List.of(money(a.budget(), null), text(a.currency()), money(a.expenditure(), null),
                    a.genderMarker() == null ? text("") : count(a.genderMarker(), null)));
        }
        return row;
    }

    private void countTable(String id, String sheetKey, String caption, String labelKey, List<CountLine> lines,
                            Function<CountLine, String> href) {
        List<List<Cell>> rows = new ArrayList<>();
        for (CountLine line : lines) {
            String target = href.apply(line);
            rows.add(List.of(text(line.label()), count(line.count(), target)));
        }
        table(id, sheetKey, caption, headers(labelKey, "report.count"), rows);
    }

    private String purposeLabel(int number, String title) {
        return t.t("report.purpose.label", String.valueOf(number), title);
    }

    private void heading(int level, String id, String text) {
        blocks.add(new Block(Kind.HEADING, level, id, text, List.of(), null, null));
        toc.add(new TocEntry(level, id, text));
    }

    private void paragraph(String text) {
        blocks.add(new Block(Kind.PARAGRAPH, 0, null, text, List.of(), null, null));
    }

    /** A narrative typed in Kinerja: one paragraph per blank-line-separated part; {@code noneKey}'s text when empty. */
    private void narrative(String text, String noneKey) {
        if (text == null || text.isBlank()) {
            if (noneKey != null) {
                paragraph(t.t(noneKey));
            }
            return;
        }
        Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).forEach(this::paragraph);
    }

    private void chart(String caption, String svg) {
        blocks.add(new Block(Kind.CHART, 0, null, caption, List.of(), null, svg));
    }

    private void table(String id, String sheetKey, String caption, List<String> headers, List<List<Cell>> rows) {
        Table table = new Table(id, sheetKey == null ? null : t.t(sheetKey), caption, headers, List.copyOf(rows));
        blocks.add(new Block(Kind.TABLE, 0, id, caption, List.of(), table, null));
        if (sheetKey != null) {
            sheets.add(table);
        }
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(t::t).toList();
    }

    /** A row of a figures table: the label of {@code labelKey} and the figure. */
    private List<Cell> fact(String labelKey, Cell value) {
        return List.of(text(t.t(labelKey)), value);
    }

    private String figure(String source) {
        return links == null ? null : links.figure(source);
    }

    private String figure(String source, int purpose) {
        return links == null ? null : links.figure(source, purpose);
    }

    private String breakdown(String source, String by, String key) {
        return links == null || key == null ? null : links.breakdown(source, by, key);
    }

    /**
     * A figure the report counts of the year's work plan as it stands (activities planned, budget execution), of
     * one purpose or all: its records are listed for the whole year, whatever the report's half.
     */
    private String workPlan(String source, Integer purpose) {
        if (year == null) {
            return null;
        }
        return purpose == null ? year.figure(source) : year.figure(source, purpose);
    }

    /**
     * The activities of the year's work plan (of one purpose, or all) on one line of an ACTIVITIES_PLANNED
     * breakdown: by ACTIVITY_STATUS, by GENDER_MARKER.
     */
    private String ofWorkPlan(Integer purpose, String by, String key) {
        if (year == null || key == null) {
            return null;
        }
        return purpose == null ? year.breakdown("ACTIVITIES_PLANNED", by, key)
                : year.breakdown("ACTIVITIES_PLANNED", purpose, by, key);
    }

    private static Cell text(String text) {
        return new Cell(text == null ? "" : text, null, false, null);
    }

    private static Cell link(String text, String href) {
        return new Cell(text == null ? "" : text, null, false, href);
    }

    private Cell count(long n, String href) {
        return new Cell(f.number(n), BigDecimal.valueOf(n), true, href);
    }

    private Cell count(Long n, String href) {
        return new Cell(f.count(n), n == null ? null : BigDecimal.valueOf(n), true, href);
    }

    private Cell decimal(BigDecimal value, String href) {
        return new Cell(f.decimal(value), value, true, href);
    }

    private Cell percent(BigDecimal value, String href) {
        return new Cell(f.percent(value), value, true, href);
    }

    private Cell money(BigDecimal value, String href) {
        return new Cell(f.money(value), value, true, href);
    }
}
