package io.volunteerrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.request.EvaluationRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every type a request is made of is strict by its own annotations, so a field added later cannot
 * slip past a host's lenient mapper: each record refuses unknown fields ({@link StrictFields}), each
 * date is an {@link IsoDate}, each yes/no field is {@link FalseWhenAbsent}, each enum reads names only.
 */
class StrictTypesTest {

    /** The record and enum types reachable from a request, questions' kinds included. */
    private static Set<Class<?>> requestTypes() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(EvaluationRequest.class));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!seen.add(c)) {
                continue;
            }
            if (c.isSealed()) {
                todo.addAll(List.of(c.getPermittedSubclasses()));
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    for (Class<?> t : types(rc.getGenericType())) {
                        if (t.isRecord() || t.isEnum() || t.isSealed()) {
                            todo.add(t);
                        }
                    }
                }
            }
        }
        return seen;
    }

    private static List<Class<?>> types(Type t) {
        List<Class<?>> out = new ArrayList<>();
        if (t instanceof Class<?> c) {
            out.add(c);
        } else if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                out.addAll(types(a));
            }
        }
        return out;
    }

    @Test
    void every_request_type_is_strict_by_its_annotations() {
        Set<Class<?>> types = requestTypes();
        assertThat(types).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        for (Class<?> c : types) {
            if (c.isRecord()) {
                if (!StrictFields.class.isAssignableFrom(c)) {
                    problems.add(c.getSimpleName() + " does not implement StrictFields");
                }
                for (RecordComponent rc : c.getRecordComponents()) {
                    if (rc.getType() == LocalDate.class && !rc.getAccessor().isAnnotationPresent(IsoDate.class)) {
                        problems.add(c.getSimpleName() + "." + rc.getName() + " is not @IsoDate");
                    }
                    if (rc.getType() == boolean.class && !rc.getAccessor().isAnnotationPresent(FalseWhenAbsent.class)) {
                        problems.add(c.getSimpleName() + "." + rc.getName() + " is not @FalseWhenAbsent");
                    }
                }
            } else if (c.isEnum()) {
                boolean creator = false;
                for (Method m : c.getDeclaredMethods()) {
                    creator |= Modifier.isStatic(m.getModifiers()) && m.isAnnotationPresent(JsonCreator.class);
                }
                if (!creator) {
                    problems.add(c.getSimpleName() + " has no @JsonCreator reading names only");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
