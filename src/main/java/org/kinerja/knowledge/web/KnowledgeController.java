package org.kinerja.knowledge.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.web.ListState;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.knowledge.KnowledgeProduct;
import org.kinerja.knowledge.KnowledgeProductFilter;
import org.kinerja.knowledge.KnowledgeProductSummary;
import org.kinerja.knowledge.KnowledgeProductType;
import org.kinerja.knowledge.KnowledgeService;
import org.kinerja.knowledge.KnowledgeStage;
import org.kinerja.knowledge.StageChange;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The knowledge product pages: the searchable list, one product with its stages and files, the stage
 * form (htmx), the file upload and the product form.
 */
@Controller
@RequestMapping("/knowledge")
class KnowledgeController {

    static final int PAGE_SIZE = 25;

    private final KnowledgeService knowledge;
    private final KnowledgeChoices choices;
    private final KnowledgeDownloads downloads;
    private final ExportResponses exports;
    private final MessageSource messages;

    KnowledgeController(KnowledgeService knowledge, KnowledgeChoices choices, KnowledgeDownloads downloads,
                        ExportResponses exports, MessageSource messages) {
        this.knowledge = knowledge;
        this.choices = choices;
        this.downloads = downloads;
        this.exports = exports;
        this.messages = messages;
    }

    private static KnowledgeProductFilter filter(String q, String type, String stage, String partner, String language,
                                                 String year, Authentication auth) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        KnowledgeProductType t = enumValue(errors, KnowledgeProductType.class, "type", type);
        KnowledgeStage s = enumValue(errors, KnowledgeStage.class, "stage", stage);
        Long p = KnowledgeForm.number(errors, "partner", partner);
        Long y = KnowledgeForm.number(errors, "year", year);
        errors.throwIfAny();
        if (y != null && (y < KnowledgeService.YEAR_MIN || y > KnowledgeService.YEAR_MAX)) {
            throw InvalidInputException.of("year", "knowledge.year.range", String.valueOf(KnowledgeService.YEAR_MIN),
                    String.valueOf(KnowledgeService.YEAR_MAX));
        }
        return new KnowledgeProductFilter(q, t, s, p, language, y == null ? null : y.intValue(), null,
                KnowledgeWebConfig.publishedOnly(auth));
    }

    private static <E extends Enum<E>> E enumValue(InvalidInputException.Collector errors, Class<E> type, String field,
                                                   String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, "knowledge.value.unknown", value.strip());
            return null;
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                @RequestParam(required = false) String stage, @RequestParam(required = false) String partner,
                @RequestParam(required = false) String language, @RequestParam(required = false) String year,
                @RequestParam(required = false) String page, @RequestParam(required = false) String deleted,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Authentication auth, Model model, HttpServletResponse response) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Long pageNumber = KnowledgeForm.number(errors, "page", page);
        errors.throwIfAny();
        ListPage<KnowledgeProductSummary> result = knowledge.list(filter(q, type, stage, partner, language, year, auth),
                PageQuery.of(pageNumber == null ? null : pageNumber.intValue(), PAGE_SIZE));
        java.util.Map<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("q", q);
        filters.put("type", type);
        filters.put("stage", stage);
        filters.put("partner", partner);
        filters.put("language", language);
        filters.put("year", year);
        model.addAttribute("result", result);
        model.addAttribute("state", new ListState("/knowledge", filters, result));
        model.addAttribute("partners", choices.partners());
        model.addAttribute("languages", choices.languages());
        model.addAttribute("notice", deleted != null ? text("knowledge.deleted") : null);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return "true".equals(htmx) && !"true".equals(restore) ? "knowledge/_results" : "knowledge/products";
    }

    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) String type, @RequestParam(required = false) String stage,
                @RequestParam(required = false) String partner, @RequestParam(required = false) String language,
                @RequestParam(required = false) String year, Authentication auth, HttpServletResponse response)
            throws IOException {
        exports.write(format, KnowledgeExports.PRODUCTS, KnowledgeExports.products(knowledge,
                filter(q, type, stage, partner, language, year, auth)), "knowledge-products", response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String saved, Authentication auth, Model model) {
        KnowledgeProduct p = knowledge.get(id, KnowledgeWebConfig.publishedOnly(auth));
        return detail(model, p, saved != null ? text("knowledge.saved") : null, null, FormErrors.none(),
                StageForm.next(p), FormErrors.none());
    }

    private String detail(Model model, KnowledgeProduct p, String notice, String conflict, FormErrors stageErrors,
                          StageForm stageForm, FormErrors fileErrors) {
        model.addAttribute("product", p);
        model.addAttribute("notice", notice);
        model.addAttribute("conflict", conflict);
        model.addAttribute("stageErrors", stageErrors);
        model.addAttribute("stageForm", stageForm);
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("maxFileSize", String.valueOf(knowledge.maxFileSize() / (1024 * 1024)));
        return "knowledge/product";
    }

    /** The file list alone, which the product page reloads while a PDF's text is being indexed. */
    @GetMapping("/{id}/files")
    String files(@PathVariable long id, Authentication auth, Model model) {
        model.addAttribute("product", knowledge.get(id, KnowledgeWebConfig.publishedOnly(auth)));
        return "knowledge/_files";
    }

    @PostMapping("/{id}/stage")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    String stage(@PathVariable long id, @ModelAttribute("stageForm") StageForm form,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                 HttpServletResponse response) {
        boolean fragment = "true".equals(htmx);
        KnowledgeProduct p = knowledge.get(id);
        FormErrors errors = FormErrors.none();
        String conflict = null;
        try {
            StageChange change = form.toChange();
            p = knowledge.changeStage(id, change);
            form = StageForm.next(p);
            if (!fragment) {
                return "redirect:/knowledge/" + id + "?saved";
            }
        } catch (InvalidInputException e) {
            errors = FormErrors.of(e, messages);
            response.setStatus(fragment ? HttpStatus.OK.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (ConflictException e) {
            conflict = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
            p = knowledge.get(id);
            response.setStatus(fragment ? HttpStatus.OK.value() : HttpStatus.CONFLICT.value());
        }
        if (fragment) {
            model.addAttribute("product", p);
            model.addAttribute("stageForm", form);
            model.addAttribute("stageErrors", errors);
            model.addAttribute("conflict", conflict);
            return "knowledge/_stages";
        }
        return detail(model, p, null, conflict, errors, form, FormErrors.none());
    }

    @PostMapping("/{id}/files")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        KnowledgeProduct p = knowledge.get(id);
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "knowledge.file.empty");
            }
            try (InputStream in = file.getInputStream()) {
                knowledge.addFile(id, file.getOriginalFilename(), in);
            }
            return "redirect:/knowledge/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detail(model, p, null, null, FormErrors.none(), StageForm.next(p), FormErrors.of(e, messages));
        }
    }

    @GetMapping("/{id}/files/{fileId}")
    void download(@PathVariable long id, @PathVariable long fileId, Authentication auth, HttpServletResponse response)
            throws IOException {
        downloads.send(knowledge.download(id, fileId, KnowledgeWebConfig.publishedOnly(auth)), response);
    }

    @PostMapping("/{id}/files/{fileId}/delete")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    String deleteFile(@PathVariable long id, @PathVariable long fileId) {
        knowledge.deleteFile(id, fileId);
        return "redirect:/knowledge/" + id + "?saved";
    }

    @GetMapping("/new")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    String newProduct(Model model) {
        return form(model, null, KnowledgeForm.blank(), FormErrors.none(), null);
    }

    @PostMapping
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    String create(@ModelAttribute("form") KnowledgeForm form, Model model, HttpServletResponse response) {
        try {
            KnowledgeProduct p = knowledge.create(form.toInput());
            return "redirect:/knowledge/" + p.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, form, FormErrors.of(e, messages), null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    String edit(@PathVariable long id, Model model) {
        KnowledgeProduct p = knowledge.get(id);
        return form(model, p, KnowledgeForm.of(p), FormErrors.none(), null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    String save(@PathVariable long id, @ModelAttribute("form") KnowledgeForm form, Model model,
                HttpServletResponse response) {
        KnowledgeProduct p = knowledge.get(id);
        try {
            knowledge.update(id, form.toInput());
            return "redirect:/knowledge/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, p, form, FormErrors.of(e, messages), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, p, form, FormErrors.none(),
                    messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(KnowledgeWebConfig.WRITER_RULE)
    String delete(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                  HttpServletResponse response) {
        KnowledgeProduct p = knowledge.get(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Long v = KnowledgeForm.number(errors, "version", version);
        errors.throwIfAny();
        try {
            knowledge.delete(id, v == null ? null : v.intValue());
            return "redirect:/knowledge?deleted";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(model, p, null,
                    messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()),
                    FormErrors.none(), StageForm.next(p), FormErrors.none());
        }
    }

    private String form(Model model, KnowledgeProduct product, KnowledgeForm form, FormErrors errors, String conflict) {
        model.addAttribute("product", product);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("activities", choices.activities());
        model.addAttribute("partners", choices.partners());
        return "knowledge/form";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
