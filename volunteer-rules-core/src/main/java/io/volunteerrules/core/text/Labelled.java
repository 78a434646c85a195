package io.volunteerrules.core.text;

/**
 * A value with a name in Chinese and in English, so that messages filled with it read naturally in
 * both languages (医疗救护 / medical rescue rather than {@code MEDICAL_RESCUE}).
 */
public interface Labelled {

    /** The Chinese label. */
    String zh();

    /** The English label. */
    String en();

    /** The label in the given language. */
    default String label(Language language) {
        return language == Language.ZH ? zh() : en();
    }
}
