package org.kinerja.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kinerja.directory.DirectoryService;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant registry: people, the duplicates it suggests (same e-mail ignoring case, or same
 * normalised name, member and agency) and their merge. Readers who may not see personal data get people
 * without names, positions and e-mails ({@code personalData = false}).
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository people;
    private final DirectoryService directory;
    private final ApplicationEventPublisher publisher;

    PersonService(PersonRepository people, DirectoryService directory, ApplicationEventPublisher publisher) {
        this.people = people;
        this.directory = directory;
        this.publisher = publisher;
    }

    public ListPage<Person> list(PersonFilter filter, boolean personalData, PageQuery page) {
        ListPage<Person> result = people.list(filter, personalData, page);
        return personalData ? result : result.map(Person::withoutPersonalData);
    }

    /** @throws NotFoundException when there is no such person */
    public Person get(long id, boolean personalData) {
        Person p = people.find(id).orElseThrow(() -> new NotFoundException("delivery.person.notFound", String.valueOf(id)));
        return personalData ? p : p.withoutPersonalData();
    }

    /** The person's attendances, newest event first (at most 500). */
    public List<Attendance> attendances(long personId, boolean personalData) {
        get(personId, true);
        List<Attendance> list = people.attendancesOfPerson(personId);
        return personalData ? list : list.stream().map(Attendance::withoutPersonalData).toList();
    }

    @Transactional
    public Person create(PersonInput input) {
        PersonRepository.Values v = validate(input, directory);
        long id = people.insert(v);
        publisher.publishEvent(EntityChanged.created("Person", id).field("givenName", null, v.givenName())
                .field("familyName", null, v.familyName()).field("sex", null, v.sex().name())
                .field("memberCode", null, v.memberCode()).field("agency", null, v.agency())
                .field("agencyType", null, v.agencyType() == null ? null : v.agencyType().name())
                .field("position", null, v.position()).field("email", null, v.email()).build());
        return get(id, true);
    }

    @Transactional
    public Person update(long id, PersonInput input) {
        Person before = get(id, true);
        if (input.version() == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        PersonRepository.Values v = validate(input, directory);
        if (!people.update(id, input.version(), v)) {
            throw EventService.stale(people.updatedAt(id).orElse(null));
        }
        publisher.publishEvent(EntityChanged.updated("Person", id)
                .field("givenName", before.givenName(), v.givenName()).field("familyName", before.familyName(), v.familyName())
                .field("sex", before.sex().name(), v.sex().name()).field("memberCode", before.memberCode(), v.memberCode())
                .field("agency", before.agency(), v.agency())
                .field("agencyType", before.agencyType() == null ? null : before.agencyType().name(),
                        v.agencyType() == null ? null : v.agencyType().name())
                .field("position", before.position(), v.position()).field("email", before.email(), v.email()).build());
        return get(id, true);
    }

    /** People likely to be the same as this one, with the reason ({@code EMAIL} or {@code NAME}). */
    public List<DuplicateSuggestion> duplicates(long id, boolean personalData) {
        Person person = get(id, personalData);
        List<DuplicateSuggestion> list = new ArrayList<>();
        for (PersonRepository.DuplicateMatch m : people.duplicatesOf(id)) {
            list.add(new DuplicateSuggestion(person, get(m.id(), personalData), m.reason()));
        }
        return list;
    }

    /** Likely duplicate pairs over the whole registry, at most {@code limit}. */
    public List<DuplicateSuggestion> duplicates(boolean personalData, int limit) {
        List<DuplicateSuggestion> list = new ArrayList<>();
        for (PersonRepository.DuplicatePair p : people.duplicatePairs(Math.max(1, Math.min(limit, 500)))) {
            list.add(new DuplicateSuggestion(get(p.first(), personalData), get(p.second(), personalData), p.reason()));
        }
        return list;
    }

    /**
     * Merges {@code removeId} into {@code keepId} in one transaction: every attendance of the removed person
     * moves to the kept one, except at events both attended, where the kept person's attendance stays and the
     * other is dropped (the result lists those events); then the removed person is deleted. Audited.
     */
    @Transactional
    public MergeResult merge(long keepId, long removeId) {
        if (keepId == removeId) {
            throw InvalidInputException.of("duplicateId", "delivery.merge.same");
        }
        if (people.lock(keepId, removeId) != 2) {
            get(keepId, true);
            get(removeId, true);
        }
        Person kept = get(keepId, true);
        Person removed = get(removeId, true);
        List<Long> shared = people.sharedEvents(keepId, removeId);
        people.deleteAttendances(removeId, shared);
        int moved = people.moveAttendances(removeId, keepId);
        people.delete(removeId);
        publisher.publishEvent(EntityChanged.deleted("Person", removeId)
                .field("givenName", removed.givenName(), null).field("familyName", removed.familyName(), null)
                .field("email", removed.email(), null).field("mergedInto", null, keepId).build());
        publisher.publishEvent(EntityChanged.updated("Person", keepId)
                .field("mergedFrom", null, removeId).field("movedAttendances", null, moved)
                .field("sharedEvents", null, shared.isEmpty() ? null : shared.toString()).build());
        return new MergeResult(get(keepId, true), removeId, moved, shared);
    }

    /** The checks of a person, also used row by row by the import (with a cached member lookup). */
    static PersonRepository.Values validate(PersonInput in, DirectoryService directory) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PersonRepository.Values v = values(errors, in, code -> directory.memberExists(code));
        errors.throwIfAny();
        return v;
    }

    static PersonRepository.Values values(InvalidInputException.Collector errors, PersonInput in,
                                          java.util.function.Predicate<String> memberExists) {
        String given = DeliveryRules.text(in.givenName());
        String family = DeliveryRules.text(in.familyName());
        errors.check(given != null, "givenName", "validation.required");
        errors.check(family != null, "familyName", "validation.required");
        DeliveryRules.length(errors, "givenName", given, DeliveryRules.NAME);
        DeliveryRules.length(errors, "familyName", family, DeliveryRules.NAME);
        DeliveryRules.noNul(errors, "givenName", given);
        DeliveryRules.noNul(errors, "familyName", family);
        String member = DeliveryRules.text(in.memberCode());
        if (member != null) {
            member = member.toUpperCase(Locale.ROOT);
            if (member.length() > 8 || !memberExists.test(member)) {
                errors.add("memberCode", "delivery.validation.member.unknown", in.memberCode().strip());
            }
        }
        String agency = in.agency() == null ? "" : in.agency().strip();
        DeliveryRules.length(errors, "agency", agency, DeliveryRules.AGENCY);
        DeliveryRules.noNul(errors, "agency", agency);
        String position = in.position() == null ? "" : in.position().strip();
        DeliveryRules.length(errors, "position", position, DeliveryRules.POSITION);
        DeliveryRules.noNul(errors, "position", position);
        String email = DeliveryRules.text(in.email());
        if (email != null && (email.length() > DeliveryRules.EMAIL || !DeliveryRules.validEmail(email))) {
            errors.add("email", "validation.email");
        }
        return new PersonRepository.Values(given, family, in.sex() == null ? Sex.NOT_RECORDED : in.sex(), member, agency,
                in.agencyType(), position, email);
    }
}
