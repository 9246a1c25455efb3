package org.kinerja.indicator.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.indicator.CopiedFramework;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.IndicatorInput;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.indicator.Outcome;
import org.kinerja.indicator.OutcomeInput;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Results frameworks over {@code /api/v1}: everyone signed in reads outcomes and indicators;
 * administrators, Co-Managers and MEL officers create, change, delete and copy them. The service checks
 * every rule and names the field at fault ({@code targets[1].value}); enum values that are not in the list
 * are refused by the JSON reader (400, naming the field).
 */
@RestController
@RequestMapping("/api/v1")
class IndicatorApiController {

    private final IndicatorService indicators;
    private final ExportResponses exports;

    IndicatorApiController(IndicatorService indicators, ExportResponses exports) {
        this.indicators = indicators;
        this.exports = exports;
    }

    /** The plan whose framework is copied. */
    record CopyRequest(String from) {
    }

    // --- indicators -------------------------------------------------------------------------------

    @GetMapping("/plans/{code}/indicators")
    ListPage<Indicator> list(@PathVariable String code, @RequestParam(required = false) Integer purpose,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return indicators.indicators(code, purpose, PageQuery.of(page, size));
    }

    /** A plan's indicators (of {@code purpose}, if given) as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(value = "/plans/{code}/indicators", params = "format")
    void export(@PathVariable String code, @RequestParam String format, @RequestParam(required = false) Integer purpose,
                HttpServletResponse response) throws java.io.IOException {
        indicators.framework(code); // an unknown plan answers 404 before any byte is written
        exports.write(format, IndicatorExport.TABLE, IndicatorExport.rows(indicators, code, purpose),
                IndicatorExport.fileName(code), response);
    }

    @PostMapping("/plans/{code}/indicators")
    @PreAuthorize(IndicatorWebConfig.WRITERS_EXPRESSION)
    ResponseEntity<Indicator> create(@PathVariable String code, @RequestBody IndicatorInput request) {
        Indicator created = indicators.createIndicator(code, request);
        return ResponseEntity.created(location("/api/v1/indicators/{id}", created.id())).body(created);
    }

    /** Copies another plan's outcomes and indicators into this plan; answers what was created. */
    @PostMapping("/plans/{code}/indicators/copy")
    @PreAuthorize(IndicatorWebConfig.WRITERS_EXPRESSION)
    ResponseEntity<CopiedFramework> copy(@PathVariable String code, @RequestBody CopyRequest request) {
        CopiedFramework copied = indicators.copyFramework(code, request.from());
        return ResponseEntity.created(location("/api/v1/plans/{code}/indicators", code)).body(copied);
    }

    @GetMapping("/indicators/{id}")
    Indicator get(@PathVariable long id) {
        return indicators.indicator(id);
    }

    @PutMapping("/indicators/{id}")
    @PreAuthorize(IndicatorWebConfig.WRITERS_EXPRESSION)
    Indicator update(@PathVariable long id, @RequestBody IndicatorInput request) {
        return indicators.updateIndicator(id, request);
    }

    /** Deletes an indicator; a {@code version}, when given, must be the current one. */
    @DeleteMapping("/indicators/{id}")
    @PreAuthorize(IndicatorWebConfig.WRITERS_EXPRESSION)
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        indicators.deleteIndicator(id, version);
        return ResponseEntity.noContent().build();
    }

    // --- outcomes ---------------------------------------------------------------------------------

    @GetMapping("/plans/{code}/outcomes")
    ListPage<Outcome> outcomes(@PathVariable String code, @RequestParam(required = false) Integer purpose,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return indicators.outcomes(code, purpose, PageQuery.of(page, size));
    }

    @PostMapping("/plans/{code}/outcomes")
    @PreAuthorize(IndicatorWebConfig.WRITERS_EXPRESSION)
    ResponseEntity<Outcome> createOutcome(@PathVariable String code, @RequestBody OutcomeInput request) {
        Outcome created = indicators.createOutcome(code, request);
        return ResponseEntity.created(location("/api/v1/outcomes/{id}", created.id())).body(created);
    }

    @GetMapping("/outcomes/{id}")
    Outcome outcome(@PathVariable long id) {
        return indicators.outcome(id);
    }

    @PutMapping("/outcomes/{id}")
    @PreAuthorize(IndicatorWebConfig.WRITERS_EXPRESSION)
    Outcome updateOutcome(@PathVariable long id, @RequestBody OutcomeInput request) {
        return indicators.updateOutcome(id, request);
    }

    /** Deletes an outcome that no indicator measures; a {@code version}, when given, must be the current one. */
    @DeleteMapping("/outcomes/{id}")
    @PreAuthorize(IndicatorWebConfig.WRITERS_EXPRESSION)
    ResponseEntity<Void> deleteOutcome(@PathVariable long id, @RequestParam(required = false) Integer version) {
        indicators.deleteOutcome(id, version);
        return ResponseEntity.noContent().build();
    }

    private static URI location(String path, Object value) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(value).toUri();
    }
}
