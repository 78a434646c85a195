package io.volunteerrules.store;

import io.volunteerrules.core.json.StrictValues;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * What text the store can keep exactly, on every database it supports. An id goes into a column of
 * at most {@value #MAX_ID_LENGTH} characters (the PostgreSQL and H2 schemas) and must not hold NUL,
 * which PostgreSQL refuses. No text may hold half of a surrogate pair: the drivers write it as
 * {@code ?}, so two different ids would share one account, and a certificate would be stored with
 * other content than was signed and never verify. Such input is refused before anything is written.
 */
final class StorableText {

    /** The longest id the store keeps: the width of its id columns. */
    static final int MAX_ID_LENGTH = 200;

    private StorableText() {
    }

    /**
     * @throws IllegalArgumentException naming {@code name} if {@code value} is null, blank, longer than
     *                                  {@value #MAX_ID_LENGTH} characters, or holds NUL or half a surrogate pair
     */
    static void requireId(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(name + " is " + value.length() + " characters long; the store keeps ids"
                    + " of at most " + MAX_ID_LENGTH + " (it starts \"" + value.substring(0, 20) + "…\")");
        }
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(name + " holds the character NUL (U+0000), which the store cannot keep");
        }
        requireWellFormed(value, name);
    }

    /** The same, for an id that may be absent. */
    static void requireOptionalId(String value, String name) {
        if (value != null) {
            requireId(value, name);
        }
    }

    /**
     * Every text of a record, its nested records and lists (a certificate's content), is well formed.
     *
     * @throws IllegalArgumentException naming the field ({@code volunteer.name}, {@code services[0].place})
     */
    static void requireWellFormedTexts(Object value, String path) {
        if (value instanceof String s) {
            requireWellFormed(s, path);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                requireWellFormedTexts(list.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object component;
                try {
                    component = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
                }
                requireWellFormedTexts(component, path.isEmpty() ? c.getName() : path + "." + c.getName());
            }
        }
    }

    private static void requireWellFormed(String s, String name) {
        String problem = StrictValues.loneSurrogate(s);
        if (problem != null) {
            throw new IllegalArgumentException(name + " " + problem + " and which the store cannot keep");
        }
    }
}
