package cn.hazardledger.chassis.web;

import cn.hazardledger.chassis.web.http.RequestText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.UUID;

/**
 * JSON is read as written, never guessed at: a number is not a level ("level": 1 is not MAJOR), a boolean or
 * a number is not text, text is not a number, a key given twice, an unknown field or anything after the
 * document is refused, and text may not hold control characters (PostgreSQL refuses NUL) or broken
 * surrogate pairs. Each refusal becomes a 400 that names the field (see {@link ProblemMappers}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final int MAX_NUMBER_LENGTH = 10_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // a number of a few thousand digits still reaches its field, whose own rule then names it (Jackson's
        // default of 1,000 refuses it before any field is known); longer ones are refused as malformed
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Enum).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType numberOrFlag : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(numberOrFlag).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(numberOrFlag).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        SimpleModule strict = new SimpleModule("strict-text").addDeserializer(String.class, new CleanText());
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnum(deserializer, type.getRawClass());
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == UUID.class) {
                    return new ExactId(deserializer);
                }
                return Temporal.class.isAssignableFrom(type) ? new ExactTime(deserializer, type) : deserializer;
            }
        });
        mapper.registerModule(strict);
    }

    /**
     * An enum by its exact name: Jackson would trim " GENERAL" and "GENERAL\u0000" (trim drops every character
     * up to the space) and read them as GENERAL, so a value no client meant would be stored as one it did.
     */
    static final class ExactEnum extends DelegatingDeserializer {

        private final Class<?> type;

        ExactEnum(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnum(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (!text.equals(text.strip()) || text.chars().anyMatch(RequestText::isControl)) {
                    throw new InvalidFormatException(p, "not an exact name", text, type);
                }
            }
            return super.deserialize(p, context);
        }
    }

    /**
     * An id as the UUID text it is: Jackson reads "" (and blank text) as no id at all, so that an optional reference
     * given empty was taken as not given, and it trims, so that " {uuid}" and "{uuid}\u0000" named that id.
     */
    static final class ExactId extends DelegatingDeserializer {

        ExactId(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactId(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (text.isEmpty() || !text.equals(text.strip()) || text.chars().anyMatch(RequestText::isControl)) {
                    throw new InvalidFormatException(p, "not a UUID", text, UUID.class);
                }
            }
            return super.deserialize(p, context);
        }
    }

    /**
     * A date or time as ISO 8601 text, exactly, with a year of four digits. Jackson's java.time readers would take a
     * number as seconds or days since 1970 ({@code "discoveredAt": 318}), a digit string as one too, an empty string
     * as no value, an array of fields, and trim the text first, so that "2026-11-28\u0000" became a deadline; and
     * they read years such as -999999999 that PostgreSQL cannot store (a 500 when the row was written).
     */
    static final class ExactTime extends DelegatingDeserializer {

        private final Class<?> type;

        ExactTime(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactTime(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(type, p);
            }
            String text = p.getText();
            // digits alone are seconds or milliseconds to Jackson, except for a year, which they are in ISO 8601
            if (text.isEmpty() || !text.equals(text.strip()) || text.chars().anyMatch(RequestText::isControl)
                    || type != Year.class && text.chars().allMatch(Character::isDigit)) {
                throw new InvalidFormatException(p, "not ISO 8601 text", text, type);
            }
            Object value = super.deserialize(p, context);
            Integer year = year(value);
            if (year != null && (year < 1 || year > 9999)) {
                throw new InvalidFormatException(p, "a year outside 0001-9999", text, type);
            }
            return value;
        }

        /** The value's year, or null when it has none (a time of day). */
        private static Integer year(Object value) {
            try {
                TemporalAccessor t = value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : (TemporalAccessor) value;
                return t != null && t.isSupported(ChronoField.YEAR) ? t.get(ChronoField.YEAR) : null;
            } catch (DateTimeException beyondEveryCalendar) {
                return Integer.MIN_VALUE;
            }
        }
    }

    /** Text as JSON spelled it, refused if it holds what no person writes and PostgreSQL cannot keep. */
    static final class CleanText extends StdScalarDeserializer<String> {

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            String problem = problemWith(text);
            if (problem != null) {
                throw new UncleanText(p, problem, text);
            }
            return text;
        }

        static String problemWith(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (RequestText.isControl(c)) {
                    return "holds a control character";
                }
                if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i)))
                        || Character.isLowSurrogate(c)) {
                    return "holds a broken surrogate pair";
                }
            }
            return null;
        }
    }

    /** Text refused for what it holds; {@link #reason()} is said to the client, never the value itself. */
    public static final class UncleanText extends InvalidFormatException {

        private final String reason;

        UncleanText(JsonParser p, String reason, String value) {
            super(p, reason, value, String.class);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
