package org.kinerja.delivery.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.delivery.Attendance;
import org.kinerja.delivery.AttendanceImports;
import org.kinerja.delivery.AttendanceInput;
import org.kinerja.delivery.AttendanceRole;
import org.kinerja.delivery.CertificateService;
import org.kinerja.delivery.Event;
import org.kinerja.delivery.EventBreakdown;
import org.kinerja.delivery.EventFilter;
import org.kinerja.delivery.EventInput;
import org.kinerja.delivery.EventKind;
import org.kinerja.delivery.EventService;
import org.kinerja.delivery.EventStatus;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.exchange.ImportDefinition;
import org.kinerja.exchange.ImportError;
import org.kinerja.exchange.ImportPreview;
import org.kinerja.exchange.ImportResult;
import org.kinerja.exchange.ImportService;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Events over {@code /api/v1/events}, their attendances, breakdown, import and certificates. Everyone
 * signed in reads (attendances without names, positions and e-mails for roles that may not see personal
 * data); administrators, Co-Managers and programme officers write.
 */
@RestController
@RequestMapping("/api/v1/events")
class EventApiController {

    private final EventService events;
    private final AttendanceImports attendanceImports;
    private final ImportService imports;
    private final CertificateService certificates;
    private final ExportResponses exports;

    EventApiController(EventService events, AttendanceImports attendanceImports, ImportService imports,
                       CertificateService certificates, ExportResponses exports) {
        this.events = events;
        this.attendanceImports = attendanceImports;
        this.imports = imports;
        this.certificates = certificates;
        this.exports = exports;
    }

    record EventRequest(Long activityId, EventKind kind, String title, LocalDate startDate, LocalDate endDate,
                        String city, String countryCode, Boolean virtual, EventStatus status, List<String> languages,
                        List<Long> partnerIds, String notes, Integer version) {
        EventInput input() {
            return new EventInput(activityId, kind, title, startDate, endDate, city, countryCode, virtual, status,
                    languages, partnerIds, notes, version);
        }
    }

    record AttendanceRequest(Long personId, AttendanceRole role, Integer daysAttended, Integer preTest,
                             Integer postTest, Integer satisfaction, String comment) {
    }

    /** A change of one attendance: the event and the person stay, {@code version} is the one read. */
    record AttendanceChangeRequest(AttendanceRole role, Integer daysAttended, Integer preTest, Integer postTest,
                                   Integer satisfaction, String comment, Integer version) {
        AttendanceInput input() {
            return new AttendanceInput(null, role, daysAttended, preTest, postTest, satisfaction, comment);
        }
    }

    /** What an import answers: the dry run's preview, or the commit's outcome. */
    record ImportAnswer(long rows, long newPeople, long matchedPeople, long errorCount, List<ImportError> errors,
                        boolean committed) {
    }

    @GetMapping
    ListPage<Event> list(@RequestParam(required = false) Long activity, @RequestParam(required = false) EventKind kind,
                         @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                         @RequestParam(required = false) String country, @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size) {
        return events.list(new EventFilter(activity, kind, from, to, country), PageQuery.of(page, size));
    }

    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) Long activity,
                @RequestParam(required = false) EventKind kind, @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String country,
                HttpServletResponse response) throws IOException {
        exports.write(format, DeliveryExports.EVENTS,
                DeliveryExports.events(events, new EventFilter(activity, kind, from, to, country)), "events", response);
    }

    @GetMapping("/{id}")
    Event get(@PathVariable long id) {
        return events.get(id);
    }

    @PostMapping
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    ResponseEntity<Event> create(@RequestBody EventRequest r) {
        Event e = events.create(r.input());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(e.id()).toUri();
        return ResponseEntity.created(location).body(e);
    }

    @PutMapping("/{id}")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    Event update(@PathVariable long id, @RequestBody EventRequest r) {
        return events.update(id, r.input());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        events.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/breakdown")
    EventBreakdown breakdown(@PathVariable long id) {
        return events.breakdown(id);
    }

    @GetMapping("/{id}/attendances")
    ListPage<Attendance> attendances(@PathVariable long id, @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size, Authentication auth) {
        return events.attendances(id, DeliveryWebConfig.personalData(auth), PageQuery.of(page, size));
    }

    @GetMapping(value = "/{id}/attendances", params = "format")
    void exportAttendances(@PathVariable long id, @RequestParam String format, Authentication auth,
                           HttpServletResponse response) throws IOException {
        boolean personal = DeliveryWebConfig.personalData(auth);
        events.get(id);
        exports.write(format, DeliveryExports.attendanceTable(personal),
                DeliveryExports.attendances(events, id, personal), "attendances", response);
    }

    @PostMapping("/{id}/attendances")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    ResponseEntity<Attendance> addAttendance(@PathVariable long id, @RequestBody AttendanceRequest r) {
        Attendance a = events.addAttendance(id, new AttendanceInput(r.personId(), r.role(), r.daysAttended(),
                r.preTest(), r.postTest(), r.satisfaction(), r.comment()));
        return ResponseEntity.status(201).body(a);
    }

    @GetMapping("/{id}/attendances/{attendanceId:\\d+}")
    Attendance attendance(@PathVariable long id, @PathVariable long attendanceId, Authentication auth) {
        return events.attendanceById(id, attendanceId, DeliveryWebConfig.personalData(auth));
    }

    @PutMapping("/{id}/attendances/{attendanceId:\\d+}")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    Attendance updateAttendance(@PathVariable long id, @PathVariable long attendanceId,
                                @RequestBody AttendanceChangeRequest r) {
        return events.updateAttendance(id, attendanceId, r.input(), r.version());
    }

    @DeleteMapping("/{id}/attendances/{attendanceId:\\d+}")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    ResponseEntity<Void> deleteAttendance(@PathVariable long id, @PathVariable long attendanceId,
                                          @RequestParam(required = false) Integer version) {
        events.deleteAttendance(id, attendanceId, version);
        return ResponseEntity.noContent().build();
    }

    /**
     * Imports a CSV or XLSX file of attendances: with {@code dryRun=true} answers what it would do and
     * writes nothing; otherwise writes every row, or — when any row is invalid — none (422).
     */
    @PostMapping(value = "/{id}/attendances/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    ResponseEntity<ImportAnswer> importAttendances(@PathVariable long id,
                                                   @RequestParam(required = false) MultipartFile file,
                                                   @RequestParam(defaultValue = "false") boolean dryRun) {
        events.get(id);
        ImportPreview preview = imports.upload(attendanceImports.definition(id), file);
        if (dryRun || !preview.committable()) {
            imports.discard(attendanceImports.definition(id), preview.token());
            ImportAnswer answer = new ImportAnswer(preview.totalRows(), preview.newRows(), preview.matchedRows(),
                    preview.errorCount(), preview.errors(), false);
            return ResponseEntity.status(dryRun ? 200 : 422).body(answer);
        }
        ImportDefinition<?> definition = attendanceImports.definition(id);
        ImportResult result = imports.commit(definition, preview.token());
        return ResponseEntity.status(result.committed() ? 200 : 422).body(new ImportAnswer(result.totalRows(),
                result.newRows(), result.matchedRows(), result.errorCount(), result.errors(), result.committed()));
    }

    @GetMapping("/{id}/attendances/{personId}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long personId) {
        byte[] pdf = certificates.certificate(id, personId, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + id + "-" + personId + ".pdf").build().toString())
                .body(pdf);
    }
}
