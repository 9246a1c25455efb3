package org.kinerja.delivery.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.delivery.AgencyType;
import org.kinerja.delivery.Attendance;
import org.kinerja.delivery.DuplicateSuggestion;
import org.kinerja.delivery.MergeResult;
import org.kinerja.delivery.Person;
import org.kinerja.delivery.PersonFilter;
import org.kinerja.delivery.PersonInput;
import org.kinerja.delivery.PersonService;
import org.kinerja.delivery.Sex;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
 * The participant registry over {@code /api/v1/people}: everyone signed in reads (names, positions and
 * e-mails only with the roles that may see personal data); administrators, Co-Managers and programme
 * officers create, change and merge people.
 */
@RestController
@RequestMapping("/api/v1/people")
class PersonApiController {

    private final PersonService people;
    private final ExportResponses exports;

    PersonApiController(PersonService people, ExportResponses exports) {
        this.people = people;
        this.exports = exports;
    }

    record PersonRequest(String givenName, String familyName, Sex sex, String memberCode, String agency,
                         AgencyType agencyType, String position, String email, Integer version) {
        PersonInput input() {
            return new PersonInput(givenName, familyName, sex, memberCode, agency, agencyType, position, email, version);
        }
    }

    /** Merge {@code duplicateId} into {@code personId}. */
    record MergeRequest(Long personId, Long duplicateId) {
    }

    @GetMapping
    ListPage<Person> list(@RequestParam(required = false) String q, @RequestParam(required = false) String member,
                          @RequestParam(required = false) AgencyType agencyType, @RequestParam(required = false) Sex sex,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                          Authentication auth) {
        return people.list(new PersonFilter(q, member, agencyType, sex), DeliveryWebConfig.personalData(auth),
                PageQuery.of(page, size));
    }

    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) String member, @RequestParam(required = false) AgencyType agencyType,
                @RequestParam(required = false) Sex sex, Authentication auth, HttpServletResponse response)
            throws IOException {
        boolean personal = DeliveryWebConfig.personalData(auth);
        exports.write(format, DeliveryExports.peopleTable(personal),
                DeliveryExports.people(people, new PersonFilter(q, member, agencyType, sex), personal), "people",
                response);
    }

    @GetMapping("/duplicates")
    List<DuplicateSuggestion> duplicates(@RequestParam(required = false) Integer size, Authentication auth) {
        return people.duplicates(DeliveryWebConfig.personalData(auth), size == null ? 100 : size);
    }

    @GetMapping("/{id}")
    Person get(@PathVariable long id, Authentication auth) {
        return people.get(id, DeliveryWebConfig.personalData(auth));
    }

    @GetMapping("/{id}/duplicates")
    List<DuplicateSuggestion> duplicatesOf(@PathVariable long id, Authentication auth) {
        return people.duplicates(id, DeliveryWebConfig.personalData(auth));
    }

    @GetMapping("/{id}/attendances")
    List<Attendance> attendances(@PathVariable long id, Authentication auth) {
        return people.attendances(id, DeliveryWebConfig.personalData(auth));
    }

    @PostMapping
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    ResponseEntity<Person> create(@RequestBody PersonRequest r) {
        Person p = people.create(r.input());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(p.id()).toUri();
        return ResponseEntity.created(location).body(p);
    }

    @PutMapping("/{id}")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    Person update(@PathVariable long id, @RequestBody PersonRequest r) {
        return people.update(id, r.input());
    }

    @PostMapping("/merge")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    MergeResult merge(@RequestBody MergeRequest r) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(r.personId() != null, "personId", "validation.required");
        errors.check(r.duplicateId() != null, "duplicateId", "validation.required");
        errors.throwIfAny();
        return people.merge(r.personId(), r.duplicateId());
    }
}
