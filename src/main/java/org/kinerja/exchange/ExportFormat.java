package org.kinerja.exchange;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats lists are exported to, named as {@code ?format=} and the file extension name them.
 */
public enum ExportFormat {

    /** UTF-8 with a byte order mark, comma-separated, RFC 4180 quoting, CRLF line ends. */
    CSV("csv", "text/csv;charset=UTF-8"),
    /** An Office Open XML workbook with one sheet. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** {@code csv} or {@code xlsx}. */
    public String extension() {
        return extension;
    }

    /** The {@code Content-Type} of the answer. */
    public String contentType() {
        return contentType;
    }

    /** The format named {@code name} ({@code csv} or {@code xlsx}, any case, surrounding blanks ignored). */
    public static Optional<ExportFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
