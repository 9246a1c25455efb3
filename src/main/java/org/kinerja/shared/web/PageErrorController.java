package org.kinerja.shared.web;


import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers every error the servlet container sees: a page in the layout for browsers, problem+json for
 * the API. Never a stack trace.
 */
@Controller
class PageErrorController implements ErrorController {

    private final UiFactory uiFactory;

    PageErrorController(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model) {
        int status = status(request);
        model.addAttribute("ui", uiFactory.create(request));
        model.addAttribute("status", status);
        return "shared/error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(status(request));
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, switch (status.value()) {
            case 401 -> "Sign in first: use HTTP Basic or a personal access token (Authorization: Bearer …).";
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here.";
            default -> status.is5xxServerError() ? "Something went wrong on the server; it has been logged."
                    : status.getReasonPhrase();
        });
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setProperty("path", uri.toString());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : 500;
    }
}
