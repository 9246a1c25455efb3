package org.kinerja.measurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.kinerja.indicator.ComputedSource;
import org.kinerja.indicator.Measure;
import org.kinerja.measurement.Breakdown;
import org.kinerja.measurement.BreakdownRow;
import org.kinerja.measurement.Figure;
import org.kinerja.measurement.FigureRecord;
import org.kinerja.measurement.FigureService;
import org.kinerja.measurement.SourceDefinition;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Computed figures over {@code /api/v1/figures/{source}?plan=&period=&purpose=&by=}: the figure, or its breakdown
 * when {@code by} is given; {@code /records} lists the records behind it (or behind one breakdown line, {@code key}),
 * paged. Read-only; member focal points are refused (403).
 */
@RestController
@RequestMapping("/api/v1/figures")
class FigureApiController {

    private final FigureService figures;

    FigureApiController(FigureService figures) {
        this.figures = figures;
    }

    /** A figure with its definition, or (with {@code by}) its breakdown rows. */
    @GetMapping("/{source}")
    Object figure(@PathVariable String source, @RequestParam(required = false) String plan,
                  @RequestParam(required = false) String period, @RequestParam(required = false) String purpose,
                  @RequestParam(required = false) String by) {
        FigureParams p = FigureParams.parse(source, plan, period, purpose, by, null);
        SourceDefinition d = figures.definition(p.source());
        if (p.by() != null) {
            return new BreakdownAnswer(p.source(), d.name(), p.plan(), p.purpose(), p.period().label(), p.by(),
                    figures.breakdown(p.source(), p.by(), p.scope(), p.period()));
        }
        Figure f = figures.figure(p.source(), p.scope(), p.period());
        return new FigureAnswer(p.source(), d.name(), d.unit(), d.measure(), p.plan(), p.purpose(), p.period().label(),
                p.period().from(), p.period().to(), f.value(), f.numerator(), f.denominator(), f.notRecorded());
    }

    @GetMapping("/{source}/records")
    ListPage<FigureRecord> records(@PathVariable String source, @RequestParam(required = false) String plan,
                                   @RequestParam(required = false) String period,
                                   @RequestParam(required = false) String purpose,
                                   @RequestParam(required = false) String by, @RequestParam(required = false) String key,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        FigureParams p = FigureParams.parse(source, plan, period, purpose, by, key);
        return figures.records(p.source(), p.scope(), p.period(), p.by(), p.key(), PageQuery.of(page, size));
    }

    /** A figure as the API answers it. */
    record FigureAnswer(ComputedSource source, String name, String unit, Measure measure, String planCode,
                        Integer purposeNumber, String period, LocalDate from, LocalDate to, BigDecimal value,
                        BigDecimal numerator, BigDecimal denominator, long notRecorded) {
    }

    /** A figure's breakdown as the API answers it. */
    record BreakdownAnswer(ComputedSource source, String name, String planCode, Integer purposeNumber, String period,
                           Breakdown by, List<BreakdownRow> rows) {
    }
}
