package org.kinerja.directory.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.directory.Body;
import org.kinerja.directory.BodyFilter;
import org.kinerja.directory.BodyInput;
import org.kinerja.directory.BodyKind;
import org.kinerja.directory.BodyMemberInput;
import org.kinerja.directory.BodyService;
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
 * Bodies over {@code /api/v1/bodies}: everyone signed in reads; administrators, Co-Managers and programme
 * officers create, change and delete them.
 */
@RestController
@RequestMapping("/api/v1/bodies")
class BodyApiController {

    private final BodyService bodies;
    private final ExportResponses exports;

    BodyApiController(BodyService bodies, ExportResponses exports) {
        this.exports = exports;
        this.bodies = bodies;
    }

    record BodyRequest(String name, String shortName, BodyKind kind, Long parentId, Integer establishedYear,
                       String notes, String sources, List<BodyMemberInput> members) {
    }

    record UpdateBodyRequest(String name, String shortName, BodyKind kind, Long parentId, Integer establishedYear,
                             String notes, String sources, List<BodyMemberInput> members, Integer version) {
    }

    @GetMapping
    ListPage<Body> list(@RequestParam(required = false) String q, @RequestParam(required = false) BodyKind kind,
                        @RequestParam(required = false) Long parentId, @RequestParam(required = false) String member,
                        @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                        @RequestParam(required = false) Integer size) {
        return bodies.list(new BodyFilter(q, kind, parentId, member, sort), PageQuery.of(page, size));
    }

    /** The whole list with the same filters as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) BodyKind kind, @RequestParam(required = false) Long parentId,
                @RequestParam(required = false) String member, @RequestParam(required = false) String sort,
                HttpServletResponse response) throws IOException {
        exports.write(format, DirectoryExports.BODIES,
                DirectoryExports.bodies(bodies, new BodyFilter(q, kind, parentId, member, sort)), "bodies", response);
    }

    @GetMapping("/{id}")
    Body get(@PathVariable long id) {
        return bodies.get(id);
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    ResponseEntity<Body> create(@RequestBody BodyRequest r) {
        Body b = bodies.create(new BodyInput(r.name(), r.shortName(), r.kind(), r.parentId(), r.establishedYear(),
                r.notes(), r.sources(), r.members(), null));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(b.id()).toUri();
        return ResponseEntity.created(location).body(b);
    }

    @PutMapping("/{id}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    Body update(@PathVariable long id, @RequestBody UpdateBodyRequest r) {
        return bodies.update(id, new BodyInput(r.name(), r.shortName(), r.kind(), r.parentId(), r.establishedYear(),
                r.notes(), r.sources(), r.members(), r.version()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        bodies.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
