package org.kinerja.measurement.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.exchange.RowSource;
import org.kinerja.measurement.BreakdownRow;
import org.kinerja.measurement.FigureRecord;
import org.kinerja.measurement.FigureService;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormValues;
import org.kinerja.shared.web.UiFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The drill-down page of a figure, {@code /figures/{source}?plan=&period=&purpose=&by=&key=}: the figure, its
 * definition, its breakdown when {@code by} is given, and the records behind it (or behind one breakdown line),
 * each linked to its own page, with CSV and XLSX exports. The report links every figure here.
 */
@Controller
@RequestMapping("/figures")
class FigureController {

    static final int PAGE_SIZE = 50;

    private final FigureService figures;
    private final ExportResponses exports;
    private final MessageSource messages;
    private final UiFactory uiFactory;

    FigureController(FigureService figures, ExportResponses exports, MessageSource messages, UiFactory uiFactory) {
        this.figures = figures;
        this.exports = exports;
        this.messages = messages;
        this.uiFactory = uiFactory;
    }

    @GetMapping("/{source}")
    String figure(@PathVariable String source, @RequestParam(required = false) String plan,
                  @RequestParam(required = false) String period, @RequestParam(required = false) String purpose,
                  @RequestParam(required = false) String by, @RequestParam(required = false) String key,
                  @RequestParam(required = false) String page, Model model) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Integer pageNumber = FormValues.integer("page", page, errors);
        errors.throwIfAny();
        FigureParams p = FigureParams.parse(source, plan, period, purpose, by, key);
        ListPage<FigureRecord> records = figures.records(p.source(), p.scope(), p.period(), p.by(), p.key(),
                PageQuery.of(pageNumber, PAGE_SIZE));
        List<BreakdownRow> rows = p.by() == null ? List.of()
                : figures.breakdown(p.source(), p.by(), p.scope(), p.period());
        model.addAttribute("address", p);
        model.addAttribute("definition", figures.definition(p.source()));
        model.addAttribute("figure", figures.figure(p.source(), p.scope(), p.period()));
        model.addAttribute("rows", rows);
        model.addAttribute("records", records);
        return "measurement/figure";
    }

    @GetMapping("/{source}/export.{format:csv|xlsx}")
    void export(@PathVariable String source, @PathVariable String format, @RequestParam(required = false) String plan,
                @RequestParam(required = false) String period, @RequestParam(required = false) String purpose,
                @RequestParam(required = false) String by, @RequestParam(required = false) String key,
                HttpServletResponse response) throws IOException {
        FigureParams p = FigureParams.parse(source, plan, period, purpose, by, key);
        figures.records(p.source(), p.scope(), p.period(), p.by(), p.key(), PageQuery.of(0, 1));
        exports.write(format, FigureWebConfig.RECORDS, RowSource.paged(pq -> figures.records(p.source(), p.scope(),
                p.period(), p.by(), p.key(), pq).items()), "figure-records", response);
    }

    /** An unreadable or unsupported parameter: the page says which, with 422. */
    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("ui", uiFactory.create(request));
        model.addAttribute("problems", e.violations().stream()
                .map(v -> v.field() + ": " + messages.getMessage(v.messageKey(), v.args(), v.messageKey(),
                        LocaleContextHolder.getLocale())).toList());
        return "measurement/invalid";
    }
}
