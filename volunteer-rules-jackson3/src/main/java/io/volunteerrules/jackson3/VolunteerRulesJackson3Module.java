package io.volunteerrules.jackson3;

import io.volunteerrules.core.json.StrictScalars;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * never read from strings, and dates need a four-digit year. What is checked is written once, in the
 * core's {@link StrictScalars}, which the Jackson 2 module calls too, so both Jacksons refuse the same
 * inputs in the same words: this module only says which token its parser is at. Jackson 3 reads {@code java.time}
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
            if (!(a instanceof AnnotatedMember m)) {
                return null;
            }
            StrictScalars.Kind kind = StrictScalars.kindOf(m.getDeclaringClass(), a.getRawType());
            if (kind == null) {
                return null;
            }
            return switch (kind) {
                case WHOLE_NUMBER -> new StrictInteger();
                case DECIMAL -> new StrictDecimal();
                case DATE -> new StrictDate();
            };
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

    /** The parser's token in the terms of {@link StrictScalars}, which decides everything else. */
    static StrictScalars.Token token(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return StrictScalars.Token.NONE;
        }
        return switch (t) {
            case VALUE_STRING -> StrictScalars.Token.STRING;
            case VALUE_NUMBER_INT -> StrictScalars.Token.WHOLE_NUMBER;
            case VALUE_NUMBER_FLOAT -> StrictScalars.Token.DECIMAL_NUMBER;
            case VALUE_TRUE -> StrictScalars.Token.TRUE;
            case VALUE_FALSE -> StrictScalars.Token.FALSE;
            case START_OBJECT, PROPERTY_NAME -> StrictScalars.Token.OBJECT;
            case START_ARRAY -> StrictScalars.Token.LIST;
            case VALUE_NULL -> StrictScalars.Token.NULL;
            default -> StrictScalars.Token.OTHER;
        };
    }

    static final class StrictInteger extends StdScalarDeserializer<Integer> {
        StrictInteger() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return StrictScalars.wholeNumber(token(p), p.getString(), () -> p.getNumberType() == JsonParser.NumberType.INT,
                        p::getIntValue);
            } catch (IllegalArgumentException e) {
                throw new StrictInputException(p, e.getMessage(), Integer.class);
            }
        }
    }

    static final class StrictDecimal extends StdScalarDeserializer<BigDecimal> {
        StrictDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return StrictScalars.decimal(token(p), p.getString(), p::getDecimalValue);
            } catch (IllegalArgumentException e) {
                throw new StrictInputException(p, e.getMessage(), BigDecimal.class);
            }
        }
    }

    static final class StrictDate extends StdScalarDeserializer<LocalDate> {
        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return StrictScalars.date(token(p), p.getString());
            } catch (IllegalArgumentException e) {
                throw new StrictInputException(p, e.getMessage(), LocalDate.class);
            }
        }
    }
}
