package org.kinerja.exchange;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page side of an import, for a module's page controller: each method fills the model and answers
 * the view — the whole page {@code exchange/import}, or for an htmx request the fragment
 * {@code exchange/_importArea}. A module maps four addresses and delegates:
 *
 * <pre>{@code
 * @GetMapping("/contacts/import")                String form(...)    -> pages.form(page(), request, response, model)
 * @PostMapping("/contacts/import")               String upload(...)  -> pages.upload(CONTACTS, page(), file, request, response, model)
 * @PostMapping("/contacts/import/{token}")       String commit(...)  -> pages.commit(CONTACTS, page(), token, request, response, model)
 * @PostMapping("/contacts/import/{token}/discard") String discard(...) -> pages.discard(CONTACTS, page(), token, request, response, model)
 * }</pre>
 *
 * Statuses: 422 when the file or a row is invalid, 404 when the upload has expired or was committed.
 */
@Component
public class ImportPages {

    static final String PAGE = "exchange/import";
    static final String FRAGMENT = "exchange/_importArea";
    static final String PROGRESS = "exchange/_progress";
    /** The status that makes htmx stop polling. */
    static final int STOP_POLLING = 286;

    private final ImportService imports;

    ImportPages(ImportService imports) {
        this.imports = imports;
    }

    /**
     * @param titleKey message key of the page title
     * @param baseUrl  the address of the form (the module's upload mapping)
     * @param backUrl  the list the import belongs to, or {@code null}
     */
    public ImportPage page(ImportDefinition<?> definition, String titleKey, String baseUrl, String backUrl) {
        return new ImportPage(titleKey, baseUrl, backUrl, definition.columns(), imports.maxFileSizeText(definition),
                List.of(), null, null, false, definition.workbooks(), null, false);
    }

    /** The upload form. */
    public String form(ImportPage page, HttpServletRequest request, HttpServletResponse response, Model model) {
        return view(page, request, response, model);
    }

    /** Stores the file and shows its preview, or the form with what is wrong with the file. */
    public <T> String upload(ImportDefinition<T> definition, ImportPage page, MultipartFile file,
                             HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            ImportPreview preview = imports.upload(definition, file);
            if (!preview.committable()) {
                response.setStatus(422);
            }
            return view(page.withPreview(preview), request, response, model);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return view(page.withFileErrors(imports.messages(e)), request, response, model);
        }
    }

    /** Shows the preview of an upload again. */
    public <T> String preview(ImportDefinition<T> definition, ImportPage page, UUID token,
                              HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            return view(page.withPreview(imports.preview(definition, token)), request, response, model);
        } catch (NotFoundException e) {
            response.setStatus(404);
            return view(page.withExpired(), request, response, model);
        }
    }

    /** Commits the upload and shows the result. */
    public <T> String commit(ImportDefinition<T> definition, ImportPage page, UUID token,
                             HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            ImportResult result = imports.commit(definition, token);
            if (!result.committed()) {
                response.setStatus(422);
            }
            return view(page.withResult(result), request, response, model);
        } catch (NotFoundException e) {
            response.setStatus(404);
            return view(page.withExpired(), request, response, model);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return view(page.withFileErrors(imports.messages(e)), request, response, model);
        }
    }

    /**
     * The progress bar of an upload's commit (fragment {@code exchange/_progress}), for a page polling it
     * with htmx. Once the commit has ended the answer is 286, which tells htmx to stop polling.
     */
    public String progress(ImportDefinition<?> definition, UUID token, HttpServletResponse response, Model model) {
        ImportProgress progress = imports.progress(definition, token).orElse(null);
        if (progress != null && !progress.running()) {
            response.setStatus(STOP_POLLING);
        }
        model.addAttribute("progress", progress);
        return PROGRESS;
    }

    /**
     * Answers the template file of an import: its header row (the definition's columns in order) as CSV
     * (UTF-8 with a byte order mark, so that Excel opens it as such) or, for imports that take workbooks,
     * as XLSX.
     *
     * @param fileBase lower-case letters, digits and hyphens, e.g. {@code attendances-template}
     */
    public void template(ImportDefinition<?> definition, ExportFormat format, String fileBase,
                         HttpServletResponse response) throws java.io.IOException {
        if (!fileBase.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("file name base " + fileBase);
        }
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                .filename(fileBase + "." + format.extension()).build().toString());
        if (format == ExportFormat.XLSX) {
            try (org.kinerja.exchange.xlsx.XlsxWriter xlsx = new org.kinerja.exchange.xlsx.XlsxWriter("template",
                    definition.columns().stream().map(c -> ColumnType.TEXT).toList())) {
                xlsx.header(definition.columnNames());
                xlsx.finish(response.getOutputStream());
            }
        } else {
            byte[] bytes = ("\uFEFF" + String.join(",", definition.columnNames()) + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
        response.flushBuffer();
    }

    /** Deletes the upload and shows the form again. */
    public String discard(ImportDefinition<?> definition, ImportPage page, UUID token, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        imports.discard(definition, token);
        return view(page, request, response, model);
    }

    private static String view(ImportPage page, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("page", page);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean htmx = "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
        return htmx ? FRAGMENT : PAGE;
    }
}
