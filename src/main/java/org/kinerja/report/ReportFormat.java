package org.kinerja.report;

import java.util.Locale;
import java.util.Optional;

/** The files a report is rendered as. */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a file extension ({@code pdf}, {@code docx}, {@code xlsx}), any case. */
    public static Optional<ReportFormat> ofExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String lower = extension.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.extension.equals(lower)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
