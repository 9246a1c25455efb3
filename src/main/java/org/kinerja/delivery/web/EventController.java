package org.kinerja.delivery.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.web.ListState;
import org.kinerja.delivery.CertificateService;
import org.kinerja.delivery.Event;
import org.kinerja.delivery.EventFilter;
import org.kinerja.delivery.EventKind;
import org.kinerja.delivery.EventService;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The event pages: the list with filters and exports, one event with its participants and breakdown, the form. */
@Controller
@RequestMapping("/events")
class EventController {

    static final int PAGE_SIZE = 50;

    private final EventService events;
    private final CertificateService certificates;
    private final DeliveryChoices choices;
    private final ExportResponses exports;
    private final MessageSource messages;

    EventController(EventService events, CertificateService certificates, DeliveryChoices choices, ExportResponses exports,
                    MessageSource messages) {
        this.events = events;
        this.certificates = certificates;
        this.choices = choices;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String activity, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String country, @RequestParam(required = false) String page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Model model, HttpServletResponse response) {
        EventFilter filter = filter(activity, kind, from, to, country);
        ListPage<Event> result = events.list(filter, PageQuery.of(integer("page", page), PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("state", new ListState("/events", ListState.params("activity", activity, "kind", kind,
                "from", from, "to", to, "country", country), result));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if ("true".equals(htmx) && !"true".equals(restore)) {
            return "delivery/_events";
        }
        model.addAttribute("activities", choices.activities(year(filter.from()), year(filter.to()), activity));
        model.addAttribute("countries", choices.countries());
        return "delivery/events";
    }

    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String activity,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String country,
                HttpServletResponse response) throws IOException {
        exports.write(format, DeliveryExports.EVENTS,
                DeliveryExports.events(events, filter(activity, kind, from, to, country)), "events", response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String page,
                @RequestParam(required = false) String saved, @RequestParam(required = false) String removed,
                Authentication auth, Model model) {
        String notice = saved != null ? text("common.saved") : removed != null ? text("delivery.attendance.removed") : null;
        return detail(id, integer("page", page), auth, model, notice, null);
    }

    private String detail(long id, Integer page, Authentication auth, Model model, String notice, String conflict) {
        Event event = events.get(id);
        boolean personal = DeliveryWebConfig.personalData(auth);
        var attendances = events.attendances(event, personal, PageQuery.of(page, PAGE_SIZE));
        model.addAttribute("event", event);
        model.addAttribute("breakdown", events.breakdown(event));
        model.addAttribute("attendances", attendances);
        model.addAttribute("state", new ListState("/events/" + id, ListState.params(), attendances));
        model.addAttribute("personalData", personal);
        model.addAttribute("country", DeliveryChoices.label(choices.countries(), event.countryCode()));
        model.addAttribute("partners", choices.partners().stream().filter(o -> event.partnerIds().contains(Long.valueOf(o.value())))
                .map(Option::label).toList());
        model.addAttribute("notice", notice);
        model.addAttribute("conflict", conflict);
        return "delivery/event";
    }

    @GetMapping("/{id}/attendances/export.{format:csv|xlsx}")
    void exportAttendances(@PathVariable long id, @PathVariable String format, Authentication auth,
                           HttpServletResponse response) throws IOException {
        events.get(id);
        boolean personal = DeliveryWebConfig.personalData(auth);
        exports.write(format, DeliveryExports.attendanceTable(personal), DeliveryExports.attendances(events, id, personal),
                "attendances", response);
    }

    @GetMapping("/{id}/certificates/{personId}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long personId) {
        byte[] pdf = certificates.certificate(id, personId, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + id + "-" + personId + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/new")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String newEvent(@RequestParam(required = false) String activity, Model model) {
        return form(model, null, EventForm.blank(activity), FormErrors.none(), null);
    }

    @PostMapping
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String create(@ModelAttribute("form") EventForm form, Model model, HttpServletResponse response) {
        try {
            Event e = events.create(form.toInput());
            return "redirect:/events/" + e.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, form, FormErrors.of(e, messages), null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String edit(@PathVariable long id, Model model) {
        Event e = events.get(id);
        return form(model, e, EventForm.of(e), FormErrors.none(), null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String save(@PathVariable long id, @ModelAttribute("form") EventForm form, Model model,
                HttpServletResponse response) {
        Event e = events.get(id);
        try {
            events.update(id, form.toInput());
            return "redirect:/events/" + id + "?saved";
        } catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, e, form, FormErrors.of(ex, messages), null);
        } catch (ConflictException ex) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, e, form, FormErrors.none(), text(ex.messageKey(), ex.args()));
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String delete(@PathVariable long id, @RequestParam(required = false) String version, Authentication auth,
                  Model model, HttpServletResponse response) {
        try {
            Integer v = integer("version", version);
            events.delete(id, v);
            return "redirect:/events";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(id, null, auth, model, null, text(e.messageKey(), e.args()));
        }
    }

    private String form(Model model, Event event, EventForm form, FormErrors errors, String conflict) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("activities", choices.activities());
        model.addAttribute("countries", choices.countries());
        model.addAttribute("partners", choices.partners());
        return "delivery/eventForm";
    }

    private static Integer year(LocalDate date) {
        return date == null ? null : date.getYear();
    }

    private static EventFilter filter(String activity, String kind, String from, String to, String country) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Long a = null;
        if (activity != null && !activity.isBlank()) {
            try {
                a = Long.parseLong(activity.strip());
            } catch (NumberFormatException e) {
                errors.add("activity", "validation.type");
            }
        }
        EventKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = EventKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                errors.add("kind", "validation.type");
            }
        }
        LocalDate f = date(errors, "from", from);
        LocalDate t = date(errors, "to", to);
        errors.throwIfAny();
        return new EventFilter(a, k, f, t, country);
    }

    private static LocalDate date(InvalidInputException.Collector errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "delivery.validation.date");
            return null;
        }
    }

    static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "validation.type");
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    static List<String> kinds() {
        return java.util.Arrays.stream(EventKind.values()).map(Enum::name).toList();
    }
}
