package org.kinerja.exchange.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ImportService;
import org.kinerja.shared.web.UiFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * A multipart request larger than {@code spring.servlet.multipart.max-file-size} fails before any
 * controller is chosen, so no module's advice sees it. This one does (it is not limited to some
 * controllers) and names that limit, the largest upload the server takes at all: problem+json with status
 * 413 naming the field {@code file} on the API, a page in the layout otherwise. Uploads within it are held
 * to their module's own limit by the module (imports 20 MB, knowledge product files 50 MB).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

    private final String limit;
    private final MessageSource messages;
    private final UiFactory uiFactory;
    private final JsonMapper json;

    UploadTooLargeAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit,
                         MessageSource messages, UiFactory uiFactory, JsonMapper json) {
        this.limit = ImportService.sizeText(limit);
        this.messages = messages;
        this.uiFactory = uiFactory;
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            String message = messages.getMessage("exchange.upload.tooLarge", new Object[] {limit},
                    LocaleContextHolder.getLocale());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Map.of(
                    "type", "about:blank",
                    "title", HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase(),
                    "status", HttpStatus.CONTENT_TOO_LARGE.value(),
                    "detail", message,
                    "instance", path,
                    "errors", List.of(Map.of("field", "file", "message", message))));
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("exchange/uploadTooLarge");
        page.addObject("ui", uiFactory.create(request));
        page.addObject("limit", limit);
        page.addObject("back", sameSiteReferer(request));
        return page;
    }

    /** The page the upload came from when it is on this site, so that "back" never leads elsewhere. */
    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
                        && uri.getRawPath().startsWith("/")) {
                    return uri.getRawPath();
                }
            } catch (IllegalArgumentException e) {
                // not a usable address: go home instead
            }
        }
        return "/";
    }
}
