package org.kinerja.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ImportPage;
import org.kinerja.exchange.ImportPages;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pages of contacts and partners, {@code /directory/contacts/import} and
 * {@code /directory/partners/import}, with their template files: upload, preview, commit or discard, as
 * {@link ImportPages} does it. For administrators, Co-Managers and programme officers, who may change both.
 */
@Controller
class DirectoryImportController {

    static final String CONTACTS = "/directory/contacts/import";
    static final String PARTNERS = "/directory/partners/import";

    private final ImportPages pages;
    private final DirectoryImports imports;

    DirectoryImportController(ImportPages pages, DirectoryImports imports) {
        this.pages = pages;
        this.imports = imports;
    }

    private ImportPage contactsPage() {
        return pages.page(imports.contacts(), "directory.import.contacts.title", CONTACTS, "/directory/contacts");
    }

    private ImportPage partnersPage() {
        return pages.page(imports.partners(), "directory.import.partners.title", PARTNERS, "/directory/partners");
    }

    // contacts

    @GetMapping(CONTACTS)
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String contactsForm(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.form(contactsPage(), request, response, model);
    }

    @GetMapping(CONTACTS + "/template.csv")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    void contactsTemplate(HttpServletResponse response) throws IOException {
        template(response, "contacts-import-template.csv", DirectoryImports.CONTACT_COLUMNS);
    }

    @PostMapping(CONTACTS)
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String contactsUpload(@RequestParam(required = false) MultipartFile file, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        return pages.upload(imports.contacts(), contactsPage(), file, request, response, model);
    }

    @GetMapping(CONTACTS + "/{token}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String contactsPreview(@PathVariable UUID token, HttpServletRequest request, HttpServletResponse response,
                           Model model) {
        return pages.preview(imports.contacts(), contactsPage(), token, request, response, model);
    }

    @PostMapping(CONTACTS + "/{token}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String contactsCommit(@PathVariable UUID token, HttpServletRequest request, HttpServletResponse response,
                          Model model) {
        return pages.commit(imports.contacts(), contactsPage(), token, request, response, model);
    }

    @PostMapping(CONTACTS + "/{token}/discard")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String contactsDiscard(@PathVariable UUID token, HttpServletRequest request, HttpServletResponse response,
                           Model model) {
        return pages.discard(imports.contacts(), contactsPage(), token, request, response, model);
    }

    // partners

    @GetMapping(PARTNERS)
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String partnersForm(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.form(partnersPage(), request, response, model);
    }

    @GetMapping(PARTNERS + "/template.csv")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    void partnersTemplate(HttpServletResponse response) throws IOException {
        template(response, "partners-import-template.csv", DirectoryImports.PARTNER_COLUMNS);
    }

    @PostMapping(PARTNERS)
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String partnersUpload(@RequestParam(required = false) MultipartFile file, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        return pages.upload(imports.partners(), partnersPage(), file, request, response, model);
    }

    @GetMapping(PARTNERS + "/{token}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String partnersPreview(@PathVariable UUID token, HttpServletRequest request, HttpServletResponse response,
                           Model model) {
        return pages.preview(imports.partners(), partnersPage(), token, request, response, model);
    }

    @PostMapping(PARTNERS + "/{token}")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String partnersCommit(@PathVariable UUID token, HttpServletRequest request, HttpServletResponse response,
                          Model model) {
        return pages.commit(imports.partners(), partnersPage(), token, request, response, model);
    }

    @PostMapping(PARTNERS + "/{token}/discard")
    @PreAuthorize(DirectoryWebConfig.EDITOR_RULE)
    String partnersDiscard(@PathVariable UUID token, HttpServletRequest request, HttpServletResponse response,
                           Model model) {
        return pages.discard(imports.partners(), partnersPage(), token, request, response, model);
    }

    /** The header line of an import file, UTF-8 with a byte order mark so that Excel opens it as such. */
    private static void template(HttpServletResponse response, String fileName, String[] columns) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        byte[] bytes = ("\uFEFF" + String.join(",", columns) + "\r\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
