package org.kinerja.delivery.web;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.delivery.Attendance;
import org.kinerja.delivery.AttendanceInput;
import org.kinerja.delivery.Event;
import org.kinerja.delivery.EventService;
import org.kinerja.delivery.Person;
import org.kinerja.delivery.PersonFilter;
import org.kinerja.delivery.PersonService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormValues;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages that change one event's participants: add a registered person (found by search) or a new one
 * (through the person form), edit an attendance's role, days, scores and comment, and remove it after a
 * confirmation. Only the roles that change events reach them, and they all see personal data.
 */
@Controller
@RequestMapping("/events/{eventId}")
@PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
class AttendanceController {

    private static final int SEARCH_SIZE = 20;

    private final EventService events;
    private final PersonService people;
    private final MessageSource messages;

    AttendanceController(EventService events, PersonService people, MessageSource messages) {
        this.events = events;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/participants/new")
    String add(@PathVariable long eventId, @RequestParam(required = false) String q, Model model) {
        return addPage(eventId, q, null, model);
    }

    @PostMapping("/participants")
    String addPerson(@PathVariable long eventId, @RequestParam(required = false) String personId,
                     @RequestParam(required = false) String q, Model model, HttpServletResponse response) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Long person = FormValues.number("personId", personId, errors);
        errors.throwIfAny();
        if (person == null) {
            throw InvalidInputException.of("personId", "validation.required");
        }
        try {
            Attendance a = events.addAttendance(eventId, new AttendanceInput(person, null, null, null, null, null, null));
            return "redirect:/events/" + eventId + "/attendances/" + a.id() + "/edit";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return addPage(eventId, q, text(e.messageKey(), e.args()), model);
        }
    }

    private String addPage(long eventId, String q, String conflict, Model model) {
        Event event = events.get(eventId);
        String query = q == null ? "" : q.strip();
        ListPage<Person> found = query.isEmpty() ? null
                : people.list(new PersonFilter(query, null, null, null), true, PageQuery.of(0, SEARCH_SIZE));
        model.addAttribute("event", event);
        model.addAttribute("q", query);
        model.addAttribute("found", found);
        model.addAttribute("conflict", conflict);
        return "delivery/addParticipant";
    }

    @GetMapping("/attendances/{attendanceId}/edit")
    String edit(@PathVariable long eventId, @PathVariable long attendanceId, Model model) {
        Attendance a = events.attendanceById(eventId, attendanceId, true);
        return form(model, a, AttendanceForm.of(a), FormErrors.none(), null);
    }

    @PostMapping("/attendances/{attendanceId}/edit")
    String save(@PathVariable long eventId, @PathVariable long attendanceId,
                @ModelAttribute("form") AttendanceForm form, Model model, HttpServletResponse response) {
        Attendance a = events.attendanceById(eventId, attendanceId, true);
        try {
            events.updateAttendance(eventId, attendanceId, form.toInput(), form.versionNumber());
            return "redirect:/events/" + eventId + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, a, form, FormErrors.of(e, messages), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, a, form, FormErrors.none(), text(e.messageKey(), e.args()));
        }
    }

    @GetMapping("/attendances/{attendanceId}/delete")
    String confirmDelete(@PathVariable long eventId, @PathVariable long attendanceId, Model model) {
        return confirmPage(model, events.attendanceById(eventId, attendanceId, true), null);
    }

    @PostMapping("/attendances/{attendanceId}/delete")
    String delete(@PathVariable long eventId, @PathVariable long attendanceId,
                  @RequestParam(required = false) String version, Model model, HttpServletResponse response) {
        Attendance a = events.attendanceById(eventId, attendanceId, true);
        try {
            events.deleteAttendance(eventId, attendanceId, EventController.integer("version", version));
            return "redirect:/events/" + eventId + "?removed";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return confirmPage(model, a, text(e.messageKey(), e.args()));
        }
    }

    private String confirmPage(Model model, Attendance attendance, String conflict) {
        model.addAttribute("event", events.get(attendance.eventId()));
        model.addAttribute("attendance", attendance);
        model.addAttribute("conflict", conflict);
        return "delivery/attendanceDelete";
    }

    private String form(Model model, Attendance attendance, AttendanceForm form, FormErrors errors, String conflict) {
        model.addAttribute("event", events.get(attendance.eventId()));
        model.addAttribute("attendance", attendance);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "delivery/attendanceForm";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
