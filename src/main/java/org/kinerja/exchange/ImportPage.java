package org.kinerja.exchange;

import java.util.List;

/**
 * What the reusable import templates ({@code exchange/import.jte}, fragment {@code exchange/_importArea.jte})
 * show: the upload form, the preview of an uploaded file with its commit button, or the result. Built by
 * {@link ImportPages#page}.
 *
 * @param titleKey    message key of the page's title
 * @param baseUrl     where the form posts the file; the commit posts to {@code baseUrl/<token>} and the
 *                    discard to {@code baseUrl/<token>/discard}
 * @param backUrl     the list the import belongs to, or {@code null}
 * @param columns     the columns of the file, for the form's hint
 * @param maxFileSize the size limit for people, e.g. {@code 20 MB}
 * @param fileErrors  what is wrong with the file as a whole, in the user's language
 * @param preview     the uploaded file's preview, or {@code null}
 * @param result      the commit's outcome, or {@code null}
 * @param expired     whether the upload asked for no longer exists
 */
public record ImportPage(String titleKey, String baseUrl, String backUrl, List<ImportColumn> columns,
                         String maxFileSize, List<String> fileErrors, ImportPreview preview, ImportResult result,
                         boolean expired) {

    public ImportPage {
        columns = List.copyOf(columns);
        fileErrors = List.copyOf(fileErrors);
    }

    public ImportPage withPreview(ImportPreview preview) {
        return new ImportPage(titleKey, baseUrl, backUrl, columns, maxFileSize, List.of(), preview, null, false);
    }

    public ImportPage withFileErrors(List<String> errors) {
        return new ImportPage(titleKey, baseUrl, backUrl, columns, maxFileSize, errors, null, null, false);
    }

    public ImportPage withResult(ImportResult result) {
        return new ImportPage(titleKey, baseUrl, backUrl, columns, maxFileSize, List.of(), preview, result, false);
    }

    public ImportPage withExpired() {
        return new ImportPage(titleKey, baseUrl, backUrl, columns, maxFileSize, List.of(), null, null, true);
    }

    /** Where the preview's commit button posts. */
    public String commitUrl() {
        return preview == null ? baseUrl : baseUrl + "/" + preview.token();
    }

    /** Where the preview's discard button posts. */
    public String discardUrl() {
        return commitUrl() + "/discard";
    }

    /** The required columns, comma-separated. */
    public String requiredColumns() {
        return String.join(", ", columns.stream().filter(ImportColumn::required).map(ImportColumn::name).toList());
    }

    /** The optional columns, comma-separated; empty when there are none. */
    public String optionalColumns() {
        return String.join(", ", columns.stream().filter(c -> !c.required()).map(ImportColumn::name).toList());
    }
}
