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
import java.io.UncheckedIOException;
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
 * {@code volunteer-rules-jackson3} does the same; what both check is written once, in
 * {@link StrictScalars}.
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
            if (!(a instanceof AnnotatedMember m)) {
                return null;
            }
            StrictScalars.Kind kind = StrictScalars.kindOf(m.getDeclaringClass(), a.getRawType());
            if (kind == null) {
                return null;
            }
            return switch (kind) {
                case WHOLE_NUMBER -> StrictInteger.INSTANCE;
                case DECIMAL -> StrictDecimal.INSTANCE;
                case DATE -> StrictDate.INSTANCE;
            };
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
            case START_OBJECT, FIELD_NAME -> StrictScalars.Token.OBJECT;
            case START_ARRAY -> StrictScalars.Token.LIST;
            case VALUE_NULL -> StrictScalars.Token.NULL;
            default -> StrictScalars.Token.OTHER;
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
            try {
                return StrictScalars.wholeNumber(token(p), p.getText(), () -> numberType(p) == JsonParser.NumberType.INT,
                        () -> intValue(p));
            } catch (IllegalArgumentException e) {
                throw new StrictInputException(p, e.getMessage(), Integer.class);
            }
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
            try {
                return StrictScalars.decimal(token(p), p.getText(), () -> decimalValue(p));
            } catch (IllegalArgumentException e) {
                throw new StrictInputException(p, e.getMessage(), BigDecimal.class);
            }
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
            try {
                return StrictScalars.date(token(p), p.getText());
            } catch (IllegalArgumentException e) {
                throw new StrictInputException(p, e.getMessage(), LocalDate.class);
            }
        }
    }

    // Jackson 2's parser reads numbers with a checked IOException; the suppliers above cannot throw one

    private static JsonParser.NumberType numberType(JsonParser p) {
        try {
            return p.getNumberType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int intValue(JsonParser p) {
        try {
            return p.getIntValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal decimalValue(JsonParser p) {
        try {
            return p.getDecimalValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
