package cn.hazardledger.chassis.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what Jackson could not read into a problem a client can act on: the field as a JSON path and the
 * reason in plain words. Jackson's own messages name Java types, so they are never passed on.
 */
final class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{1,100})'");

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return field(pathOrEmpty(e, duplicate.group(1)), "is given more than once");
        }
        if (limitIn(e) != null) {
            return Problem.of(ProblemType.MALFORMED, "the body is nested too deeply or holds an oversized value");
        }
        if (message.startsWith("Trailing token")) {
            return Problem.of(ProblemType.MALFORMED, "the body holds more after its JSON document ends");
        }
        if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException
                || message.contains("end-of-input") || message.contains("No content to map")) {
            return Problem.of(ProblemType.MALFORMED, "the body is not valid JSON");
        }
        if (e instanceof StrictJson.UncleanText unclean) {
            return field(path(unclean), unclean.reason());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return field(path(unknown), "is not a field of this request (misspelt, or set by the server)");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return field(path(f), "must be one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return field(path(m), "must be " + expected(m.getTargetType()));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return field(path(m), "has the wrong type or form");
        }
        if (e instanceof MismatchedInputException) {
            return Problem.of(ProblemType.MALFORMED, "the body must be a JSON object");
        }
        return Problem.of(ProblemType.MALFORMED, "the body is not valid JSON");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text (a JSON string)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == UUID.class) {
            return "a UUID (a JSON string)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date or time as ISO 8601 text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static Problem field(String field, String reason) {
        return Problem.invalid(field + ": " + reason, List.of(new Problem.FieldError(field, reason)));
    }

    private static String pathOrEmpty(JsonProcessingException e, String last) {
        String parent = e instanceof JsonMappingException m ? path(m) : "";
        return parent.isEmpty() ? last : parent + "." + last;
    }

    private static StreamConstraintsException limitIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
