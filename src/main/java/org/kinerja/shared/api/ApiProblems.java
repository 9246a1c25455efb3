package org.kinerja.shared.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.DatabaseText;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure of an API call into RFC 9457 problem+json with a human message and, for bad
 * input, the list of fields at fault: {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Log log = LogFactory.getLog(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, text(e.messageKey(), e.args()), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        String message = text(e.messageKey(), e.args());
        return problem(HttpStatus.CONFLICT, message,
                e.field() == null ? List.of() : List.of(new FieldProblem(e.field(), message)));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        List<FieldProblem> errors = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), text(v.messageKey(), v.args()))).toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, errors.get(0).message(), errors);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, text("problem.forbidden"), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = text("validation.type.named", e.getName());
        return problem(HttpStatus.BAD_REQUEST, message, List.of(new FieldProblem(e.getName(), message)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseText.isRefusedCharacter(e)) {
            return problem(HttpStatus.BAD_REQUEST, text("validation.text.character"), List.of());
        }
        log.error("Unexpected failure of an API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.unexpected"), List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.isBindingFailure()
                    ? text("validation.type.named", error.getField())
                    : messages.getMessage(error, LocaleContextHolder.getLocale())));
        }
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new FieldProblem(error.getObjectName(), messages.getMessage(error, LocaleContextHolder.getLocale()))));
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, errors.isEmpty() ? text("problem.invalid") : errors.get(0).message(), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(name,
                    messages.getMessage(error, LocaleContextHolder.getLocale()))));
        });
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, errors.isEmpty() ? text("problem.invalid") : errors.get(0).message(), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a body that is not JSON at all says so; a JSON body with a wrong value names the field
        JacksonException jackson = findCause(e, DatabindException.class);
        if (jackson != null && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            String message = text("validation.json.field", field);
            return problem(HttpStatus.BAD_REQUEST, message, List.of(new FieldProblem(field, message)));
        }
        return problem(HttpStatus.BAD_REQUEST, text("validation.json"), List.of());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // the framework's own problems (405, 406, 415, missing parameter …) keep their status and detail
        if (body instanceof ProblemDetail detail) {
            return ResponseEntity.status(statusCode).headers(headers)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
        }
        return super.handleExceptionInternal(e, body, headers, statusCode, request);
    }

    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
