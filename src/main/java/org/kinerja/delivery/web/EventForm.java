package org.kinerja.delivery.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.kinerja.delivery.Event;
import org.kinerja.delivery.EventInput;
import org.kinerja.delivery.EventKind;
import org.kinerja.delivery.EventStatus;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormValues;

/** The event form as typed; {@link #toInput()} parses it, reporting unreadable values on their fields. */
public record EventForm(String activityId, String kind, String title, String startDate, String endDate, String city,
                        String countryCode, String virtual, String status, String languages, List<String> partnerIds,
                        String notes, String version) {

    public static EventForm blank(String activityId) {
        return new EventForm(activityId, "", "", "", "", "", "", null, EventStatus.PLANNED.name(), "", List.of(), "", "");
    }

    public static EventForm of(Event e) {
        return new EventForm(String.valueOf(e.activityId()), e.kind().name(), e.title(), e.startDate().toString(),
                e.endDate().toString(), e.city(), e.countryCode(), e.virtual() ? "true" : null, e.status().name(),
                String.join(", ", e.languages()), e.partnerIds().stream().map(String::valueOf).toList(), e.notes(),
                String.valueOf(e.version()));
    }

    public boolean isVirtual() {
        return "true".equals(virtual) || "on".equals(virtual);
    }

    public boolean hasPartner(String id) {
        return partnerIds != null && partnerIds.contains(id);
    }

    EventInput toInput() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Long activity = FormValues.number("activityId", activityId, errors);
        EventKind k = FormValues.enumValue(EventKind.class, "kind", kind, errors);
        EventStatus s = FormValues.enumValue(EventStatus.class, "status", status, errors);
        LocalDate start = date(errors, "startDate", startDate);
        LocalDate end = date(errors, "endDate", endDate);
        List<Long> partners = partnerIds == null ? List.of() : partnerIds.stream().filter(p -> p != null && !p.isBlank())
                .map(p -> FormValues.number("partnerIds", p, errors)).filter(p -> p != null).toList();
        Long v = FormValues.number("version", version, errors);
        errors.throwIfAny();
        List<String> langs = languages == null || languages.isBlank() ? List.of()
                : Arrays.stream(languages.split("[,;\\s]+")).filter(x -> !x.isBlank()).toList();
        return new EventInput(activity, k, title, start, end, city, countryCode, isVirtual(), s, langs, partners, notes,
                v == null ? null : v.intValue());
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
}
