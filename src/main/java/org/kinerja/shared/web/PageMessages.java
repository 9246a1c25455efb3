package org.kinerja.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The messages page controllers show when the service refuses a form: field errors next to their fields, a
 * conflict's sentence above the form, any bundle text in the request's language.
 */
@Component
public class PageMessages {

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The refused fields, each with its message. */
    public FormErrors errors(InvalidInputException e) {
        return FormErrors.of(e, messages);
    }

    /** The errors of a form whose fields are named differently from the service's: {@code rename} maps them. */
    public FormErrors errors(InvalidInputException e, UnaryOperator<String> rename) {
        List<InvalidInputException.Violation> renamed = new ArrayList<>();
        for (InvalidInputException.Violation v : e.violations()) {
            renamed.add(new InvalidInputException.Violation(rename.apply(v.field()), v.messageKey(), v.args()));
        }
        return FormErrors.of(new InvalidInputException(renamed), messages);
    }

    /** A conflict shown next to the field it names. */
    public FormErrors errors(ConflictException e) {
        return FormErrors.of(InvalidInputException.of(e.field(), e.messageKey(), e.args()), messages);
    }

    /** A conflict's sentence. */
    public String text(ConflictException e) {
        return text(e.messageKey(), e.args());
    }

    /** The first refused rule's sentence, for pages that show one message rather than a form. */
    public String text(InvalidInputException e) {
        InvalidInputException.Violation v = e.violations().get(0);
        return text(v.messageKey(), v.args());
    }

    /** A bundle text; the key itself when the bundles lack it. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
