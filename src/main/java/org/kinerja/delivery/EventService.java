package org.kinerja.delivery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.Partner;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.ActivityLookup;
import org.kinerja.workplan.ActivityRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events held for work plan activities and who attended them: the delivery module's public API for pages,
 * the API, and the measurement module ({@link #capacityBuildingKinds()}, {@link #breakdown(long)}).
 */
@Service
@Transactional(readOnly = true)
public class EventService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final EventRepository events;
    private final PersonRepository people;
    private final ActivityLookup activities;
    private final DirectoryService directory;
    private final ApplicationEventPublisher publisher;
    private final Set<EventKind> capacityBuildingKinds;

    EventService(EventRepository events, PersonRepository people, ActivityLookup activities, DirectoryService directory,
                 ApplicationEventPublisher publisher,
                 @Value("${kinerja.delivery.capacity-building-kinds:TRAINING,WORKSHOP,TABLETOP_EXERCISE}")
                 List<EventKind> capacityBuildingKinds) {
        this.events = events;
        this.people = people;
        this.activities = activities;
        this.directory = directory;
        this.publisher = publisher;
        this.capacityBuildingKinds = capacityBuildingKinds.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(capacityBuildingKinds));
    }

    /** The event kinds that count as capacity building ({@code kinerja.delivery.capacity-building-kinds}). */
    public Set<EventKind> capacityBuildingKinds() {
        return capacityBuildingKinds;
    }

    public ListPage<Event> list(EventFilter filter, PageQuery page) {
        ListPage<Event> result = events.list(filter, page);
        Map<Long, ActivityRef> refs = activities.findAll(result.items().stream().map(Event::activityId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ActivityRef::id, Function.identity()));
        return result.map(e -> withActivity(e, refs.get(e.activityId())));
    }

    /** @throws NotFoundException when there is no such event */
    public Event get(long id) {
        Event e = events.find(id).orElseThrow(() -> notFound(id));
        return withActivity(e, activities.find(e.activityId()).orElse(null));
    }

    @Transactional
    public Event create(EventInput input) {
        EventRepository.Values v = validate(input);
        long id = events.insert(v);
        publisher.publishEvent(EntityChanged.created("Event", id)
                .field("activityId", null, v.activityId()).field("kind", null, v.kind().name())
                .field("title", null, v.title()).field("startDate", null, v.startDate())
                .field("endDate", null, v.endDate()).field("status", null, v.status().name()).build());
        return get(id);
    }

    @Transactional
    public Event update(long id, EventInput input) {
        Event before = get(id);
        if (input.version() == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        EventRepository.Values v = validate(input);
        if (!events.update(id, input.version(), v)) {
            throw stale(events.updatedAt(id).orElse(null));
        }
        publisher.publishEvent(EntityChanged.updated("Event", id)
                .field("activityId", before.activityId(), v.activityId()).field("kind", before.kind().name(), v.kind().name())
                .field("title", before.title(), v.title()).field("startDate", before.startDate(), v.startDate())
                .field("endDate", before.endDate(), v.endDate()).field("city", before.city(), v.city())
                .field("countryCode", before.countryCode(), v.countryCode()).field("virtual", before.virtual(), v.virtual())
                .field("languages", String.join(",", before.languages()), String.join(",", v.languages()))
                .field("status", before.status().name(), v.status().name()).field("notes", before.notes(), v.notes())
                .field("partnerIds", before.partnerIds().toString(), v.partnerIds().toString()).build());
        return get(id);
    }

    /** Deletes an event with its attendances. */
    @Transactional
    public void delete(long id, Integer version) {
        Event before = get(id);
        if (!events.delete(id, version)) {
            throw stale(events.updatedAt(id).orElse(null));
        }
        publisher.publishEvent(EntityChanged.deleted("Event", id).field("title", before.title(), null)
                .field("attendances", before.attendances(), null).build());
    }

    /** One page of an event's attendances; without personal data, names, positions and e-mails are left out. */
    public ListPage<Attendance> attendances(long eventId, boolean personalData, PageQuery page) {
        return attendances(get(eventId), personalData, page);
    }

    /** One page of the attendances of an event read already (its page shows it, and its count is the total). */
    public ListPage<Attendance> attendances(Event event, boolean personalData, PageQuery page) {
        List<Attendance> items = people.attendances(event.id(), page);
        if (!personalData) {
            items = items.stream().map(Attendance::withoutPersonalData).toList();
        }
        return new ListPage<>(items, page.page(), page.size(), event.attendances());
    }

    /** Records a registered person's attendance at an event. */
    @Transactional
    public Attendance addAttendance(long eventId, AttendanceInput input) {
        get(eventId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(input.personId() != null, "personId", "validation.required");
        PersonRepository.AttendanceValues v = attendanceValues(errors, input.role(), input.daysAttended(),
                input.preTest(), input.postTest(), input.satisfaction(), input.comment());
        errors.throwIfAny();
        if (people.find(input.personId()).isEmpty()) {
            throw InvalidInputException.of("personId", "delivery.validation.person.unknown", String.valueOf(input.personId()));
        }
        if (people.attendanceId(eventId, input.personId()).isPresent()) {
            throw new ConflictException("personId", "delivery.attendance.exists");
        }
        long id = people.insertAttendance(eventId, input.personId(), v);
        publisher.publishEvent(EntityChanged.created("Attendance", id).field("eventId", null, eventId)
                .field("personId", null, input.personId()).field("role", null, v.role().name())
                .field("preTest", null, v.preTest()).field("postTest", null, v.postTest())
                .field("satisfaction", null, v.satisfaction()).build());
        return people.attendance(eventId, input.personId()).orElseThrow();
    }

    /**
     * One attendance of an event by its id; without personal data, the name, position and e-mail are left out.
     *
     * @throws NotFoundException when the event has no such attendance
     */
    public Attendance attendanceById(long eventId, long attendanceId, boolean personalData) {
        Attendance a = people.attendanceById(eventId, attendanceId)
                .orElseThrow(() -> new NotFoundException("delivery.attendance.notFound"));
        return personalData ? a : a.withoutPersonalData();
    }

    /**
     * Changes an attendance's role, days, scores, satisfaction and comment (the event and person stay).
     *
     * @param version the version read; a newer one in the database answers 409 and writes nothing
     */
    @Transactional
    public Attendance updateAttendance(long eventId, long attendanceId, AttendanceInput input, Integer version) {
        Attendance before = attendanceById(eventId, attendanceId, true);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(version != null, "version", "validation.required");
        PersonRepository.AttendanceValues v = attendanceValues(errors, input.role(), input.daysAttended(),
                input.preTest(), input.postTest(), input.satisfaction(), input.comment());
        errors.throwIfAny();
        if (!people.updateAttendance(eventId, attendanceId, version, v)) {
            throw new ConflictException("version", "delivery.attendance.stale");
        }
        publisher.publishEvent(EntityChanged.updated("Attendance", attendanceId)
                .field("role", before.role().name(), v.role().name())
                .field("daysAttended", before.daysAttended(), v.daysAttended())
                .field("preTest", before.preTest(), v.preTest()).field("postTest", before.postTest(), v.postTest())
                .field("satisfaction", before.satisfaction(), v.satisfaction())
                .field("comment", before.comment(), v.comment()).build());
        return attendanceById(eventId, attendanceId, true);
    }

    /** Deletes one attendance (the person stays in the registry). */
    @Transactional
    public void deleteAttendance(long eventId, long attendanceId, Integer version) {
        Attendance before = attendanceById(eventId, attendanceId, true);
        if (version == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        if (!people.deleteAttendance(eventId, attendanceId, version)) {
            throw new ConflictException("version", "delivery.attendance.stale");
        }
        publisher.publishEvent(EntityChanged.deleted("Attendance", attendanceId)
                .field("eventId", eventId, null).field("personId", before.personId(), null)
                .field("role", before.role().name(), null).field("preTest", before.preTest(), null)
                .field("postTest", before.postTest(), null).field("satisfaction", before.satisfaction(), null).build());
    }

    /** One person's attendance at an event, with personal data (for the certificate). */
    public Attendance attendance(long eventId, long personId) {
        return people.attendance(eventId, personId)
                .orElseThrow(() -> new NotFoundException("delivery.attendance.notFound"));
    }

    /** Who attended, by sex, member and agency type, with knowledge gain and satisfaction, computed in SQL. */
    public EventBreakdown breakdown(long eventId) {
        return breakdown(get(eventId));
    }

    /** The breakdown of an event read already. */
    public EventBreakdown breakdown(Event event) {
        return events.breakdown(event.id());
    }

    /**
     * How many people of one member attended, per year and per event, counted in SQL; no personal data.
     *
     * @throws InvalidInputException (field {@code member}) when the code is blank or not a member's
     */
    public MemberParticipation participation(String memberCode) {
        String code = memberCode == null ? "" : memberCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            throw InvalidInputException.of("member", "validation.required");
        }
        if (!directory.memberExists(code)) {
            throw InvalidInputException.of("member", "delivery.validation.member.unknown", memberCode.strip());
        }
        List<EventRepository.ParticipationRow> rows = events.participation(code);
        Map<Long, String> codes = activities.findAll(rows.stream().map(EventRepository.ParticipationRow::activityId)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ActivityRef::id, ActivityRef::code));
        Map<Integer, MemberParticipation.Counts> yearTotals = new java.util.LinkedHashMap<>();
        Map<Integer, List<MemberParticipation.EventRow>> yearEvents = new java.util.HashMap<>();
        MemberParticipation.Counts total = new MemberParticipation.Counts(0, 0, 0, 0, 0, 0, 0, 0);
        for (EventRepository.ParticipationRow r : rows) { // ordered: latest year first, events by date
            if (r.year() == null) {
                total = r.counts();
            } else if (r.eventId() == null) {
                yearTotals.put(r.year(), r.counts());
            } else {
                yearEvents.computeIfAbsent(r.year(), y -> new java.util.ArrayList<>()).add(new MemberParticipation.EventRow(
                        r.eventId(), r.title(), r.startDate(), r.endDate(), r.kind(), codes.get(r.activityId()), r.counts()));
            }
        }
        List<MemberParticipation.Year> years = yearTotals.entrySet().stream().map(e -> new MemberParticipation.Year(
                e.getKey(), yearEvents.getOrDefault(e.getKey(), List.of()), e.getValue())).toList();
        return new MemberParticipation(code, years, total);
    }

    /** Whether an event exists. */
    public boolean exists(long eventId) {
        return events.exists(eventId);
    }

    static PersonRepository.AttendanceValues attendanceValues(InvalidInputException.Collector errors, AttendanceRole role,
                                                              Integer days, Integer pre, Integer post,
                                                              Integer satisfaction, String comment) {
        DeliveryRules.range(errors, "daysAttended", days, 0, DeliveryRules.MAX_DAYS);
        DeliveryRules.range(errors, "preTest", pre, 0, 100);
        DeliveryRules.range(errors, "postTest", post, 0, 100);
        DeliveryRules.range(errors, "satisfaction", satisfaction, 1, 5);
        String c = comment == null ? "" : comment.strip();
        DeliveryRules.length(errors, "comment", c, DeliveryRules.COMMENT);
        DeliveryRules.noNul(errors, "comment", c);
        return new PersonRepository.AttendanceValues(role == null ? AttendanceRole.PARTICIPANT : role, days, pre, post,
                satisfaction, c);
    }

    private EventRepository.Values validate(EventInput in) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (in.activityId() == null) {
            errors.add("activityId", "validation.required");
        } else if (activities.find(in.activityId()).isEmpty()) {
            errors.add("activityId", "delivery.validation.activity.unknown", String.valueOf(in.activityId()));
        }
        errors.check(in.kind() != null, "kind", "validation.required");
        String title = DeliveryRules.text(in.title());
        errors.check(title != null, "title", "validation.required");
        DeliveryRules.length(errors, "title", title, DeliveryRules.TITLE);
        DeliveryRules.noNul(errors, "title", title);
        DeliveryRules.dates(errors, in.startDate(), in.endDate());
        String city = DeliveryRules.text(in.city());
        DeliveryRules.length(errors, "city", city, DeliveryRules.CITY);
        DeliveryRules.noNul(errors, "city", city);
        String country = DeliveryRules.country(errors, in.countryCode());
        if (country != null && directory.country(country).isEmpty()) {
            errors.add("countryCode", "delivery.validation.country", country);
        }
        boolean virtual = Boolean.TRUE.equals(in.virtual());
        if (!virtual && country == null && DeliveryRules.text(in.countryCode()) == null) {
            errors.add("countryCode", "delivery.validation.countryOrVirtual");
        }
        List<String> languages = DeliveryRules.languages(errors, in.languages());
        String notes = in.notes() == null ? "" : in.notes().strip();
        DeliveryRules.length(errors, "notes", notes, DeliveryRules.NOTES);
        DeliveryRules.noNul(errors, "notes", notes);
        List<Long> partnerIds = in.partnerIds() == null ? List.of()
                : in.partnerIds().stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        if (!partnerIds.isEmpty()) {
            Set<Long> known = new HashSet<>(directory.partnersByIds(partnerIds).stream().map(Partner::id).toList());
            for (Long id : partnerIds) {
                if (!known.contains(id)) {
                    errors.add("partnerIds", "delivery.validation.partner.unknown", String.valueOf(id));
                }
            }
        }
        errors.throwIfAny();
        return new EventRepository.Values(in.activityId(), in.kind(), title, in.startDate(), in.endDate(), city, country,
                virtual, languages, in.status() == null ? EventStatus.PLANNED : in.status(), notes, partnerIds);
    }

    private static Event withActivity(Event e, ActivityRef ref) {
        return new Event(e.id(), e.activityId(), ref == null ? null : ref.code(), ref == null ? null : ref.title(),
                e.kind(), e.title(), e.startDate(), e.endDate(), e.city(), e.countryCode(), e.virtual(), e.languages(),
                e.status(), e.notes(), e.partnerIds(), e.attendances(), e.version());
    }

    static ConflictException stale(OffsetDateTime updatedAt) {
        return new ConflictException("version", "conflict.version",
                updatedAt == null ? "" : STAMP.format(updatedAt.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("delivery.event.notFound", String.valueOf(id));
    }
}
