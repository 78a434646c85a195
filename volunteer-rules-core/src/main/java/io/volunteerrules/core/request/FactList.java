package io.volunteerrules.core.request;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One list of facts of an {@link EvaluationRequest} ({@code volunteers}, {@code serviceRecords}…), read
 * from the request's own record components: the fact lists are declared once, as components, and
 * everything that walks them (the request's facts, the validator's ids and references, the
 * engine's lookups) goes through these.
 */
public final class FactList {

    private static final List<FactList> ALL = read();
    private static final Map<Class<?>, FactList> BY_TYPE = byType(ALL);

    private final String name;
    private final Class<?> type;
    private final MethodHandle accessor;
    private final MethodHandle id;

    private FactList(String name, Class<?> type, MethodHandle accessor, MethodHandle id) {
        this.name = name;
        this.type = type;
        this.accessor = accessor;
        this.id = id;
    }

    /** The list's name in the request and in JSON ({@code serviceRecords}). */
    public String name() {
        return name;
    }

    /** The type of its facts ({@code ServiceRecord}). */
    public Class<?> type() {
        return type;
    }

    /** Every fact list of a request, in the order of the request's components; questions are not facts. */
    public static List<FactList> all() {
        return ALL;
    }

    /** The fact list holding facts of {@code type}, if the request has one. */
    public static Optional<FactList> of(Class<?> type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The facts of this list in {@code request}. */
    @SuppressWarnings("unchecked")
    public List<Object> in(EvaluationRequest request) {
        try {
            return (List<Object>) accessor.invokeExact(request);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + name + " of a request", e);
        }
    }

    /** Whether its facts have an {@code id} component. */
    public boolean hasIds() {
        return id != null;
    }

    /** The id of one of its facts; {@code null} if the fact has none. */
    public String idOf(Object fact) {
        try {
            return id == null ? null : (String) id.invokeExact(fact);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read the id of " + fact, e);
        }
    }

    /** What one of its facts is called in messages: {@code serviceRecords} gives {@code service record}. */
    public String noun() {
        String singular = name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        return singular.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }

    private static List<FactList> read() {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        List<FactList> out = new ArrayList<>();
        for (RecordComponent rc : EvaluationRequest.class.getRecordComponents()) {
            if (rc.getType() != List.class || rc.getName().equals("questions")) {
                continue;
            }
            Type element = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
            Class<?> type = (Class<?>) (element instanceof ParameterizedType p ? p.getRawType() : element);
            try {
                MethodHandle accessor = lookup.unreflect(rc.getAccessor())
                        .asType(MethodType.methodType(List.class, EvaluationRequest.class));
                MethodHandle id = null;
                if (type.isRecord()) {
                    Optional<RecordComponent> idComponent = Arrays.stream(type.getRecordComponents())
                            .filter(c -> c.getName().equals("id") && c.getType() == String.class).findFirst();
                    if (idComponent.isPresent()) {
                        id = lookup.unreflect(idComponent.get().getAccessor())
                                .asType(MethodType.methodType(String.class, Object.class));
                    }
                }
                out.add(new FactList(rc.getName(), type, accessor, id));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read the request's " + rc.getName(), e);
            }
        }
        return List.copyOf(out);
    }

    private static Map<Class<?>, FactList> byType(List<FactList> lists) {
        Map<Class<?>, FactList> out = new LinkedHashMap<>();
        for (FactList l : lists) {
            if (out.putIfAbsent(l.type(), l) != null) {
                throw new IllegalStateException("the request has two lists of " + l.type().getSimpleName());
            }
        }
        return Map.copyOf(out);
    }
}
