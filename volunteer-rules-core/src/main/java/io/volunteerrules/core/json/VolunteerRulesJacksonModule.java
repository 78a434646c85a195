package io.volunteerrules.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Strict reading of requests for a host's own Jackson 2 {@code ObjectMapper} (Spring Boot 3's, say):
 *
 * <pre>{@code
 * mapper.registerModule(new VolunteerRulesJacksonModule());
 * }</pre>
 *
 * <p>The request types are strict by their annotations with any mapper (unknown fields refused,
 * absent yes/no fields false, dates ISO strings, enums by name: see {@link StrictFields},
 * {@link IsoDate}, {@link FalseWhenAbsent}, {@link EnumNames}). This module adds what annotations
 * cannot say, for the request types only (the host's other types are untouched):
 * whole numbers must be whole ({@code "minAge": 18.9} is refused, not truncated), decimals must
 * have a sane size ({@code 1E+10000000} is refused while it is read) and are never read from
 * strings, and dates need a four-digit year. It also brings Jackson's Java-time module, which the
 * dates need. {@link Json}'s own mappers use it. For Jackson 3 the module
 * {@code volunteer-rules-jackson3} does the same.
 */
public final class VolunteerRulesJacksonModule extends Module {

    private static final long serialVersionUID = 1L;

    @Override
    public String getModuleName() {
        return "volunteer-rules";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule());
    }

    @Override
    public void setupModule(SetupContext context) {
        context.insertAnnotationIntrospector(new StrictIntrospector());
    }

    /** Gives the request types' number and date fields the strict readers below. */
    private static final class StrictIntrospector extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Object findDeserializer(Annotated a) {
            if (!(a instanceof AnnotatedMember m) || !StrictValues.governs(m.getDeclaringClass())) {
                return null;
            }
            Class<?> type = a.getRawType();
            if (type == Integer.class) {
                return StrictInteger.INSTANCE;
            }
            if (type == BigDecimal.class) {
                return StrictDecimal.INSTANCE;
            }
            if (type == LocalDate.class) {
                return StrictDate.INSTANCE;
            }
            return null;
        }
    }

    /** A mismatch whose message is written for people: {@link Json} passes it on as it is. */
    static final class StrictInputException extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        StrictInputException(JsonParser p, String message, Class<?> target) {
            // where the value starts, whatever the kind of token
            super(p, message, p.currentTokenLocation());
            _targetType = target;
        }
    }

    static String token(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case VALUE_STRING -> "the text " + StrictValues.quote(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + StrictValues.quote(p.getText()).replace("\"", "");
            case VALUE_TRUE, VALUE_FALSE -> p.getText();
            case START_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY -> "a list";
            default -> t.asString() == null ? t.name().toLowerCase(java.util.Locale.ROOT) : t.asString();
        };
    }

    static final class StrictInteger extends StdScalarDeserializer<Integer> {
        private static final long serialVersionUID = 1L;
        static final StrictInteger INSTANCE = new StrictInteger();

        private StrictInteger() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                if (p.getNumberType() != JsonParser.NumberType.INT) {
                    throw new StrictInputException(p, "is too large for a whole number", Integer.class);
                }
                return p.getIntValue();
            }
            throw new StrictInputException(p, "expected a whole number, not " + token(p), Integer.class);
        }
    }

    static final class StrictDecimal extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;
        static final StrictDecimal INSTANCE = new StrictDecimal();

        private StrictDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                BigDecimal value = p.getDecimalValue();
                String problem = StrictValues.decimalProblem(value);
                if (problem != null) {
                    throw new StrictInputException(p, StrictValues.quote(p.getText()).replace("\"", "") + " " + problem,
                            BigDecimal.class);
                }
                return value;
            }
            throw new StrictInputException(p, "expected a number, not " + token(p), BigDecimal.class);
        }
    }

    static final class StrictDate extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;
        static final StrictDate INSTANCE = new StrictDate();

        private StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    return StrictValues.isoDate(p.getText());
                } catch (IllegalArgumentException e) {
                    throw new StrictInputException(p, e.getMessage(), LocalDate.class);
                }
            }
            throw new StrictInputException(p, "expected a date written yyyy-mm-dd, not " + token(p), LocalDate.class);
        }
    }
}
