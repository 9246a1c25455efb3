package org.kinerja.measurement.values;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.exchange.RowSource;
import org.kinerja.measurement.IndicatorValueService;
import org.kinerja.measurement.IpttRow;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.Purpose;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The IPTT page of a plan year ({@code /plans/{code}/iptt?year=}): every indicator, purpose by purpose, with
 * baseline, target, actual, percentage of target and status; exported as CSV or XLSX from
 * {@code /plans/{code}/iptt.csv|xlsx?year=}.
 */
@Controller
class IpttPageController {

    private final IndicatorValueService values;
    private final PlanService plans;
    private final ExportResponses exports;
    private final MessageSource messages;

    IpttPageController(IndicatorValueService values, PlanService plans, ExportResponses exports,
                       MessageSource messages) {
        this.values = values;
        this.plans = plans;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping("/plans/{code}/iptt")
    String page(@PathVariable String code, @RequestParam(required = false) String year, Model model,
                HttpServletResponse response) {
        Plan plan = plans.get(code);
        List<Integer> years = new ArrayList<>();
        for (int y = plan.startYear(); y <= plan.endYear(); y++) {
            years.add(y);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("years", years);
        try {
            int y = IpttYear.orDefault(year, plan, LocalDate.now().getYear());
            model.addAttribute("year", y);
            model.addAttribute("groups", groups(plan, values.iptt(plan.code(), y)));
            model.addAttribute("errors", FormErrors.none());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("year", null);
            model.addAttribute("groups", List.of());
            model.addAttribute("errors", FormErrors.of(e, messages));
        }
        return "values/iptt";
    }

    @GetMapping("/plans/{code}/iptt.{format:csv|xlsx}")
    void export(@PathVariable String code, @PathVariable String format, @RequestParam(required = false) String year,
                HttpServletResponse response) throws IOException {
        Plan plan = plans.get(code);
        int y = IpttYear.orDefault(year, plan, LocalDate.now().getYear());
        List<IpttRow> rows = values.iptt(plan.code(), y);
        exports.write(format, IpttExport.ROWS, RowSource.of(rows), "iptt-" + plan.code().toLowerCase(java.util.Locale.ROOT) + "-" + y, response);
    }

    private static List<IpttGroup> groups(Plan plan, List<IpttRow> rows) {
        Map<Integer, List<IpttRow>> byPurpose = new LinkedHashMap<>();
        rows.forEach(r -> byPurpose.computeIfAbsent(r.purposeNumber(), n -> new ArrayList<>()).add(r));
        return byPurpose.entrySet().stream().map(e -> new IpttGroup(e.getKey(),
                plan.purpose(e.getKey()).map(Purpose::title).orElse(""), e.getValue())).toList();
    }
}
