package org.kinerja.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers a page request for a record that does not exist, a malformed address or unreadable query
 * parameters (an unknown filter value, a negative page) with the error page in the layout and the right
 * status. Forms catch their own field errors; API controllers answer problem+json (ApiProblems) first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptions {

    private final UiFactory uiFactory;

    PageExceptions(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return error(404, request, response, model);
    }

    @ExceptionHandler(InvalidInputException.class)
    String badRequest(HttpServletRequest request, HttpServletResponse response, Model model) {
        return error(400, request, response, model);
    }

    /** Text with a NUL character reached the database, which refused it; nothing was written. */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    String refusedText(org.springframework.dao.DataAccessException e, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        if (!org.kinerja.shared.DatabaseText.isRefusedCharacter(e)) {
            throw e;
        }
        return error(400, request, response, model);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(HttpServletRequest request, HttpServletResponse response, Model model) {
        return error(409, request, response, model);
    }

    private String error(int status, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("ui", uiFactory.create(request));
        model.addAttribute("status", status);
        return "shared/error";
    }
}
