package io.volunteerrules.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The JSON (and YAML) form of requests and decisions, read strictly: an unknown field is an error,
 * so that a typo such as {@code birthdate} is reported rather than silently ignored; dates are ISO
 * strings ({@code yyyy-mm-dd}) and nothing else; enum values are names; whole numbers are whole;
 * a decimal of absurd size ({@code 1E+10000000}) or a number longer than
 * {@value StrictValues#MAX_NUMBER_LENGTH} characters is refused while it is read; one JSON document
 * per input. A yes/no field that is absent or null is {@code false}; decimals are read exactly.
 *
 * <p>The request types carry most of this in their annotations, so it holds with any mapper; the
 * rest comes with {@link VolunteerRulesJacksonModule}, which a host registers on its own mapper.
 * Every error names the field's path, the line and the column, in words rather than Jackson's.
 */
public final class Json {

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNumberLength(StrictValues.MAX_NUMBER_LENGTH)
            .maxNestingDepth(64)
            .build();
    private static final ObjectMapper JSON = configure(JsonMapper.builder(
            JsonFactory.builder().streamReadConstraints(CONSTRAINTS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())).build();
    private static final ObjectMapper YAML = configure(YAMLMapper.builder(
            YAMLFactory.builder().streamReadConstraints(CONSTRAINTS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())).build();

    /** U+FEFF, the byte-order mark: skipped at the start of an input, as RFC 8259 allows. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Json() {
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .addModule(new VolunteerRulesJacksonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);
    }

    /** The shared JSON mapper, configured as described above. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return JSON;
    }

    /** The shared YAML mapper (scenarios, parameter tables), configured like the JSON one. */
    public static ObjectMapper yamlMapper() {
        return YAML;
    }

    /**
     * Reads a request from JSON.
     *
     * @throws InvalidRequestException naming the field, line and column, if the JSON does not fit
     *                                 the request's shape; also for no input, blank input or a
     *                                 literal {@code null}
     */
    public static EvaluationRequest readRequest(String json) {
        return read(json, EvaluationRequest.class, JSON);
    }

    /**
     * Reads one value of {@code type} with {@code mapper}, turning any reading error into an
     * {@link InvalidRequestException} that names the field, line and column.
     *
     * @throws InvalidRequestException if the text is missing, blank, a literal {@code null}, not
     *                                 one well-formed document, or does not fit {@code type}
     */
    public static <T> T read(String text, Class<T> type, ObjectMapper mapper) {
        String what = type.getSimpleName();
        if (text != null && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            // what Windows editors put first; Jackson skips it in bytes, not in a string
            text = text.substring(1);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(List.of(new Violation("", "no input: expected one JSON object ("
                    + what + "), found " + (text == null || text.isEmpty() ? "nothing" : "only white space"))));
        }
        T value;
        try {
            value = mapper.readValue(text, type);
        } catch (JsonMappingException e) {
            throw new InvalidRequestException(List.of(violation(e)));
        } catch (StreamConstraintsException e) {
            throw new InvalidRequestException(List.of(new Violation("", constraint(e) + where(e.getLocation()))));
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(List.of(malformed(e)));
        }
        if (value == null) {
            throw new InvalidRequestException(List.of(new Violation("", "the input is null: expected one JSON object ("
                    + what + ")")));
        }
        return value;
    }

    /** Writes decisions (or anything else) as indented JSON. */
    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads one decision back from JSON. */
    public static Decision readDecision(String json) {
        return read(json, Decision.class, JSON);
    }

    /**
     * Why a YAML (or JSON) file cannot be read, in words, with its line and column: {@code (line 4,
     * column 1): expected the node content, but found the end of the file}. For the files staff edit
     * (parameter tables, scenarios, calendars), whose readers add the file's name; never quotes the
     * parser's internals.
     */
    public static String syntaxProblem(IOException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException y) {
            Mark mark = y.getProblemMark() != null ? y.getProblemMark() : y.getContextMark();
            String where = mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
            String problem = y.getProblem() == null ? "cannot be read" : firstLine(y.getProblem())
                    .replace("'<stream end>'", "the end of the file").replace("<stream end>", "the end of the file");
            return where + ": " + problem;
        }
        if (e instanceof JsonMappingException m) {
            Violation v = violation(m);
            return ": " + v;
        }
        if (e instanceof JsonProcessingException p) {
            return where(p.getLocation()) + ": " + syntax(p.getOriginalMessage());
        }
        return ": " + (e.getMessage() == null ? "cannot be read" : firstLine(e.getMessage()));
    }

    /**
     * A syntax error as a violation: {@code malformed input (line 2, column 17): unexpected close
     * marker '}': expected ']' (for the list opened at line 2, column 16)}, in words, never quoting
     * Jackson's internals. For readers of JSON other than {@link #read} (a web framework's).
     */
    public static Violation malformed(JsonProcessingException e) {
        if (e instanceof JsonMappingException m) {
            return violation(m);
        }
        String twice = duplicateField(e.getOriginalMessage());
        if (twice != null) {
            return new Violation(twice, GIVEN_TWICE + where(e.getLocation()));
        }
        return new Violation("", "malformed input" + where(e.getLocation()) + ": " + syntax(e.getOriginalMessage()));
    }

    private static final String GIVEN_TWICE = "is given twice in the same object; which value is meant would be a guess";

    /** The field a "Duplicate field 'x'" error names, or null for any other error. */
    private static String duplicateField(String original) {
        String prefix = "Duplicate field '";
        if (original == null || !original.startsWith(prefix) || original.indexOf('\'', prefix.length()) < 0) {
            return null;
        }
        return original.substring(prefix.length(), original.indexOf('\'', prefix.length()));
    }

    /**
     * Turns a Jackson mapping error into a violation with the JSON path of the field; the message
     * says what is wrong in words, where (line and column), and never quotes Jackson's internals.
     */
    public static Violation violation(JsonMappingException e) {
        String path = path(e.getPath());
        String at = where(e.getLocation());
        Throwable cause = e.getCause();
        String message;
        if (cause instanceof StreamConstraintsException c) {
            message = constraint(c);
            at = c.getLocation() != null ? where(c.getLocation()) : at;
        } else if (cause instanceof JsonParseException p && duplicateField(p.getOriginalMessage()) != null) {
            String field = duplicateField(p.getOriginalMessage());
            path = path.isEmpty() ? field : path + "." + field;
            message = GIVEN_TWICE;
            at = p.getLocation() != null ? where(p.getLocation()) : at;
        } else if (cause instanceof JsonParseException p) {
            // a syntax error met while reading a field's value: say so, as for one at the top level
            message = "malformed input" + (p.getLocation() != null ? where(p.getLocation()) : at) + ": "
                    + syntax(p.getOriginalMessage());
            at = "";
        } else if (cause instanceof UnknownFieldException u) {
            // a null value: the any-setter itself refused the field, which is already in the path
            String field = u.field();
            path = path.endsWith(field) ? path : path.isEmpty() ? field : path + "." + field;
            message = "unknown field (known fields: " + String.join(", ", u.knownFields()) + ")";
        } else if (e instanceof ValueInstantiationException && cause instanceof IllegalArgumentException
                && UnknownField.MESSAGE.equals(cause.getMessage())) {
            message = "unknown field (known fields: " + String.join(", ", knownFields(e.getPath())) + ")";
        } else if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown field (known fields: " + u.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof InvalidTypeIdException t) {
            message = t.getTypeId() == null ? "missing \"type\"" : "unknown type " + StrictValues.quote(t.getTypeId());
        } else if (e instanceof VolunteerRulesJacksonModule.StrictInputException) {
            message = e.getOriginalMessage();
        } else if (e instanceof ValueInstantiationException && cause instanceof IllegalArgumentException
                && cause.getClass() == IllegalArgumentException.class && cause.getMessage() != null) {
            // our own creators (enum names) explain themselves in lower case
            message = firstLine(cause.getMessage());
        } else if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            String value = f.getValue() == null ? "null" : StrictValues.quote(String.valueOf(f.getValue()));
            if (target != null && target.isEnum()) {
                message = value + " is not one of " + Arrays.toString(target.getEnumConstants());
            } else {
                message = "cannot read " + value + " as " + describe(target);
            }
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String original = e.getOriginalMessage();
            if (original != null && original.contains("missing type id")) {
                message = "missing \"type\"";
            } else if (original != null && original.contains("Cannot map `null`")) {
                message = "must not be null";
            } else if (original != null && original.startsWith("Trailing token")) {
                message = "unexpected content after the end of the JSON document (one document per input)";
            } else {
                message = "expected " + describe(m.getTargetType());
            }
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            message = "unexpected content after the end of the JSON document (one document per input)";
        } else {
            message = "cannot be read here";
        }
        return new Violation(path, message + at);
    }

    /** The JSON fields of the record at the end of a reference chain (the one a field is unknown to). */
    private static List<String> knownFields(List<JsonMappingException.Reference> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        Object from = refs.get(refs.size() - 1).getFrom();
        Class<?> type = from instanceof Class<?> c ? c : from == null ? Object.class : from.getClass();
        return UnknownFieldException.knownFields(type);
    }

    /** What a stream constraint refused, in words. */
    private static String constraint(StreamConstraintsException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Number value length")) {
            return "a number longer than " + StrictValues.MAX_NUMBER_LENGTH + " characters is refused";
        }
        if (original.contains("nesting depth")) {
            return "the input is nested too deep";
        }
        return "the input exceeds a size limit of the reader";
    }

    /** {@code " (line 3, column 17)"}, or nothing when the position is unknown. */
    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The gist of a syntax error: Jackson's first sentence, without its character codes. */
    private static String syntax(String original) {
        String s = firstLine(original);
        if (s.startsWith("Unexpected end-of-input")) {
            return "the input ends before the JSON document does";
        }
        if (s.startsWith("Trailing token") || s.contains("expected end-of-input")) {
            return "unexpected content after the end of the JSON document (one document per input)";
        }
        if (s.startsWith("Unrecognized token")) {
            int colon = s.indexOf(": was expecting");
            return "unrecognized text " + (colon < 0 ? s.substring("Unrecognized token ".length())
                    : s.substring("Unrecognized token ".length(), colon));
        }
        if (duplicateField(s) != null) {
            return "the field " + StrictValues.quote(duplicateField(s)) + " " + GIVEN_TWICE;
        }
        // Jackson's advice to the programmer (a feature to enable) means nothing to the sender
        s = s.replaceAll(": enable `[A-Za-z_.]+` to allow", ": JSON has no such value")
                .replace("maybe a (non-standard) comment? ", "JSON has no comments ")
                .replaceAll(" ?\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .replace("Leading zeroes not allowed", "a number must not start with 0");
        s = s.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\(CTRL-CHAR, code \\d+\\)", "control character");
        // "(for Array starting at [Source: …; line: 2, column: 16])": where the list or object opened
        s = s.replaceAll("\\(for Array starting at \\[Source: .*?; line: (\\d+), column: (\\d+)]\\)",
                "(for the list opened at line $1, column $2)");
        s = s.replaceAll("\\(for Object starting at \\[Source: .*?; line: (\\d+), column: (\\d+)]\\)",
                "(for the object opened at line $1, column $2)");
        s = s.replaceAll("\\(for root starting at \\[Source: .*?]\\)", "");
        // whatever else quotes Jackson's source description
        s = s.replaceAll("\\s*\\[Source: .*?]", "");
        s = s.isEmpty() ? "cannot be read" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        if (type == java.math.BigDecimal.class || Number.class.isAssignableFrom(type) || type == int.class
                || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a text";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "cannot be read";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** {@code volunteers[2].birthDate} from Jackson's reference chain. */
    public static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
