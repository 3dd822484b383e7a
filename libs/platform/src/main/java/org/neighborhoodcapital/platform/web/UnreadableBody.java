package org.neighborhoodcapital.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Names what is wrong with a request body that Jackson could not read: the JSON path of the value
 * ({@code organizer.kind}, {@code format}; for a top-level array the element number goes to
 * {@code line}) and a message naming the bad value and, for enums, the accepted ones. A body that is
 * not JSON at all, or is missing, is reported on the field {@value #BODY}.
 */
final class UnreadableBody {

    static final String BODY = "body";

    static FieldError describe(HttpMessageNotReadableException ex) {
        JacksonException jackson = jacksonCause(ex);
        if (jackson == null) {
            return FieldError.of(BODY, ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")
                    ? "is missing" : "is not readable");
        }
        Path path = Path.of(jackson);
        return switch (jackson) {
            case InvalidFormatException invalid -> path.error(invalidValue(invalid.getValue(), invalid.getTargetType()));
            case ValueInstantiationException rejected -> path.error(rejectedValue(rejected));
            case PropertyBindingException unknown -> path.error("is not a known field");
            case MismatchedInputException mismatched -> path.error(mismatched(mismatched));
            default -> path.isEmpty()
                    ? FieldError.of(BODY, "is not valid JSON: " + jackson.getOriginalMessage())
                    : path.error(jackson.getOriginalMessage());
        };
    }

    private static JacksonException jacksonCause(Throwable ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return null;
    }

    /** "'BOSS' is not one of [STAFF, RESIDENT]", "'x' is not a UUID", … */
    static String invalidValue(Object value, Class<?> target) {
        return "'" + value + "' is not " + expected(target);
    }

    private static String rejectedValue(ValueInstantiationException rejected) {
        Throwable cause = rejected.getCause();
        while (cause != null && cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause != null && cause.getMessage() != null ? cause.getMessage() : "is not valid";
    }

    private static String mismatched(MismatchedInputException mismatched) {
        String message = mismatched.getOriginalMessage() == null ? "" : mismatched.getOriginalMessage();
        // null or absent where a primitive or a required creator property is expected
        if (mismatched.getCurrentToken() == JsonToken.VALUE_NULL || message.contains("`null`")
                || message.startsWith("Missing required creator property")) {
            return "is required";
        }
        return "has the wrong type: expected " + expected(mismatched.getTargetType());
    }

    /** "a UUID", "an ISO-8601 instant (…)", "a number", "an object", … for messages. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an ISO-8601 date-time with offset, e.g. 2025-03-01T18:00:00Z";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date, e.g. 2025-03-01";
        }
        if (type == LocalDateTime.class) {
            return "an ISO-8601 local date-time, e.g. 2025-03-01T18:00:00";
        }
        if (type == LocalTime.class) {
            return "an ISO-8601 time, e.g. 18:00";
        }
        if (type == ZoneId.class) {
            return "a time zone id, e.g. Europe/Moscow";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** The JSON path of a Jackson error; a leading array index (top-level array body) becomes the line. */
    private record Path(String field, Integer line) {

        static Path of(JacksonException ex) {
            List<JacksonException.Reference> references = ex.getPath();
            StringBuilder field = new StringBuilder();
            Integer line = null;
            for (int i = 0; i < references.size(); i++) {
                JacksonException.Reference reference = references.get(i);
                if (reference.getPropertyName() != null) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    if (i == 0) {
                        line = reference.getIndex() + 1;
                    } else {
                        field.append('[').append(reference.getIndex()).append(']');
                    }
                }
            }
            return new Path(field.toString(), line);
        }

        boolean isEmpty() {
            return field.isEmpty() && line == null;
        }

        FieldError error(String message) {
            return new FieldError(field.isEmpty() ? BODY : field, message, line);
        }
    }

    private UnreadableBody() {
    }
}
