package org.kinerja.directory.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.directory.Commitment;
import org.kinerja.directory.CommitmentFilter;
import org.kinerja.directory.CommitmentInput;
import org.kinerja.directory.CommitmentService;
import org.kinerja.directory.PurposeLink;
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
 * Commitments over {@code /api/v1/commitments}: everyone signed in reads; administrators and Co-Managers
 * create, change and delete them and link them to plan purposes.
 */
@RestController
@RequestMapping("/api/v1/commitments")
class CommitmentApiController {

    private final CommitmentService commitments;
    private final ExportResponses exports;

    CommitmentApiController(CommitmentService commitments, ExportResponses exports) {
        this.exports = exports;
        this.commitments = commitments;
    }

    record CommitmentRequest(String sourceDocument, Integer year, String reference, String text, String sourceUrl,
                             List<PurposeLink> purposes) {
    }

    record UpdateCommitmentRequest(String sourceDocument, Integer year, String reference, String text,
                                   String sourceUrl, List<PurposeLink> purposes, Integer version) {
    }

    @GetMapping
    ListPage<Commitment> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                              @RequestParam(required = false) String source, @RequestParam(required = false) String plan,
                              @RequestParam(required = false) Integer purpose,
                              @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return commitments.list(new CommitmentFilter(q, year, source, plan, purpose, sort), PageQuery.of(page, size));
    }

    /** The whole list with the same filters as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String source,
                @RequestParam(required = false) String plan, @RequestParam(required = false) Integer purpose,
                @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        exports.write(format, DirectoryExports.COMMITMENTS, DirectoryExports.commitments(commitments,
                new CommitmentFilter(q, year, source, plan, purpose, sort)), "commitments", response);
    }

    @GetMapping("/{id}")
    Commitment get(@PathVariable long id) {
        return commitments.get(id);
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    ResponseEntity<Commitment> create(@RequestBody CommitmentRequest r) {
        Commitment c = commitments.create(new CommitmentInput(r.sourceDocument(), r.year(), r.reference(), r.text(),
                r.sourceUrl(), r.purposes(), null));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(c.id()).toUri();
        return ResponseEntity.created(location).body(c);
    }

    @PutMapping("/{id}")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    Commitment update(@PathVariable long id, @RequestBody UpdateCommitmentRequest r) {
        return commitments.update(id, new CommitmentInput(r.sourceDocument(), r.year(), r.reference(), r.text(),
                r.sourceUrl(), r.purposes(), r.version()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        commitments.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
