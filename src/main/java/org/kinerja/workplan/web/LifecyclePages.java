package org.kinerja.workplan.web;

import jakarta.servlet.http.HttpServletRequest;

import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.web.FormErrors;
import org.kinerja.shared.web.UiFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the work plan list and approval pages share: the 404 page for unknown work plans and versions, the
 * 400 page for unreadable filters, and the messages of refused steps.
 */
@ControllerAdvice(assignableTypes = {WorkPlanListController.class, WorkPlanApprovalController.class})
class LifecyclePages {

    private final UiFactory uiFactory;
    private final MessageSource messages;

    LifecyclePages(UiFactory uiFactory, MessageSource messages) {
        this.uiFactory = uiFactory;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return errorPage(request, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView badRequest(HttpServletRequest request) {
        return errorPage(request, HttpStatus.BAD_REQUEST);
    }

    private ModelAndView errorPage(HttpServletRequest request, HttpStatus status) {
        ModelAndView page = new ModelAndView("shared/error", status);
        page.addObject("ui", uiFactory.create(request));
        page.addObject("status", status.value());
        return page;
    }

    FormErrors errors(InvalidInputException e) {
        return FormErrors.of(e, messages);
    }

    /** A refused step shown next to its field. */
    FormErrors errors(ConflictException e) {
        return FormErrors.of(InvalidInputException.of(e.field(), e.messageKey(), e.args()), messages);
    }

    String text(ConflictException e) {
        return text(e.messageKey(), e.args());
    }

    String text(InvalidInputException e) {
        InvalidInputException.Violation v = e.violations().get(0);
        return text(v.messageKey(), v.args());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
