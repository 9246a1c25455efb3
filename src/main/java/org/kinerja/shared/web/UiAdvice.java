package org.kinerja.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the {@link Ui} into the model of every page controller.
 */
@ControllerAdvice(annotations = Controller.class)
class UiAdvice {

    private final UiFactory factory;

    UiAdvice(UiFactory factory) {
        this.factory = factory;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        return factory.create(request);
    }
}
