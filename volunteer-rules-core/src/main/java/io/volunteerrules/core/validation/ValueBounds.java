package io.volunteerrules.core.validation;

import io.volunteerrules.core.json.StrictValues;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every date and decimal anywhere in a request, checked for a sane size: dates within
 * {@link #EARLIEST} to {@link #LATEST} (the four-digit years of an ISO date), decimals as
 * {@link StrictValues#decimalProblem} says; and every text, checked to be characters (no half of a
 * surrogate pair). A request built in Java never passed the JSON reader's
 * checks, so a year −999999999 or a {@code 1E+10000000} can only be stopped here, before any date
 * arithmetic or message rendering spends time on it. One pass over the request, linear in its size.
 * Thread-safe.
 */
final class ValueBounds {

    /** The earliest date a request may hold. */
    static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
    /** The latest date a request may hold. */
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** What a record component holds, as far as bounds go. */
    enum Kind { DATE, DECIMAL, TEXT, TEXTS, RECORD, LIST }

    private record Part(String name, Function<Object, Object> accessor, Kind kind) {
    }

    /** The dates, decimals, texts, records and lists of a record type; empty for any other class. */
    private static final ClassValue<List<Part>> SHAPES = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    /**
     * Adds a violation for each value out of bounds in the record {@code root}. Only a request the
     * {@link QuickConstraintCheck} could not vouch for is walked here, so the path is built as it goes.
     */
    void check(Object root, List<Violation> out) {
        visit(root, new StringBuilder(), out);
    }

    private void visit(Object bean, StringBuilder path, List<Violation> out) {
        for (Part part : SHAPES.get(bean.getClass())) {
            Object value = part.accessor().apply(bean);
            if (value == null) {
                continue;
            }
            int mark = path.length();
            if (mark > 0) {
                path.append('.');
            }
            path.append(part.name());
            switch (part.kind()) {
                case DATE, DECIMAL, TEXT -> {
                    String problem = problem(part.kind(), value);
                    if (problem != null) {
                        out.add(new Violation(path.toString(), problem));
                    }
                }
                case RECORD -> visit(value, path, out);
                case TEXTS, LIST -> {
                    List<?> items = (List<?>) value;
                    int before = path.length();
                    for (int i = 0; i < items.size(); i++) {
                        Object item = items.get(i);
                        path.append('[').append(i).append(']');
                        if (part.kind() == Kind.LIST && item != null && !SHAPES.get(item.getClass()).isEmpty()) {
                            visit(item, path, out);
                        } else if (part.kind() == Kind.TEXTS && item instanceof String text) {
                            String problem = problem(Kind.TEXT, text);
                            if (problem != null) {
                                out.add(new Violation(path.toString(), problem));
                            }
                        }
                        path.setLength(before);
                    }
                }
                default -> throw new IllegalStateException();
            }
            path.setLength(mark);
        }
    }

    /**
     * What is wrong with a single value of this kind ({@code DATE}, {@code DECIMAL} or {@code TEXT}),
     * or null when it is within bounds. A date must lie from {@link #EARLIEST} to {@link #LATEST}; a
     * decimal be of sane size; a text hold no half of a surrogate pair, which is no character (JSON
     * lets {@code "\\ud800"} through, and a name holding one is printed as {@code ?}, or stored so by a
     * database, so a certificate would not say what was decided).
     */
    static String problem(Kind kind, Object value) {
        return switch (kind) {
            case DATE -> {
                LocalDate d = (LocalDate) value;
                yield d.isBefore(EARLIEST) || d.isAfter(LATEST) ? "must be a date from " + EARLIEST + " to " + LATEST : null;
            }
            case DECIMAL -> StrictValues.decimalProblem((BigDecimal) value);
            case TEXT -> StrictValues.loneSurrogate((String) value);
            default -> throw new IllegalArgumentException(kind + " is no single value");
        };
    }

    private static List<Part> shapeOf(Class<?> type) {
        List<Part> parts = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return parts;
        }
        for (RecordComponent c : components) {
            Kind kind = kind(c);
            if (kind != null) {
                parts.add(new Part(c.getName(), Accessors.of(c), kind));
            }
        }
        return List.copyOf(parts);
    }

    /**
     * What the component holds, as far as bounds go, or null when it holds nothing checked here. The
     * quick check asks the same question, so the two check the same values.
     */
    static Kind kind(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == LocalDate.class) {
            return Kind.DATE;
        }
        if (t == BigDecimal.class) {
            return Kind.DECIMAL;
        }
        if (t == String.class) {
            return Kind.TEXT;
        }
        if (t.isRecord()) {
            return Kind.RECORD;
        }
        if (List.class.isAssignableFrom(t) && c.getGenericType() instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            if (element instanceof Class<?> e && (e.isRecord() || e.isInterface())) {
                return Kind.LIST; // records, or questions (an interface whose kinds are records)
            }
            if (element == String.class) {
                return Kind.TEXTS;
            }
        }
        return null;
    }
}
