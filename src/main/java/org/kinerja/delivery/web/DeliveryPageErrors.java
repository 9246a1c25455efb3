package org.kinerja.delivery.web;

import jakarta.servlet.http.HttpServletRequest;

import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.UiFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Unreadable query or form parameters of the delivery pages (an unknown kind, a page that is not a number,
 * a merge without the person to merge) answer the error page with 400; forms catch their own field errors.
 */
@ControllerAdvice(assignableTypes = {EventController.class, PersonController.class, EventImportController.class,
        AttendanceController.class, ParticipationController.class})
class DeliveryPageErrors {

    private final UiFactory uiFactory;

    DeliveryPageErrors(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView badRequest(HttpServletRequest request) {
        ModelAndView page = new ModelAndView("shared/error", HttpStatus.BAD_REQUEST);
        page.addObject("ui", uiFactory.create(request));
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        return page;
    }
}
