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
 * @param workbooks   whether XLSX workbooks are accepted as well as CSV
 * @param templateUrl where the template file is downloaded, without extension ({@code .csv}, and
 *                    {@code .xlsx} when workbooks are accepted, are appended), or {@code null}
 * @param progress    whether the preview polls {@link #progressUrl()} while the commit runs
 */
public record ImportPage(String titleKey, String baseUrl, String backUrl, List<ImportColumn> columns,
                         String maxFileSize, List<String> fileErrors, ImportPreview preview, ImportResult result,
                         boolean expired, boolean workbooks, String templateUrl, boolean progress) {

    public ImportPage(String titleKey, String baseUrl, String backUrl, List<ImportColumn> columns,
                      String maxFileSize, List<String> fileErrors, ImportPreview preview, ImportResult result,
                      boolean expired) {
        this(titleKey, baseUrl, backUrl, columns, maxFileSize, fileErrors, preview, result, expired, false, null,
                false);
    }

    public ImportPage {
        columns = List.copyOf(columns);
        fileErrors = List.copyOf(fileErrors);
    }

    public ImportPage withPreview(ImportPreview preview) {
        return new ImportPage(titleKey, baseUrl, backUrl, columns, maxFileSize, List.of(), preview, null, false,
                workbooks, templateUrl, progress);
    }

    public ImportPage withFileErrors(List<String> errors) {
        return new ImportPage(titleKey, baseUrl, backUrl, columns, maxFileSize, errors, null, null, false,
                workbooks, templateUrl, progress);
    }

    public ImportPage withResult(ImportResult result) {
        return new ImportPage(titleKey, baseUrl, backUrl, columns, maxFileSize, List.of(), preview, result, false,
                workbooks, templateUrl, progress);
    }

    public ImportPage withExpired() {
        return new ImportPage(titleKey, baseUrl, backUrl, columns, maxFileSize, List.of(), null, null, true,
                workbooks, templateUrl, progress);
    }

    /** The same page offering a template file at {@code templateUrl.csv} (and {@code .xlsx}). */
    public ImportPage withTemplate(String templateUrl) {
        return new ImportPage(titleKey, baseUrl, backUrl, columns, maxFileSize, fileErrors, preview, result, expired,
                workbooks, templateUrl, progress);
    }

    /** The same page showing a progress bar, polled from {@link #progressUrl()}, while the commit runs. */
    public ImportPage withProgress() {
        return new ImportPage(titleKey, baseUrl, backUrl, columns, maxFileSize, fileErrors, preview, result, expired,
                workbooks, templateUrl, true);
    }

    /** Where the progress of the preview's commit is polled. */
    public String progressUrl() {
        return commitUrl() + "/progress";
    }

    /** The {@code accept} attribute of the file input. */
    public String accept() {
        return workbooks ? ".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : ".csv,text/csv";
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
