package io.volunteerrules.core.json;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** A field a request record does not have, with the fields it does have. */
public final class UnknownFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient List<String> knownFields;

    public UnknownFieldException(Class<?> type, String field) {
        super("unknown field \"" + field + "\" (known fields: " + String.join(", ", knownFields(type)) + ")");
        this.field = field;
        this.knownFields = knownFields(type);
    }

    /** The field's name as written. */
    public String field() {
        return field;
    }

    /** The fields of the record, in alphabetical order. */
    public List<String> knownFields() {
        return knownFields;
    }

    /** The JSON field names of a record: its components (plus {@code type} for a question), sorted. */
    public static List<String> knownFields(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return List.of();
        }
        return Arrays.stream(components).map(RecordComponent::getName).sorted().toList();
    }
}
