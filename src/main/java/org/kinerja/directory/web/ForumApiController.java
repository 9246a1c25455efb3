package org.kinerja.directory.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.directory.Forum;
import org.kinerja.directory.ForumFilter;
import org.kinerja.directory.ForumInput;
import org.kinerja.directory.ForumKind;
import org.kinerja.directory.ForumService;
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
 * Forums over {@code /api/v1/forums}: everyone signed in reads; administrators, Co-Managers and programme
 * officers create, change and delete them.
 */
@RestController
@RequestMapping("/api/v1/forums")
class ForumApiController {

    private final ForumService forums;
    private final ExportResponses exports;

    ForumApiController(ForumService forums, ExportResponses exports) {
        this.exports = exports;
        this.forums = forums;
    }

    record ForumRequest(String name, String shortName, ForumKind kind, String website, String notes) {
    }

    record UpdateForumRequest(String name, String shortName, ForumKind kind, String website, String notes,
                              Integer version) {
    }

    @GetMapping
    ListPage<Forum> list(@RequestParam(required = false) String q, @RequestParam(required = false) ForumKind kind,
                         @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size) {
        return forums.list(new ForumFilter(q, kind, sort), PageQuery.of(page, size));
    }

    /** The whole list with the same filters as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) ForumKind kind, @RequestParam(required = false) String sort,
                HttpServletResponse response) throws IOException {
        exports.write(format, DirectoryExports.FORUMS, DirectoryExports.forums(forums, new ForumFilter(q, kind, sort)),
                "forums", response);
    }

    @GetMapping("/{id}")
    Forum get(@PathVariable long id) {
        return forums.get(id);
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    ResponseEntity<Forum> create(@RequestBody ForumRequest r) {
        Forum f = forums.create(new ForumInput(r.name(), r.shortName(), r.kind(), r.website(), r.notes(), null));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(f.id()).toUri();
        return ResponseEntity.created(location).body(f);
    }

    @PutMapping("/{id}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    Forum update(@PathVariable long id, @RequestBody UpdateForumRequest r) {
        return forums.update(id, new ForumInput(r.name(), r.shortName(), r.kind(), r.website(), r.notes(), r.version()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        forums.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
