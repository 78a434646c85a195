package io.volunteerrules.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JSON (and YAML) form of requests and decisions. Unknown fields are errors, so that a typo
 * such as {@code birthdate} is reported rather than silently ignored. Dates are ISO strings. A
 * yes/no field that is absent or null is {@code false}; decimals are read exactly.
 */
public final class Json {

    private static final ObjectMapper JSON = configure(JsonMapper.builder()).build();
    private static final ObjectMapper YAML = configure(YAMLMapper.builder()).build();

    private Json() {
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
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
     * @throws InvalidRequestException naming the field, if the JSON does not fit the request's shape
     */
    public static EvaluationRequest readRequest(String json) {
        return read(json, EvaluationRequest.class, JSON);
    }

    /**
     * Reads a value of {@code type} with {@code mapper}, turning a mapping error into an
     * {@link InvalidRequestException} that names the field.
     */
    public static <T> T read(String text, Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonMappingException e) {
            throw new InvalidRequestException(List.of(violation(e)));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new InvalidRequestException(List.of(new Violation("", "malformed input" + where + ": "
                    + e.getOriginalMessage())));
        }
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

    /** Turns a Jackson mapping error into a violation with the JSON path of the field. */
    public static Violation violation(JsonMappingException e) {
        String path = path(e.getPath());
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            path = path(e.getPath());
            message = "unknown field (known fields: " + u.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof InvalidTypeIdException t) {
            message = "unknown type \"" + t.getTypeId() + "\"";
        } else if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                message = "\"" + f.getValue() + "\" is not one of " + Arrays.toString(target.getEnumConstants());
            } else {
                message = "cannot read \"" + f.getValue() + "\" as " + describe(target);
            }
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String original = e.getOriginalMessage();
            if (original != null && original.contains("missing type id")) {
                message = "missing \"type\"";
            } else if (original != null && original.contains("null")) {
                message = "must not be null";
            } else {
                message = "expected " + describe(m.getTargetType());
            }
        } else {
            message = firstLine(e.getOriginalMessage());
        }
        return new Violation(path, message);
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
