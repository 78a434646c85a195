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

    /** A check of one value; {@code false} means "don't know". Only for the rarer constraints. */
    private interface Check {
        boolean ok(Object value);
    }

    // the common checks of a value, as bits: one method tests them all, without a call per check
    private static final int NOT_NULL = 1;
    private static final int NOT_BLANK = 1 << 1;
    private static final int NOT_EMPTY = 1 << 2;
    private static final int POSITIVE = 1 << 3;
    private static final int POSITIVE_OR_ZERO = 1 << 4;
    private static final int DATE = 1 << 5;
    private static final int DECIMAL = 1 << 6;
    private static final int TEXT = 1 << 7;
    private static final int CASCADE = 1 << 8;
    private static final int ELEMENTS = 1 << 9;
    /** A null value passes unless one of these is asked for; every other check lets null through. */
    private static final int REQUIRED = NOT_NULL | NOT_BLANK | NOT_EMPTY;

    private static final Check[] NONE = new Check[0];

    /** What is checked of one value: the bits above, the rarer checks, and for a list its elements'. */
    private record Checks(int flags, Check[] others, Checks elements) {
    }

    /** One record component that carries some check, and how to read it. */
    private record Slot(Function<Object, Object> read, Checks checks) {
    }

    /** The checks of one record class, or {@link #UNKNOWN} if the class is not understood. */
    private record Shape(Slot[] slots) {
    }

    private static final Shape UNKNOWN = new Shape(null);

    /** Shapes depend only on the class, so all instances share them. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    /** Whether the value (a record) certainly satisfies every constraint reachable from it. */
    boolean certainlyValid(Object root) {
        try {
            return valid(root);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean valid(Object bean) {
        Slot[] slots = SHAPES.get(bean.getClass()).slots();
        if (slots == null) {
            return false;
        }
        for (Slot slot : slots) {
            if (!ok(slot.read().apply(bean), slot.checks())) {
                return false;
            }
        }
        return true;
    }

    private static boolean ok(Object v, Checks checks) {
        int flags = checks.flags();
        if (v == null) {
            return (flags & REQUIRED) == 0;
        }
        if ((flags & NOT_BLANK) != 0 && !(v instanceof CharSequence s && hasVisibleCharacter(s))) {
            return false;
        }
        if ((flags & NOT_EMPTY) != 0 && !notEmpty(v)) {
            return false;
        }
        if ((flags & (POSITIVE | POSITIVE_OR_ZERO)) != 0) {
            int sign = exactCompare(v, 0);
            if (sign == 2 || sign < 0 || sign == 0 && (flags & POSITIVE) != 0) {
                return false;
            }
        }
        if ((flags & TEXT) != 0 && v instanceof String && ValueBounds.problem(ValueBounds.Kind.TEXT, v) != null) {
            return false;
        }
        if ((flags & DATE) != 0 && ValueBounds.problem(ValueBounds.Kind.DATE, v) != null) {
            return false;
        }
        if ((flags & DECIMAL) != 0 && ValueBounds.problem(ValueBounds.Kind.DECIMAL, v) != null) {
            return false;
        }
        for (Check c : checks.others()) {
            if (!c.ok(v)) {
                return false;
            }
        }
        if ((flags & ELEMENTS) != 0) {
            if (!(v instanceof Collection<?> values)) {
                return false;
            }
            Checks each = checks.elements();
            for (Object e : values) {
                if (!ok(e, each)) {
                    return false;
                }
            }
        }
        return (flags & CASCADE) == 0 || cascadeInto(v);
    }

    private static Shape shapeOf(Class<?> type) {
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
        List<Slot> slots = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            Field field;
            try {
                field = type.getDeclaredField(rc.getName());
            } catch (NoSuchFieldException e) {
                return UNKNOWN;
            }
            List<Annotation> own = new ArrayList<>(List.of(field.getAnnotations()));
            own.addAll(List.of(field.getAnnotatedType().getAnnotations()));
            own.addAll(List.of(rc.getAccessor().getAnnotations()));
            Builder value = new Builder();
            for (Annotation a : own) {
                if (a instanceof Valid) {
                    value.flags |= CASCADE;
                } else if (isConstraint(a) && !value.add(a)) {
                    return UNKNOWN;
                }
            }
            // what ValueBounds checks, in the same walk: the values it would look at, as it classes them
            ValueBounds.Kind bounded = ValueBounds.kind(rc);
            if (bounded == ValueBounds.Kind.DATE) {
                value.flags |= DATE;
            } else if (bounded == ValueBounds.Kind.DECIMAL) {
                value.flags |= DECIMAL;
            } else if (bounded == ValueBounds.Kind.TEXT) {
                value.flags |= TEXT;
            } else if (bounded == ValueBounds.Kind.RECORD) {
                value.flags |= CASCADE;
            }
            Checks elements = null;
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
                    Builder element = new Builder();
                    // a cascade on the list itself is a cascade into each of its elements
                    element.flags |= value.flags & CASCADE;
                    value.flags &= ~CASCADE;
                    if (bounded == ValueBounds.Kind.TEXTS) {
                        element.flags |= TEXT;
                    } else if (bounded == ValueBounds.Kind.LIST) {
                        element.flags |= CASCADE;
                    }
                    for (Annotation a : args[0].getAnnotations()) {
                        if (a instanceof Valid) {
                            element.flags |= CASCADE;
                        } else if (isConstraint(a) && !element.add(a)) {
                            return UNKNOWN;
                        }
                    }
                    if (element.flags != 0 || !element.others.isEmpty()) {
                        value.flags |= ELEMENTS;
                        elements = element.build(null);
                    }
                }
            } else if (annotated.getAnnotations().length > 0 && rc.getType().isArray()) {
                return UNKNOWN;
            }
            if (value.flags == 0 && value.others.isEmpty()) {
                continue; // read only the components that carry some check
            }
            try {
                slots.add(new Slot(Accessors.of(rc), value.build(elements)));
            } catch (IllegalStateException e) {
                return UNKNOWN;
            }
        }
        return new Shape(slots.toArray(Slot[]::new));
    }

    /** Collects the checks of one value. */
    private static final class Builder {
        int flags;
        final List<Check> others = new ArrayList<>();

        /** Adds the check of a known constraint without groups; {@code false} for any other. */
        boolean add(Annotation a) {
            try {
                Object groups = a.annotationType().getMethod("groups").invoke(a);
                if (((Class<?>[]) groups).length > 0) {
                    return false;
                }
            } catch (ReflectiveOperationException e) {
                return false;
            }
            if (a instanceof NotNull) {
                flags |= NOT_NULL;
            } else if (a instanceof NotBlank) {
                flags |= NOT_BLANK;
            } else if (a instanceof NotEmpty) {
                flags |= NOT_EMPTY;
            } else if (a instanceof PositiveOrZero) {
                flags |= POSITIVE_OR_ZERO;
            } else if (a instanceof Positive) {
                flags |= POSITIVE;
            } else {
                Check c = check(a);
                if (c == null) {
                    return false;
                }
                others.add(c);
            }
            return true;
        }

        Checks build(Checks elements) {
            return new Checks(flags, others.isEmpty() ? NONE : others.toArray(Check[]::new), elements);
        }
    }

    private static boolean notEmpty(Object v) {
        return v instanceof CharSequence s ? s.length() > 0
                : v instanceof Collection<?> c ? !c.isEmpty() : v instanceof Map<?, ?> m && !m.isEmpty();
    }

    private static boolean cascadeInto(Object value) {
        if (value instanceof Collection<?> || value instanceof Map<?, ?> || value.getClass().isArray()) {
            return false;
        }
        if (value instanceof Enum<?> || value instanceof String || value instanceof Number) {
            return true;
        }
        return valid(value);
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

    /** The check of one of the rarer known constraints (minimum and maximum), or {@code null}. */
    private static Check check(Annotation a) {
        if (a instanceof Max max) {
            long limit = max.value();
            return v -> exactCompare(v, limit) <= 0;
        }
        if (a instanceof Min min) {
            long limit = min.value();
            return v -> { int c = exactCompare(v, limit); return c != 2 && c >= 0; };
        }
        if (a instanceof DecimalMin min) {
            BigDecimal limit = new BigDecimal(min.value());
            boolean inclusive = min.inclusive();
            return v -> exact(v) != null && (inclusive ? exact(v).compareTo(limit) >= 0 : exact(v).compareTo(limit) > 0);
        }
        if (a instanceof DecimalMax max) {
            BigDecimal limit = new BigDecimal(max.value());
            boolean inclusive = max.inclusive();
            return v -> exact(v) != null && (inclusive ? exact(v).compareTo(limit) <= 0 : exact(v).compareTo(limit) < 0);
        }
        return null;
    }

    /** -1, 0 or 1 as an exact number is below, at or above the limit; 2 for anything else ("don't know"). */
    private static int exactCompare(Object v, long limit) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Long.compare(((Number) v).longValue(), limit);
        }
        BigDecimal d = exact(v);
        return d == null ? 2 : d.compareTo(BigDecimal.valueOf(limit));
    }

    /**
     * Whether some character is neither white space nor a control character: stricter than both
     * readings of "not blank" ({@code trim()} and {@code isBlank()}), so never more lenient.
     */
    static boolean hasVisibleCharacter(CharSequence s) {
        if (s instanceof String text) {
            // most texts start with a visible character: a name, an id
            if (!text.isEmpty() && visible(text.charAt(0))) {
                return true;
            }
        }
        for (int i = 0; i < s.length(); i++) {
            if (visible(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean visible(char c) {
        // no character above U+3000 (the ideographic space) is white space or a space character
        return c > ' ' && c < 0x7f || c > 0x3000 || c >= 0xa0 && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
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
}
