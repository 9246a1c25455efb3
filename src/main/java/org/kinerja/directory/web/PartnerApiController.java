package org.kinerja.directory.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerFilter;
import org.kinerja.directory.PartnerInput;
import org.kinerja.directory.PartnerService;
import org.kinerja.directory.PartnerType;
import org.kinerja.exchange.ExportResponses;
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
 * Partners over {@code /api/v1/partners}: everyone signed in reads; administrators, Co-Managers and
 * programme officers create, change and delete them.
 */
@RestController
@RequestMapping("/api/v1/partners")
class PartnerApiController {

    private final PartnerService partners;
    private final ExportResponses exports;

    PartnerApiController(PartnerService partners, ExportResponses exports) {
        this.exports = exports;
        this.partners = partners;
    }

    record PartnerRequest(String name, String shortName, PartnerType type, String countryCode, String website,
                          String iatiOrganisationId, String dacChannelCode, String memberCode, String notes) {
    }

    record UpdatePartnerRequest(String name, String shortName, PartnerType type, String countryCode, String website,
                                String iatiOrganisationId, String dacChannelCode, String memberCode, String notes,
                                Integer version) {
    }

    @GetMapping
    ListPage<Partner> list(@RequestParam(required = false) String q, @RequestParam(required = false) PartnerType type,
                           @RequestParam(required = false) String country, @RequestParam(required = false) String member,
                           @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        return partners.list(new PartnerFilter(q, type, country, member, sort), PageQuery.of(page, size));
    }

    /** The whole list with the same filters as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) PartnerType type, @RequestParam(required = false) String country,
                @RequestParam(required = false) String member, @RequestParam(required = false) String sort,
                HttpServletResponse response) throws IOException {
        exports.write(format, DirectoryExports.PARTNERS,
                DirectoryExports.partners(partners, new PartnerFilter(q, type, country, member, sort)), "partners",
                response);
    }

    @GetMapping("/{id}")
    Partner get(@PathVariable long id) {
        return partners.get(id);
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    ResponseEntity<Partner> create(@RequestBody PartnerRequest r) {
        Partner p = partners.create(new PartnerInput(r.name(), r.shortName(), r.type(), r.countryCode(), r.website(),
                r.iatiOrganisationId(), r.dacChannelCode(), r.memberCode(), r.notes(), null));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(p.id()).toUri();
        return ResponseEntity.created(location).body(p);
    }

    @PutMapping("/{id}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    Partner update(@PathVariable long id, @RequestBody UpdatePartnerRequest r) {
        return partners.update(id, new PartnerInput(r.name(), r.shortName(), r.type(), r.countryCode(), r.website(),
                r.iatiOrganisationId(), r.dacChannelCode(), r.memberCode(), r.notes(), r.version()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        partners.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
