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

    private enum Kind { DATE, DECIMAL, TEXT, TEXTS, RECORD, LIST }

    private record Part(String name, Function<Object, Object> accessor, Kind kind) {
    }

    /** The dates, decimals, records and lists of a record type; empty for any other class. */
    private static final ClassValue<List<Part>> SHAPES = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    /** Adds a violation for each date or decimal out of bounds in the record {@code root}. */
    void check(Object root, List<Violation> out) {
        visit(root, new Trail(), out);
    }

    /**
     * Where the walk is: the component names and list indexes down to the current value. The path is
     * written out only for a value that fails, so a valid request (nearly all of them) writes none.
     */
    private static final class Trail {
        private String[] names = new String[8];
        private int[] indexes = new int[8];
        private int depth;

        void push(String name, int index) {
            if (depth == names.length) {
                names = java.util.Arrays.copyOf(names, depth * 2);
                indexes = java.util.Arrays.copyOf(indexes, depth * 2);
            }
            names[depth] = name;
            indexes[depth] = index;
            depth++;
        }

        void pop() {
            depth--;
        }

        /** {@code volunteers[0].courtDeclaration.declaredOn}: names joined by dots, indexes in brackets. */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                if (names[i] != null) {
                    if (!b.isEmpty()) {
                        b.append('.');
                    }
                    b.append(names[i]);
                } else {
                    b.append('[').append(indexes[i]).append(']');
                }
            }
            return b.toString();
        }
    }

    private void visit(Object bean, Trail path, List<Violation> out) {
        List<Part> parts = SHAPES.get(bean.getClass());
        for (Part part : parts) {
            Object value = part.accessor().apply(bean);
            if (value == null) {
                continue;
            }
            path.push(part.name(), 0);
            switch (part.kind()) {
                case DATE -> date((LocalDate) value, path, out);
                case DECIMAL -> decimal((BigDecimal) value, path, out);
                case TEXT -> text((String) value, path, out);
                case TEXTS -> {
                    List<?> items = (List<?>) value;
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i) instanceof String text) {
                            path.push(null, i);
                            text(text, path, out);
                            path.pop();
                        }
                    }
                }
                case RECORD -> visit(value, path, out);
                case LIST -> {
                    List<?> items = (List<?>) value;
                    for (int i = 0; i < items.size(); i++) {
                        Object item = items.get(i);
                        if (item != null && !SHAPES.get(item.getClass()).isEmpty()) {
                            path.push(null, i);
                            visit(item, path, out);
                            path.pop();
                        }
                    }
                }
                default -> throw new IllegalStateException();
            }
            path.pop();
        }
    }

    /** Whether a date lies within {@link #EARLIEST} to {@link #LATEST}. */
    static boolean inBounds(LocalDate d) {
        return !d.isBefore(EARLIEST) && !d.isAfter(LATEST);
    }

    private static void date(LocalDate d, Trail path, List<Violation> out) {
        if (!inBounds(d)) {
            out.add(new Violation(path.toString(), "must be a date from " + EARLIEST + " to " + LATEST));
        }
    }

    /**
     * Half of a surrogate pair is no character: JSON lets {@code "\\ud800"} through, and a name holding
     * one is printed as {@code ?}, or stored so by a database, so a certificate would not say what was
     * decided.
     */
    private static void text(String s, Trail path, List<Violation> out) {
        String problem = StrictValues.loneSurrogate(s);
        if (problem != null) {
            out.add(new Violation(path.toString(), problem));
        }
    }

    private static void decimal(BigDecimal d, Trail path, List<Violation> out) {
        String problem = StrictValues.decimalProblem(d);
        if (problem != null) {
            out.add(new Violation(path.toString(), problem));
        }
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

    private static Kind kind(RecordComponent c) {
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
