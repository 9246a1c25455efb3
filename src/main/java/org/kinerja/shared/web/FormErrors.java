package org.kinerja.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kinerja.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The messages a form shows next to its fields, resolved in the user's language.
 */
public final class FormErrors {

    private final Map<String, String> byField;
    private final String global;

    private FormErrors(Map<String, String> byField, String global) {
        this.byField = byField;
        this.global = global;
    }

    public static FormErrors none() {
        return new FormErrors(Map.of(), null);
    }

    public static FormErrors of(BindingResult result, MessageSource messages) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            String message = error.isBindingFailure()
                    ? messages.getMessage("validation.type", null, LocaleContextHolder.getLocale())
                    : messages.getMessage(error, LocaleContextHolder.getLocale());
            map.putIfAbsent(error.getField(), message);
        }
        String global = result.getGlobalErrors().isEmpty() ? null
                : messages.getMessage(result.getGlobalErrors().get(0), LocaleContextHolder.getLocale());
        return new FormErrors(map, global);
    }

    public static FormErrors of(InvalidInputException e, MessageSource messages) {
        Map<String, String> map = new LinkedHashMap<>();
        for (InvalidInputException.Violation v : e.violations()) {
            map.putIfAbsent(v.field(), messages.getMessage(v.messageKey(), v.args(), v.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
        return new FormErrors(map, null);
    }

    public static FormErrors global(String message) {
        return new FormErrors(Map.of(), message);
    }

    public boolean any() {
        return !byField.isEmpty() || global != null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public String global() {
        return global;
    }

    public Map<String, String> all() {
        return Map.copyOf(byField);
    }
}
