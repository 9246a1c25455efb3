package org.kinerja.knowledge.web;

import jakarta.servlet.http.HttpServletRequest;

import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.UiFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Unreadable filters or addresses of the product pages (an unknown stage, a page that is not a number) answer
 * 400 in the layout; forms catch their own errors, and unknown products are the shared 404 page.
 */
@ControllerAdvice(assignableTypes = KnowledgeController.class)
class KnowledgePages {

    private final UiFactory uiFactory;

    KnowledgePages(UiFactory uiFactory) {
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
