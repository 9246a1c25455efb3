package org.kinerja.delivery.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.web.ListState;
import org.kinerja.delivery.AgencyType;
import org.kinerja.delivery.Attendance;
import org.kinerja.delivery.AttendanceInput;
import org.kinerja.delivery.EventService;
import org.kinerja.delivery.MergeResult;
import org.kinerja.delivery.Person;
import org.kinerja.delivery.PersonFilter;
import org.kinerja.delivery.PersonService;
import org.kinerja.delivery.Sex;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormValues;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

/**
 * The people pages: the registry with filters and exports, likely duplicates, one person with the merge, and
 * the person form (new, or from an event page: new and added to that event; edit with the version read).
 */
@Controller
@RequestMapping("/people")
class PersonController {

    private final PersonService people;
    private final DeliveryChoices choices;
    private final ExportResponses exports;
    private final MessageSource messages;
    private final EventService events;

    PersonController(PersonService people, DeliveryChoices choices, ExportResponses exports, MessageSource messages,
                     EventService events) {
        this.people = people;
        this.events = events;
        this.choices = choices;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String member,
                @RequestParam(required = false) String agencyType, @RequestParam(required = false) String sex,
                @RequestParam(required = false) String page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Authentication auth, Model model, HttpServletResponse response) {
        boolean personal = DeliveryWebConfig.personalData(auth);
        ListPage<Person> result = people.list(filter(q, member, agencyType, sex), personal,
                PageQuery.of(EventController.integer("page", page), EventController.PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("state", new ListState("/people", ListState.params("q", q, "member", member,
                "agencyType", agencyType, "sex", sex), result));
        model.addAttribute("personalData", personal);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if ("true".equals(htmx) && !"true".equals(restore)) {
            return "delivery/_people";
        }
        model.addAttribute("members", choices.members());
        return "delivery/people";
    }

    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) String member, @RequestParam(required = false) String agencyType,
                @RequestParam(required = false) String sex, Authentication auth, HttpServletResponse response)
            throws IOException {
        boolean personal = DeliveryWebConfig.personalData(auth);
        exports.write(format, DeliveryExports.peopleTable(personal),
                DeliveryExports.people(people, filter(q, member, agencyType, sex), personal), "people", response);
    }

    @GetMapping("/duplicates")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String duplicates(Model model) {
        model.addAttribute("pairs", people.duplicates(true, 200));
        return "delivery/duplicates";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String saved, Authentication auth, Model model) {
        model.addAttribute("notice", saved != null ? text("common.saved") : null);
        return detail(id, auth, model, null);
    }

    /** The form for a new person; with {@code event}, the person is then added to that event. */
    @GetMapping("/new")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String newPerson(@RequestParam(required = false) String event, Model model) {
        Long eventId = eventId(event);
        return form(model, null, PersonForm.blank(eventId == null ? null : String.valueOf(eventId)), FormErrors.none(),
                null);
    }

    @PostMapping
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String create(@ModelAttribute("form") PersonForm form, Model model, HttpServletResponse response) {
        Long eventId = eventId(form.event());
        try {
            Person p = people.create(form.toInput());
            if (eventId != null) {
                Attendance a = events.addAttendance(eventId, new AttendanceInput(p.id(), null, null, null, null, null, null));
                return "redirect:/events/" + eventId + "/attendances/" + a.id() + "/edit";
            }
            return "redirect:/people/" + p.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, form, FormErrors.of(e, messages), null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String edit(@PathVariable long id, Model model) {
        Person p = people.get(id, true);
        return form(model, p, PersonForm.of(p), FormErrors.none(), null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String save(@PathVariable long id, @ModelAttribute("form") PersonForm form, Model model,
                HttpServletResponse response) {
        Person p = people.get(id, true);
        try {
            people.update(id, form.toInput());
            return "redirect:/people/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, p, form, FormErrors.of(e, messages), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, p, form, FormErrors.none(), text(e.messageKey(), e.args()));
        }
    }

    private String form(Model model, Person person, PersonForm form, FormErrors errors, String conflict) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("members", choices.members());
        Long eventId = person == null ? eventId(form.event()) : null;
        model.addAttribute("event", eventId == null ? null : events.get(eventId));
        return "delivery/personForm";
    }

    /** The event a new person is for, or {@code null}; an unreadable or unknown one is a bad request. */
    private Long eventId(String event) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Long id = FormValues.number("event", event, errors);
        errors.throwIfAny();
        if (id != null) {
            events.get(id);
        }
        return id;
    }

    private String detail(long id, Authentication auth, Model model, MergeResult merged) {
        boolean personal = DeliveryWebConfig.personalData(auth);
        model.addAttribute("person", people.get(id, personal));
        model.addAttribute("attendances", people.attendances(id, personal));
        model.addAttribute("duplicates", people.duplicates(id, personal));
        model.addAttribute("personalData", personal);
        model.addAttribute("merged", merged);
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "delivery/person";
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String merge(@PathVariable long id, @RequestParam(required = false) String duplicateId, Authentication auth,
                 Model model) {
        Integer other = EventController.integer("duplicateId", duplicateId);
        if (other == null) {
            throw InvalidInputException.of("duplicateId", "validation.required");
        }
        MergeResult result = people.merge(id, other);
        return detail(id, auth, model, result);
    }

    private static PersonFilter filter(String q, String member, String agencyType, String sex) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AgencyType a = null;
        Sex s = null;
        try {
            a = agencyType == null || agencyType.isBlank() ? null : AgencyType.valueOf(agencyType.strip());
        } catch (IllegalArgumentException e) {
            errors.add("agencyType", "validation.type");
        }
        try {
            s = sex == null || sex.isBlank() ? null : Sex.valueOf(sex.strip());
        } catch (IllegalArgumentException e) {
            errors.add("sex", "validation.type");
        }
        errors.throwIfAny();
        return new PersonFilter(q, member, a, s);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
