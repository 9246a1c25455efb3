package org.kinerja.measurement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.kinerja.indicator.ComputedSource;
import org.kinerja.measurement.Breakdown;
import org.kinerja.measurement.BreakdownRow;
import org.kinerja.measurement.Figure;
import org.kinerja.measurement.FigureRecord;
import org.kinerja.measurement.Period;
import org.kinerja.measurement.internal.SourceSpec.ValueType;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * Runs the catalogue's SQL: one aggregate over a source's records for a figure, the same grouped by a column
 * for a breakdown, the records themselves for a drill-down, and every source at once in a single statement.
 */
@Component
public class FigureQueries {

    /** Sex keys in the order reports show them; a breakdown by sex always has all four. */
    private static final List<String> SEXES = List.of("FEMALE", "MALE", "OTHER", "NOT_RECORDED");

    private final DSLContext db;

    FigureQueries(DSLContext db) {
        this.db = db;
    }

    /**
     * What the queries are bound to.
     *
     * @param planCode the plan
     * @param purpose  one purpose of it, or {@code null}
     * @param period   the period
     * @param kinds    the event kinds that count as capacity building
     * @param currency the reporting currency
     */
    public record Binds(String planCode, Integer purpose, Period period, List<String> kinds, String currency) {

        QueryPart[] parts(String key, long limit, long offset) {
            return new QueryPart[] {
                    DSL.val(period.from(), LocalDate.class), DSL.val(period.to(), LocalDate.class),
                    DSL.val(planCode, String.class), DSL.val(purpose, Integer.class),
                    DSL.val(kinds.toArray(String[]::new), SQLDataType.VARCHAR.array()),
                    DSL.val(currency, String.class), DSL.val(key, String.class),
                    DSL.val(limit, Long.class), DSL.val(offset, Long.class)};
        }
    }

    public Figure figure(SourceSpec spec, Binds binds) {
        Record r = db.resultQuery(with(spec) + "select " + aggregates(spec) + " from (" + spec.base().sql() + ") b",
                binds.parts(null, 0, 0)).fetchOne();
        return figure(spec, binds.period(), r);
    }

    /** Every source's figure in one statement: each base once as a common table expression. */
    public Map<ComputedSource, Figure> figures(List<SourceSpec> specs, Binds binds) {
        Map<String, String> ctes = new LinkedHashMap<>();
        List<String> selects = new ArrayList<>();
        for (SourceSpec spec : specs) {
            spec.base().uses().forEach(used -> ctes.putIfAbsent(used.name(), used.sql()));
            ctes.putIfAbsent(spec.base().name(), spec.base().sql());
            selects.add("select '" + spec.source().name() + "' as source, " + aggregates(spec) + " from "
                    + spec.base().name() + " b");
        }
        String sql = "with " + ctes.entrySet().stream().map(e -> e.getKey() + " as (" + e.getValue() + ")")
                .collect(Collectors.joining(", ")) + " " + String.join(" union all ", selects);
        Map<ComputedSource, Figure> out = new EnumMap<>(ComputedSource.class);
        for (Record r : db.resultQuery(sql, binds.parts(null, 0, 0)).fetch()) {
            ComputedSource source = ComputedSource.valueOf(r.get("source", String.class));
            out.put(source, figure(SourceCatalogue.spec(source), binds.period(), r));
        }
        return out;
    }

    public List<BreakdownRow> breakdown(SourceSpec spec, Breakdown by, Binds binds) {
        String column = spec.breakdowns().get(by);
        List<BreakdownRow> rows = new ArrayList<>();
        for (Record r : db.resultQuery(with(spec) + "select " + column + " as k, " + aggregates(spec) + " from ("
                + spec.base().sql() + ") b group by 1", binds.parts(null, 0, 0)).fetch()) {
            Figure f = figure(spec, binds.period(), r);
            rows.add(new BreakdownRow(r.get("k", String.class), f.value(), f.numerator(), f.denominator()));
        }
        if (by == Breakdown.SEX && spec.type() == ValueType.COUNT) {
            for (String sex : SEXES) {
                if (rows.stream().noneMatch(row -> row.key().equals(sex))) {
                    rows.add(new BreakdownRow(sex, BigDecimal.ZERO, null, null));
                }
            }
        }
        rows.sort(order(by));
        return rows;
    }

    public ListPage<FigureRecord> records(SourceSpec spec, Breakdown by, String key, Binds binds, PageQuery page) {
        List<String> where = new ArrayList<>();
        if (spec.recordsWhere() != null) {
            where.add(spec.recordsWhere());
        }
        if (by != null && key != null) {
            where.add(spec.breakdowns().get(by) + " = {6}");
        }
        String from = " from (" + spec.base().sql() + ") b" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        QueryPart[] parts = binds.parts(key, page.size(), page.offset());
        long total = db.resultQuery(with(spec) + "select count(*)" + from, parts).fetchOne(0, Long.class);
        List<FigureRecord> items = db.resultQuery(with(spec) + "select b.id, b.label, b.d" + from
                        + " order by b.d, b.id limit {7} offset {8}", parts).fetch()
                .map(r -> new FigureRecord(spec.kind(), r.get("id", Long.class), r.get("label", String.class),
                        r.get("d", LocalDate.class)));
        return new ListPage<>(items, page.page(), page.size(), total);
    }

    /** The common table expressions of the bases the source's base reads by name, or nothing. */
    private static String with(SourceSpec spec) {
        List<SourceSpec.Base> uses = spec.base().uses();
        return uses.isEmpty() ? "" : "with " + uses.stream().map(u -> u.name() + " as (" + u.sql() + ")")
                .collect(Collectors.joining(", ")) + " ";
    }

    private static String aggregates(SourceSpec spec) {
        return "cast(" + orNull(spec.numerator()) + " as numeric) as num, cast(" + orNull(spec.denominator())
                + " as numeric) as den, cast(" + (spec.notRecorded() == null ? "0" : spec.notRecorded())
                + " as bigint) as nr, cast(" + orNull(spec.median()) + " as numeric) as med";
    }

    private static String orNull(String sql) {
        return sql == null ? "null" : sql;
    }

    private static Figure figure(SourceSpec spec, Period period, Record r) {
        BigDecimal num = r.get("num", BigDecimal.class);
        BigDecimal den = r.get("den", BigDecimal.class);
        BigDecimal med = r.get("med", BigDecimal.class);
        long notRecorded = r.get("nr", Long.class);
        return switch (spec.type()) {
            case COUNT -> new Figure(spec.source(), period, num, null, null, notRecorded);
            case SHARE -> new Figure(spec.source(), period, divide(num.multiply(BigDecimal.valueOf(100)), den), num, den,
                    notRecorded);
            case MEAN -> new Figure(spec.source(), period, divide(num, den), num, den, notRecorded);
            case MEDIAN -> new Figure(spec.source(), period, med == null ? null : med.setScale(2, RoundingMode.HALF_UP),
                    null, den, notRecorded);
        };
    }

    /** Two decimals, half up; nothing to divide by gives no value rather than zero. */
    private static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /** Purposes and forums by number, sex in report order, other keys alphabetically with NONE last. */
    private static Comparator<BreakdownRow> order(Breakdown by) {
        return switch (by) {
            case PURPOSE, FORUM -> Comparator.comparing(row -> Long.parseLong(row.key()));
            case SEX -> Comparator.comparing(row -> SEXES.indexOf(row.key()));
            default -> Comparator.comparing((BreakdownRow row) -> row.key().equals("NONE")).thenComparing(BreakdownRow::key);
        };
    }
}
