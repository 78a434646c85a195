package io.volunteerrules.core.text;

/**
 * A value with a name in Chinese and in English, so that messages filled with it read naturally in
 * both languages (医疗救护 / medical rescue rather than {@code MEDICAL_RESCUE}).
 *
 * <p><b>An enum gets its labels by implementing this interface and nothing else.</b> Its labels are
 * read from {@code labels.properties} in the enum's own package (a resource, UTF-8), one line per
 * constant and language, keyed by the enum's simple name and the constant:
 *
 * <pre>
 * # src/main/resources/io/volunteerrules/core/model/labels.properties
 * InsuranceType.PERSONAL_ACCIDENT.zh = 人身意外伤害保险
 * InsuranceType.PERSONAL_ACCIDENT.en = personal accident insurance
 * </pre>
 *
 * <p>A constant without both labels fails the build: each module's {@code LabelsTest} finds every
 * labelled enum it compiles and checks it with {@link Labels#problems(Class)}. Other implementations
 * (such as {@link Bilingual}, for text built from facts) override {@link #zh()} and {@link #en()}.
 */
public interface Labelled {

    /**
     * The Chinese label; an enum reads it from its package's {@code labels.properties}.
     *
     * @throws IllegalStateException if this is an enum constant without a Chinese label, or not an
     *     enum and the method is not overridden
     */
    default String zh() {
        return Labels.label(this, Language.ZH);
    }

    /**
     * The English label; an enum reads it from its package's {@code labels.properties}.
     *
     * @throws IllegalStateException if this is an enum constant without an English label, or not an
     *     enum and the method is not overridden
     */
    default String en() {
        return Labels.label(this, Language.EN);
    }

    /** The label in the given language. */
    default String label(Language language) {
        return language == Language.ZH ? zh() : en();
    }
}
