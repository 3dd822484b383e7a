package org.neighborhoodcapital.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.neighborhoodcapital.platform.domain.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a service's HTTP API as {@code application/problem+json}:
 * {@code {type, title, status, detail, instance, field, errors: [{field, message, line}]}}, where
 * {@code field} is the first error's field (a JSON path such as {@code organizer.kind}, or a path or
 * query parameter name). Covers {@link ProblemException}, a domain's {@code DomainException} ({@link DomainProblems}), Bean Validation (body, parameters, services),
 * unreadable JSON, path and query parameters of the wrong type, and Spring MVC's own errors (404, 405,
 * 415, …, as {@link ResponseEntityExceptionHandler} renders them). Anything else is a 500 without
 * internals, logged once with its stack trace.
 *
 * <p>Ordered last, so a service's own {@code @RestControllerAdvice} wins for the exceptions it handles.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException ex, WebRequest request) {
        return problem(ex, ex.status(), ex.getMessage(), ex.errors(), new HttpHeaders(), request);
    }

    /** A refusal of a service's domain, mapped by {@link DomainProblems}. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> handleDomainRefusal(DomainException ex, WebRequest request) {
        return handleProblem(DomainProblems.of(ex), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(violation -> FieldError.of(fieldOf(violation), violation.getMessage()))
                .toList();
        return invalid(ex, HttpStatus.BAD_REQUEST, sorted(errors), new HttpHeaders(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed because of an internal error.");
        return createResponseEntity(body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(ex, status, sorted(errorsOf(ex.getBindingResult(), null)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                Integer line = parameterErrors.getContainerIndex() == null ? null : parameterErrors.getContainerIndex() + 1;
                errors.addAll(errorsOf(parameterErrors, line));
            } else {
                String field = parameterName(result.getMethodParameter());
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(FieldError.of(field, error.getDefaultMessage()));
                }
            }
        }
        return invalid(ex, status, sorted(errors), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(ex, status, List.of(UnreadableBody.describe(ex)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        String message = UnreadableBody.invalidValue(ex.getValue(), ex.getRequiredType());
        return invalid(ex, status, List.of(FieldError.of(field == null ? "parameter" : field, message)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(ex, status, List.of(FieldError.of(ex.getParameterName(), "is required")), headers, request);
    }

    private ResponseEntity<Object> invalid(Exception ex, HttpStatusCode status, List<FieldError> errors,
            HttpHeaders headers, WebRequest request) {
        String detail;
        if (errors.isEmpty()) {
            detail = "Invalid request.";
        } else {
            FieldError first = errors.getFirst();
            detail = (first.line() == null ? "" : "line " + first.line() + ": ") + first.field() + ": " + first.message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
        }
        return problem(ex, status, detail, errors, headers, request);
    }

    private ResponseEntity<Object> problem(Exception ex, HttpStatusCode status, String detail, List<FieldError> errors,
            HttpHeaders headers, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            body.setProperty("field", errors.getFirst().field());
            body.setProperty("errors", errors);
        }
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    /** Validation reports violations in no particular order: by line, then field, so "field" is stable. */
    private static List<FieldError> sorted(List<FieldError> errors) {
        return errors.stream()
                .sorted(Comparator.comparing(FieldError::line, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(FieldError::field))
                .toList();
    }

    private static List<FieldError> errorsOf(org.springframework.validation.Errors result, Integer line) {
        List<FieldError> errors = new ArrayList<>();
        for (org.springframework.validation.FieldError error : result.getFieldErrors()) {
            errors.add(new FieldError(error.getField(), messageOf(error), line));
        }
        for (org.springframework.validation.ObjectError error : result.getGlobalErrors()) {
            errors.add(new FieldError(UnreadableBody.BODY, messageOf(error), line));
        }
        return errors;
    }

    private static String messageOf(org.springframework.validation.ObjectError error) {
        if (error.contains(TypeMismatchException.class)) {
            TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
            return UnreadableBody.invalidValue(mismatch.getValue(), mismatch.getRequiredType());
        }
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    /** The JSON path of a violation: its property nodes, or the parameter name when it is about a parameter itself. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder properties = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (!properties.isEmpty()) {
                        properties.append('.');
                    }
                    properties.append(node.getName());
                }
                if (node.getIndex() != null) {
                    properties.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    properties.append('[').append(node.getKey()).append(']');
                }
            }
        }
        if (!properties.isEmpty()) {
            return properties.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private static String parameterName(MethodParameter parameter) {
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        String declared = path != null ? firstNonEmpty(path.name(), path.value())
                : param != null ? firstNonEmpty(param.name(), param.value())
                : header != null ? firstNonEmpty(header.name(), header.value())
                : "";
        if (!declared.isEmpty()) {
            return declared;
        }
        String name = parameter.getParameterName();
        return name != null ? name : "arg" + parameter.getParameterIndex();
    }

    private static String firstNonEmpty(String name, String value) {
        return name.isEmpty() ? value : name;
    }
}
