package io.volunteerrules.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A quick test that a request certainly satisfies its Jakarta constraints, so that the full
 * validator (which builds property paths and messages, and costs tens of microseconds a request)
 * runs only when something may be wrong. It answers "certainly valid" or "don't know", never "invalid":
 * on "don't know" the full validator runs and reports exactly as before.
 *
 * <p>It reads the constraints from the records' own annotations (on components and on list element
 * types), so new facts and fields are covered without change here. It knows the simple built-in
 * constraints ({@code NotNull}, {@code NotBlank}, {@code NotEmpty}, {@code Positive},
 * {@code PositiveOrZero}, {@code Min}, {@code Max}, {@code DecimalMin}, {@code DecimalMax}) and
 * {@code @Valid} cascades; a class with any other constraint, with validation groups, or with
 * constraints outside its record components is left to the full validator entirely.
 *
 * <p>In the same walk it vouches for what {@link ValueBounds} checks: every date within its bounds,
 * every decimal of a sane size, every text (and text of a list) free of half surrogate pairs, in
 * records and lists of records whether or not they cascade. A request it vouches for therefore needs
 * neither ValueBounds' walk nor the full validator's. Thread-safe.
 */
final class QuickConstraintCheck {

    /** A check of one value; {@code false} means "don't know". */
    private interface Check {
        boolean ok(Object value);
    }

    /** The checks of one record class, or {@code null} if the class is not understood. */
    private record Shape(Function<Object, Object>[] accessors, Check[][] checks) {
    }

    private static final Shape UNKNOWN = new Shape(null, null);

    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    /** Whether the value (a record) certainly satisfies every constraint reachable from it. */
    boolean certainlyValid(Object root) {
        try {
            return valid(root);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private boolean valid(Object bean) throws ReflectiveOperationException {
        Shape shape = shapes.computeIfAbsent(bean.getClass(), this::shapeOf);
        if (shape == UNKNOWN) {
            return false;
        }
        Function<Object, Object>[] accessors = shape.accessors();
        for (int i = 0; i < accessors.length; i++) {
            Object value = accessors[i].apply(bean);
            for (Check c : shape.checks()[i]) {
                if (!c.ok(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Shape shapeOf(Class<?> type) {
        if (!type.isRecord() || hasConstraint(type.getAnnotations())) {
            return UNKNOWN;
        }
        // constraints on other methods (getters) or inherited ones are not understood here
        for (Method m : type.getDeclaredMethods()) {
            if (hasConstraint(m.getAnnotations()) && !isAccessor(type, m)) {
                return UNKNOWN;
            }
        }
        for (Class<?> i : type.getInterfaces()) {
            for (Method m : i.getMethods()) {
                if (hasConstraint(m.getAnnotations())) {
                    return UNKNOWN;
                }
            }
        }
        RecordComponent[] components = type.getRecordComponents();
        @SuppressWarnings("unchecked")
        Function<Object, Object>[] accessors = new Function[components.length];
        Check[][] checks = new Check[components.length][];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            Field field;
            try {
                field = type.getDeclaredField(rc.getName());
            } catch (NoSuchFieldException e) {
                return UNKNOWN;
            }
            List<Check> list = new ArrayList<>();
            List<Annotation> own = new ArrayList<>(List.of(field.getAnnotations()));
            own.addAll(List.of(field.getAnnotatedType().getAnnotations()));
            own.addAll(List.of(rc.getAccessor().getAnnotations()));
            boolean cascade = false;
            for (Annotation a : own) {
                if (a instanceof Valid) {
                    cascade = true;
                } else if (isConstraint(a)) {
                    Check c = check(a);
                    if (c == null) {
                        return UNKNOWN;
                    }
                    list.add(c);
                }
            }
            // what ValueBounds checks, in the same walk: the values it would look at, as it classes them
            ValueBounds.Kind bounded = ValueBounds.kind(rc);
            if (bounded == ValueBounds.Kind.DATE || bounded == ValueBounds.Kind.DECIMAL
                    || bounded == ValueBounds.Kind.TEXT) {
                list.add(v -> v == null || ValueBounds.problem(bounded, v) == null);
            } else if (bounded == ValueBounds.Kind.RECORD) {
                cascade = true;
            }
            AnnotatedType annotated = rc.getAnnotatedType();
            if (annotated instanceof AnnotatedParameterizedType p) {
                AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
                if (!Collection.class.isAssignableFrom(rc.getType()) && hasAnyAnnotation(args)) {
                    return UNKNOWN;
                }
                if (Collection.class.isAssignableFrom(rc.getType()) && args.length == 1) {
                    if (args[0] instanceof AnnotatedParameterizedType nested
                            && hasAnyAnnotation(nested.getAnnotatedActualTypeArguments())) {
                        return UNKNOWN;
                    }
                    List<Check> element = new ArrayList<>();
                    boolean elementCascade = cascade;
                    if (bounded == ValueBounds.Kind.TEXTS) {
                        element.add(v -> !(v instanceof String) || ValueBounds.problem(ValueBounds.Kind.TEXT, v) == null);
                    } else if (bounded == ValueBounds.Kind.LIST) {
                        elementCascade = true;
                    }
                    for (Annotation a : args[0].getAnnotations()) {
                        if (a instanceof Valid) {
                            elementCascade = true;
                        } else if (isConstraint(a)) {
                            Check c = check(a);
                            if (c == null) {
                                return UNKNOWN;
                            }
                            element.add(c);
                        }
                    }
                    cascade = false;
                    if (!element.isEmpty() || elementCascade) {
                        Check[] each = element.toArray(Check[]::new);
                        boolean deep = elementCascade;
                        list.add(new Check() {
                            @Override
                            public boolean ok(Object value) {
                                return value == null || elements((Collection<?>) value, each, deep);
                            }
                        });
                    }
                }
            } else if (annotated.getAnnotations().length > 0 && rc.getType().isArray()) {
                return UNKNOWN;
            }
            if (cascade) {
                list.add(new Check() {
                    @Override
                    public boolean ok(Object value) {
                        return value == null || cascadeInto(value);
                    }
                });
            }
            try {
                accessors[i] = Accessors.of(rc);
            } catch (IllegalStateException e) {
                return UNKNOWN;
            }
            checks[i] = list.toArray(Check[]::new);
        }
        // read only the components that carry some check
        List<Function<Object, Object>> used = new ArrayList<>();
        List<Check[]> usedChecks = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            if (checks[i].length > 0) {
                used.add(accessors[i]);
                usedChecks.add(checks[i]);
            }
        }
        @SuppressWarnings("unchecked")
        Function<Object, Object>[] usedAccessors = used.toArray(Function[]::new);
        return new Shape(usedAccessors, usedChecks.toArray(Check[][]::new));
    }

    private boolean elements(Collection<?> values, Check[] each, boolean cascade) {
        for (Object v : values) {
            for (Check c : each) {
                if (!c.ok(v)) {
                    return false;
                }
            }
            if (cascade && v != null && !cascadeInto(v)) {
                return false;
            }
        }
        return true;
    }

    private boolean cascadeInto(Object value) {
        if (value instanceof Collection<?> || value instanceof Map<?, ?> || value.getClass().isArray()) {
            return false;
        }
        if (value instanceof Enum<?> || value instanceof String || value instanceof Number) {
            return true;
        }
        try {
            return valid(value);
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static boolean isAccessor(Class<?> type, Method m) {
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getAccessor().equals(m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAnyAnnotation(AnnotatedType[] types) {
        for (AnnotatedType t : types) {
            if (t.getAnnotations().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasConstraint(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (isConstraint(a) || a instanceof Valid) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConstraint(Annotation a) {
        return a.annotationType().isAnnotationPresent(Constraint.class)
                || a.annotationType().getName().startsWith("jakarta.validation.constraints.")
                || a.annotationType().getName().startsWith("org.hibernate.validator.constraints.");
    }

    /** The check of a known constraint without groups, or {@code null}. */
    private static Check check(Annotation a) {
        try {
            Object groups = a.annotationType().getMethod("groups").invoke(a);
            if (((Class<?>[]) groups).length > 0) {
                return null;
            }
        } catch (ReflectiveOperationException e) {
            return null;
        }
        if (a instanceof NotNull) {
            return Objects::nonNull;
        }
        if (a instanceof NotBlank) {
            return v -> v instanceof CharSequence s && hasVisibleCharacter(s);
        }
        if (a instanceof NotEmpty) {
            return v -> v instanceof CharSequence s ? s.length() > 0
                    : v instanceof Collection<?> c ? !c.isEmpty() : v instanceof Map<?, ?> m && !m.isEmpty();
        }
        if (a instanceof PositiveOrZero) {
            return v -> v == null || sign(v) >= 0 && sign(v) != 2;
        }
        if (a instanceof Positive) {
            return v -> v == null || sign(v) == 1;
        }
        if (a instanceof Max max) {
            BigDecimal limit = BigDecimal.valueOf(max.value());
            return v -> v == null || exact(v) != null && exact(v).compareTo(limit) <= 0;
        }
        if (a instanceof Min min) {
            BigDecimal limit = BigDecimal.valueOf(min.value());
            return v -> v == null || exact(v) != null && exact(v).compareTo(limit) >= 0;
        }
        if (a instanceof DecimalMin min) {
            BigDecimal limit = new BigDecimal(min.value());
            boolean inclusive = min.inclusive();
            return v -> v == null || exact(v) != null && (inclusive ? exact(v).compareTo(limit) >= 0 : exact(v).compareTo(limit) > 0);
        }
        if (a instanceof DecimalMax max) {
            BigDecimal limit = new BigDecimal(max.value());
            boolean inclusive = max.inclusive();
            return v -> v == null || exact(v) != null && (inclusive ? exact(v).compareTo(limit) <= 0 : exact(v).compareTo(limit) < 0);
        }
        return null;
    }

    /**
     * Whether some character is neither white space nor a control character: stricter than both
     * readings of "not blank" ({@code trim()} and {@code isBlank()}), so never more lenient.
     */
    private static boolean hasVisibleCharacter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7f || c >= 0xa0 && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }

    /** The value as an exact decimal, for integral types and BigDecimal only; {@code null} otherwise. */
    private static BigDecimal exact(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        return null;
    }

    /** -1, 0 or 1 for an exact number; 2 for anything else ("don't know"). */
    private static int sign(Object v) {
        BigDecimal d = exact(v);
        return d == null ? 2 : d.signum();
    }
}
