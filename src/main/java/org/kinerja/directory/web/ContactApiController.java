package org.kinerja.directory.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.directory.Contact;
import org.kinerja.directory.ContactFilter;
import org.kinerja.directory.ContactInput;
import org.kinerja.directory.ContactService;
import org.kinerja.directory.OrganisationType;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Contacts over {@code /api/v1/contacts}: everyone signed in reads names, titles and organisations; e-mail
 * and phone only administrators, Co-Managers, programme officers and MEL officers. Administrators,
 * Co-Managers and programme officers create, change and delete contacts.
 */
@RestController
@RequestMapping("/api/v1/contacts")
class ContactApiController {

    private final ContactService contacts;
    private final ExportResponses exports;

    ContactApiController(ContactService contacts, ExportResponses exports) {
        this.exports = exports;
        this.contacts = contacts;
    }

    /** A contact of exactly one of a member (by code), a partner, a body or a forum (by id). */
    record ContactRequest(String name, String title, String memberCode, Long partnerId, Long bodyId, Long forumId,
                          String email, String phone, Boolean focalPoint) {
    }

    record UpdateContactRequest(String name, String title, String memberCode, Long partnerId, Long bodyId,
                                Long forumId, String email, String phone, Boolean focalPoint, Integer version) {
    }

    @GetMapping
    ListPage<Contact> list(@RequestParam(required = false) String q,
                           @RequestParam(required = false) OrganisationType organisationType,
                           @RequestParam(required = false) String member, @RequestParam(required = false) Long partnerId,
                           @RequestParam(required = false) Long bodyId, @RequestParam(required = false) Long forumId,
                           @RequestParam(required = false) Boolean focalPoint, @RequestParam(required = false) String sort,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                           Authentication auth) {
        return contacts.list(new ContactFilter(q, organisationType, member, partnerId, bodyId, forumId, focalPoint, sort),
                PageQuery.of(page, size), PersonalData.visibleTo(auth));
    }

    /**
     * The whole list with the same filters as a file: {@code ?format=csv} or {@code ?format=xlsx}; e-mail and
     * phone are columns only for the roles that may see personal data.
     */
    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) OrganisationType organisationType,
                @RequestParam(required = false) String member, @RequestParam(required = false) Long partnerId,
                @RequestParam(required = false) Long bodyId, @RequestParam(required = false) Long forumId,
                @RequestParam(required = false) Boolean focalPoint, @RequestParam(required = false) String sort,
                Authentication auth, HttpServletResponse response) throws IOException {
        boolean personalData = PersonalData.visibleTo(auth);
        exports.write(format, DirectoryExports.contactTable(personalData), DirectoryExports.contacts(contacts,
                new ContactFilter(q, organisationType, member, partnerId, bodyId, forumId, focalPoint, sort),
                personalData), "contacts", response);
    }

    @GetMapping("/{id}")
    Contact get(@PathVariable long id, Authentication auth) {
        return contacts.get(id, PersonalData.visibleTo(auth));
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    ResponseEntity<Contact> create(@RequestBody ContactRequest r) {
        Contact c = contacts.create(new ContactInput(r.name(), r.title(), r.memberCode(), r.partnerId(), r.bodyId(),
                r.forumId(), r.email(), r.phone(), r.focalPoint(), null));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(c.id()).toUri();
        return ResponseEntity.created(location).body(c);
    }

    @PutMapping("/{id}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    Contact update(@PathVariable long id, @RequestBody UpdateContactRequest r) {
        return contacts.update(id, new ContactInput(r.name(), r.title(), r.memberCode(), r.partnerId(), r.bodyId(),
                r.forumId(), r.email(), r.phone(), r.focalPoint(), r.version()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        contacts.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
