package org.kinerja.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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
 * What the directory's pages share: the 404 page for unknown records, the 400 page for unreadable filters,
 * and the messages of refused form input.
 */
@ControllerAdvice(assignableTypes = {MemberController.class, BodyController.class, PartnerController.class,
        ForumController.class, ContactController.class, CommitmentController.class})
class DirectoryPages {

    static final int PAGE_SIZE = 25;
    /** How many related records a detail page lists. */
    static final int RELATED = 200;

    private final UiFactory uiFactory;
    private final MessageSource messages;

    DirectoryPages(UiFactory uiFactory, MessageSource messages) {
        this.uiFactory = uiFactory;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return errorPage(request, HttpStatus.NOT_FOUND);
    }

    /** Unreadable query parameters of a page (an unknown kind, a negative page …); forms catch their own. */
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

    /** The errors of a form whose fields are named differently from the service's: {@code rename} maps them. */
    FormErrors errors(InvalidInputException e, UnaryOperator<String> rename) {
        List<InvalidInputException.Violation> renamed = new ArrayList<>();
        for (InvalidInputException.Violation v : e.violations()) {
            renamed.add(new InvalidInputException.Violation(rename.apply(v.field()), v.messageKey(), v.args()));
        }
        return FormErrors.of(new InvalidInputException(renamed), messages);
    }

    String text(ConflictException e) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
