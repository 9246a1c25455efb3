package org.kinerja.knowledge.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.knowledge.KnowledgeFile;
import org.kinerja.knowledge.KnowledgeProduct;
import org.kinerja.knowledge.KnowledgeProductFilter;
import org.kinerja.knowledge.KnowledgeProductInput;
import org.kinerja.knowledge.KnowledgeProductSummary;
import org.kinerja.knowledge.KnowledgeProductType;
import org.kinerja.knowledge.KnowledgeService;
import org.kinerja.knowledge.KnowledgeStage;
import org.kinerja.knowledge.StageChange;
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
 * Knowledge products over {@code /api/v1/knowledge-products}: everyone signed in reads (member focal points
 * published products only); administrators, Co-Managers and programme officers write. Files are uploaded as
 * the raw request body ({@code POST /{id}/files?name=guide.pdf}), streamed into PostgreSQL, or as a multipart
 * part {@code file} (then within the servlet's multipart limit).
 */
@RestController
@RequestMapping("/api/v1/knowledge-products")
class KnowledgeApiController {

    private final KnowledgeService knowledge;
    private final ExportResponses exports;
    private final KnowledgeDownloads downloads;

    KnowledgeApiController(KnowledgeService knowledge, ExportResponses exports, KnowledgeDownloads downloads) {
        this.knowledge = knowledge;
        this.exports = exports;
        this.downloads = downloads;
    }

    record ProductRequest(KnowledgeProductType type, String title, String summary, Long activityId,
                          List<Long> partnerIds, List<String> languages, String publicUrl, LocalDate conceptDate,
                          Integer version) {
        KnowledgeProductInput input() {
            return new KnowledgeProductInput(type, title, summary, activityId, partnerIds, languages, publicUrl,
                    conceptDate, version);
        }
    }

    record StageRequest(KnowledgeStage stage, LocalDate date, String note, Integer version) {
    }

    @GetMapping
    ListPage<KnowledgeProductSummary> list(@RequestParam(required = false) String q,
                                           @RequestParam(required = false) KnowledgeProductType type,
                                           @RequestParam(required = false) KnowledgeStage stage,
                                           @RequestParam(required = false) Long partner,
                                           @RequestParam(required = false) String language,
                                           @RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) Long activity,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size, Authentication auth) {
        return knowledge.list(new KnowledgeProductFilter(q, type, stage, partner, language, year, activity,
                KnowledgeWebConfig.publishedOnly(auth)), PageQuery.of(page, size));
    }

    /** The whole list with the same filters as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) KnowledgeProductType type,
                @RequestParam(required = false) KnowledgeStage stage, @RequestParam(required = false) Long partner,
                @RequestParam(required = false) String language, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long activity, Authentication auth, HttpServletResponse response)
            throws IOException {
        KnowledgeProductFilter filter = new KnowledgeProductFilter(q, type, stage, partner, language, year, activity,
                KnowledgeWebConfig.publishedOnly(auth));
        exports.write(format, KnowledgeExports.PRODUCTS, KnowledgeExports.products(knowledge, filter),
                "knowledge-products", response);
    }

    @GetMapping("/{id}")
    KnowledgeProduct get(@PathVariable long id, Authentication auth) {
        return knowledge.get(id, KnowledgeWebConfig.publishedOnly(auth));
    }

    @PostMapping
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    ResponseEntity<KnowledgeProduct> create(@RequestBody ProductRequest r) {
        KnowledgeProduct p = knowledge.create(r.input());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(p.id()).toUri();
        return ResponseEntity.created(location).body(p);
    }

    @PutMapping("/{id}")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    KnowledgeProduct update(@PathVariable long id, @RequestBody ProductRequest r) {
        return knowledge.update(id, r.input());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        knowledge.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    /** Moves the product to another stage: {@code {stage, date}}, plus {@code note} for a move backwards. */
    @PostMapping("/{id}/stage")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    KnowledgeProduct stage(@PathVariable long id, @RequestBody StageRequest r) {
        return knowledge.changeStage(id, new StageChange(r.stage(), r.date(), r.note(), r.version()));
    }

    @GetMapping("/{id}/files")
    List<KnowledgeFile> files(@PathVariable long id, Authentication auth) {
        return knowledge.get(id, KnowledgeWebConfig.publishedOnly(auth)).files();
    }

    /** Stores the request body as a file of the product, named {@code name}; 201 with the file. */
    @PostMapping("/{id}/files")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    ResponseEntity<KnowledgeFile> upload(@PathVariable long id, @RequestParam(required = false) String name,
                                         HttpServletRequest request) throws IOException {
        org.springframework.web.multipart.MultipartFile part = request
                instanceof org.springframework.web.multipart.MultipartHttpServletRequest multipart
                ? multipart.getFile("file") : null;
        try (InputStream body = part != null ? part.getInputStream() : request.getInputStream()) {
            KnowledgeFile f = knowledge.addFile(id, part != null && (name == null || name.isBlank())
                    ? part.getOriginalFilename() : name, body);
            URI location = ServletUriComponentsBuilder.fromCurrentRequest().replaceQuery(null).path("/{fileId}")
                    .buildAndExpand(f.id()).toUri();
            return ResponseEntity.created(location).body(f);
        }
    }

    @GetMapping("/{id}/files/{fileId}")
    void download(@PathVariable long id, @PathVariable long fileId, Authentication auth,
                  HttpServletResponse response) throws IOException {
        downloads.send(knowledge.download(id, fileId, KnowledgeWebConfig.publishedOnly(auth)), response);
    }

    @DeleteMapping("/{id}/files/{fileId}")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    ResponseEntity<Void> deleteFile(@PathVariable long id, @PathVariable long fileId) {
        knowledge.deleteFile(id, fileId);
        return ResponseEntity.noContent().build();
    }
}
