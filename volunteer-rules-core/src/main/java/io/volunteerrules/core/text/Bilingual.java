package io.volunteerrules.core.text;

import java.util.Objects;

/** A text written in both languages, for message values that need words around them. */
public record Bilingual(String zh, String en) implements Labelled {

    public Bilingual {
        Objects.requireNonNull(zh, "zh must not be null");
        Objects.requireNonNull(en, "en must not be null");
    }
}
