package org.kinerja.exchange;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Answers a request with an export file: what list endpoints call for {@code ?format=csv|xlsx} and
 * what list pages call for their export links.
 *
 * <pre>{@code
 * @GetMapping(value = "/plans", params = "format")
 * void export(@RequestParam String format, @RequestParam(required = false) Integer year,
 *             HttpServletResponse response) throws IOException {
 *     exports.write(format, PLANS, RowSource.paged(page -> plans.list(year, page).items()), "plans", response);
 * }
 * }</pre>
 */
@Component
public class ExportResponses {

    private final ExportService exports;
    private final MessageSource messages;

    ExportResponses(ExportService exports, MessageSource messages) {
        this.exports = exports;
        this.messages = messages;
    }

    /**
     * Writes the file named {@code <filenameBase>-<yyyy-MM-dd>.<csv|xlsx>} as an attachment.
     *
     * @param format       {@code csv} or {@code xlsx}, any case
     * @param filenameBase lower-case letters, digits and hyphens, e.g. {@code users}
     * @throws ErrorResponseException 400 (problem+json naming {@code format} on the API) for any other
     *                                format, before anything is written
     */
    public <T> void write(String format, ExportTable<T> table, RowSource<? extends T> rows, String filenameBase,
                          HttpServletResponse response) throws IOException {
        write(format(format), table, rows, filenameBase, response);
    }

    public <T> void write(ExportFormat format, ExportTable<T> table, RowSource<? extends T> rows,
                          String filenameBase, HttpServletResponse response) throws IOException {
        if (!filenameBase.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("file name base " + filenameBase);
        }
        String fileName = filenameBase + "-" + LocalDate.now(table.zone()) + "." + format.extension();
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        exports.write(format, table, rows, response.getOutputStream());
        response.flushBuffer();
    }

    /**
     * The format named {@code name}.
     *
     * @throws ErrorResponseException 400 with a problem naming the field {@code format}
     */
    public ExportFormat format(String name) {
        return ExportFormat.parse(name).orElseThrow(() -> {
            String message = messages.getMessage("exchange.export.format.unknown",
                    new Object[] {name == null ? "" : name}, LocaleContextHolder.getLocale());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
            problem.setProperty("errors", List.of(Map.of("field", "format", "message", message)));
            return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        });
    }
}
