package org.kinerja.indicator.web;

import jakarta.servlet.http.HttpServletRequest;

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
 * What the framework pages share: the 404 page for unknown plans, purposes, outcomes and indicators, the
 * 400 page for bad query parameters, and the messages of refused form input.
 */
@ControllerAdvice(assignableTypes = {FrameworkController.class, FrameworkEditorController.class})
class IndicatorPages {

    private final UiFactory uiFactory;
    private final MessageSource messages;

    IndicatorPages(UiFactory uiFactory, MessageSource messages) {
        this.uiFactory = uiFactory;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return errorPage(request, HttpStatus.NOT_FOUND);
    }

    /** Bad query parameters of a page; forms catch their own. */
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

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
