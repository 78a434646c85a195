package io.volunteerrules.core.json;

import java.util.Arrays;

/**
 * Reads an enum constant by its name only. The request enums use it as their JSON creator, so a
 * number ({@code "acceptance": 0}) or a name in the wrong case is refused with the names allowed,
 * with any mapper.
 */
public final class EnumNames {

    private EnumNames() {
    }

    /**
     * The constant of {@code type} named {@code name}.
     *
     * @throws IllegalArgumentException naming the allowed values, if no constant has that name
     */
    public static <E extends Enum<E>> E named(Class<E> type, String name) {
        if (name != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
        }
        String shown = name == null ? "null" : "\"" + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "\"";
        throw new IllegalArgumentException(shown + " is not one of " + Arrays.toString(type.getEnumConstants()));
    }
}
