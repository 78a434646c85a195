package io.volunteerrules.jackson3;

import io.volunteerrules.core.json.StrictValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Strict reading of requests for a host's own Jackson 3 mapper (Spring Boot 4's, say), the
 * counterpart of the core's {@code VolunteerRulesJacksonModule} for Jackson 2:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new VolunteerRulesJackson3Module()).build();
 * }</pre>
 *
 * <p>The request types are strict by their annotations with any Jackson 3 mapper too: unknown fields
 * are refused, absent yes/no fields are false (despite Jackson 3's {@code FAIL_ON_NULL_FOR_PRIMITIVES}),
 * dates are ISO strings and enums are names. This module adds, for the request types only, what
 * annotations cannot say: whole numbers must be whole ({@code "minAge": 18.9} is refused, not
 * truncated), decimals have a sane size ({@code 1E+10000000} is refused while it is read) and are
 * never read from strings, and dates need a four-digit year. The rules are the core's
 * {@link StrictValues}, so both Jacksons refuse the same inputs. Jackson 3 reads {@code java.time}
 * without a module.
 */
public final class VolunteerRulesJackson3Module extends JacksonModule {

    @Override
    public String getModuleName() {
        return "volunteer-rules";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.insertAnnotationIntrospector(new StrictIntrospector());
    }

    /** Gives the request types' number and date fields the strict readers below. */
    private static final class StrictIntrospector extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Object findDeserializer(MapperConfig<?> config, Annotated a) {
            if (!(a instanceof AnnotatedMember m) || !StrictValues.governs(m.getDeclaringClass())) {
                return null;
            }
            Class<?> type = a.getRawType();
            if (type == Integer.class) {
                return new StrictInteger();
            }
            if (type == BigDecimal.class) {
                return new StrictDecimal();
            }
            if (type == LocalDate.class) {
                return new StrictDate();
            }
            return null;
        }
    }

    /** A mismatch whose message is written for people, located where the value starts. */
    static final class StrictInputException extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        StrictInputException(JsonParser p, String message, Class<?> target) {
            super(p, message, p.currentTokenLocation());
            _targetType = target;
        }
    }

    static String token(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case VALUE_STRING -> "the text " + StrictValues.quote(p.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + StrictValues.quote(p.getString()).replace("\"", "");
            case VALUE_TRUE, VALUE_FALSE -> p.getString();
            case START_OBJECT, PROPERTY_NAME -> "an object";
            case START_ARRAY -> "a list";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }

    static final class StrictInteger extends StdScalarDeserializer<Integer> {
        StrictInteger() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
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
        StrictDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                BigDecimal value = p.getDecimalValue();
                String problem = StrictValues.decimalProblem(value);
                if (problem != null) {
                    throw new StrictInputException(p, StrictValues.quote(p.getString()).replace("\"", "") + " " + problem,
                            BigDecimal.class);
                }
                return value;
            }
            throw new StrictInputException(p, "expected a number, not " + token(p), BigDecimal.class);
        }
    }

    static final class StrictDate extends StdScalarDeserializer<LocalDate> {
        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    return StrictValues.isoDate(p.getString());
                } catch (IllegalArgumentException e) {
                    throw new StrictInputException(p, e.getMessage(), LocalDate.class);
                }
            }
            throw new StrictInputException(p, "expected a date written yyyy-mm-dd, not " + token(p), LocalDate.class);
        }
    }
}
