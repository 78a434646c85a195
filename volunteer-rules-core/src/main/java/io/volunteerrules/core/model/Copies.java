package io.volunteerrules.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Defensive copies for the collections inside facts. A missing list becomes an empty one; null
 * elements are kept so that validation can report them by index ({@code skills[1]: must not be
 * blank}) instead of failing while the JSON is read.
 */
public final class Copies {

    private Copies() {
    }

    /** An unmodifiable copy of {@code list}, or an empty list for {@code null}. */
    public static <T> List<T> list(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
