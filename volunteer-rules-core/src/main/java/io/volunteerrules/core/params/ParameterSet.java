package io.volunteerrules.core.params;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The parameter values in force on one date: what the rules read their numbers from. Immutable.
 * Rules call the typed readers, e.g. {@code integer("capacity.full-age")}. Reading a key no table
 * defines is an {@link UnknownParameterException}, reading a parameter as another type than its
 * table's a {@link ParameterTypeException}: both name the key.
 */
public final class ParameterSet {

    private final LocalDate date;
    private final Map<String, Object> values;
    private final String reader;
    private final java.util.Set<String> reads;

    public ParameterSet(LocalDate date, Map<String, Object> values) {
        this(date, Map.copyOf(values), null, null);
    }

    private ParameterSet(LocalDate date, Map<String, Object> values, String reader, java.util.Set<String> reads) {
        this.date = date;
        this.values = values;
        this.reader = reader;
        this.reads = reads;
    }

    /**
     * The same values, seen by one reader (a rule, by name) that records into {@code reads} every
     * key read through this view: how tools learn which parameters each rule reads, its conditions,
     * its consequence and the helpers it hands the set to alike.
     */
    public ParameterSet readBy(String reader, java.util.Set<String> reads) {
        return new ParameterSet(date, values, java.util.Objects.requireNonNull(reader, "reader must not be null"),
                java.util.Objects.requireNonNull(reads, "reads must not be null"));
    }

    /** The reader this view was made for by {@link #readBy}; null for the set itself. */
    public String reader() {
        return reader;
    }

    /** The date the values are in force on. */
    public LocalDate date() {
        return date;
    }

    /** Every value by key. */
    public Map<String, Object> values() {
        return values;
    }

    /** An integer parameter. @throws UnknownParameterException if no table defines it; ParameterTypeException if it is of another type */
    public int integer(String key) {
        return get(key, Integer.class);
    }

    /**
     * A decimal parameter (an integer one is widened).
     *
     * @throws UnknownParameterException if no table defines it
     * @throws ParameterTypeException    if it is of another type
     */
    public BigDecimal decimal(String key) {
        Object v = value(key);
        if (v instanceof Integer i) {
            return BigDecimal.valueOf(i);
        }
        return get(key, BigDecimal.class);
    }

    /** A boolean parameter. @throws UnknownParameterException if no table defines it; ParameterTypeException if it is of another type */
    public boolean flag(String key) {
        return get(key, Boolean.class);
    }

    /** A text parameter. @throws UnknownParameterException if no table defines it; ParameterTypeException if it is of another type */
    public String text(String key) {
        return get(key, String.class);
    }

    /** A date parameter. @throws UnknownParameterException if no table defines it; ParameterTypeException if it is of another type */
    public LocalDate date(String key) {
        return get(key, LocalDate.class);
    }

    /** A list parameter. @throws UnknownParameterException if no table defines it; ParameterTypeException if it is of another type */
    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        return get(key, List.class);
    }

    /** Whether a list parameter holds {@code item} (compared by its name, for enums). */
    public boolean listContains(String key, Object item) {
        if (item == null) {
            return false;
        }
        String name = item instanceof Enum<?> e ? e.name() : item.toString();
        return list(key).contains(name);
    }

    /** Keys read on this thread while {@link #recordingReads} runs; null (nothing recorded) otherwise. */
    private static final ThreadLocal<java.util.Set<String>> READS = new ThreadLocal<>();

    /**
     * Runs {@code work} and adds to {@code reads} every key that a typed reader was asked for on this
     * thread meanwhile: how tools learn which parameters an evaluation used (a rules engine evaluates
     * on the calling thread).
     */
    public static <T> T recordingReads(java.util.Set<String> reads, java.util.function.Supplier<T> work) {
        java.util.Set<String> outer = READS.get();
        READS.set(reads);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                READS.remove();
            } else {
                READS.set(outer);
            }
        }
    }

    private Object value(String key) {
        java.util.Set<String> recording = READS.get();
        if (recording != null) {
            recording.add(key);
        }
        if (reads != null) {
            reads.add(key);
        }
        Object v = values.get(key);
        if (v == null) {
            throw new UnknownParameterException(key, date);
        }
        return v;
    }

    private <T> T get(String key, Class<T> type) {
        Object v = value(key);
        if (!type.isInstance(v)) {
            throw new ParameterTypeException(key, typeName(v.getClass()), typeName(type));
        }
        return type.cast(v);
    }

    /** The name of a value's type as a table declares it (integer, decimal, boolean, text, list, date). */
    private static String typeName(Class<?> type) {
        return Integer.class.isAssignableFrom(type) ? "integer" : BigDecimal.class.isAssignableFrom(type) ? "decimal"
                : Boolean.class.isAssignableFrom(type) ? "boolean" : String.class.isAssignableFrom(type) ? "text"
                : List.class.isAssignableFrom(type) ? "list" : LocalDate.class.isAssignableFrom(type) ? "date"
                : type.getSimpleName();
    }

    @Override
    public String toString() {
        return "ParameterSet[" + date + ", " + values.size() + " values" + (reader == null ? "" : ", read by " + reader) + "]";
    }
}
