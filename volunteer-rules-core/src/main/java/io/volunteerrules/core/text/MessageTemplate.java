package io.volunteerrules.core.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with named placeholders such as {@code {volunteer} is {age}}, filled from the facts a
 * rule matched. Values are rendered for the language: dates as ISO dates, decimals without trailing
 * zeros, {@link Labelled} values by their label, collections joined ("、" in Chinese, ", " in English).
 */
public final class MessageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final String text;
    private final Set<String> placeholders;
    /** The text cut at its placeholders: literal, name, literal, name, …, literal (parsed once). */
    private final String[] parts;

    private MessageTemplate(String text) {
        this.text = text;
        Set<String> names = new LinkedHashSet<>();
        List<String> cut = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            names.add(m.group(1));
            cut.add(text.substring(at, m.start()));
            cut.add(m.group(1));
            at = m.end();
        }
        cut.add(text.substring(at));
        this.placeholders = Set.copyOf(names);
        this.parts = cut.toArray(String[]::new);
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException if the text is null or blank
     */
    public static MessageTemplate of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("message template must not be blank");
        }
        return new MessageTemplate(text);
    }

    /** The placeholder names used in the template. */
    public Set<String> placeholders() {
        return placeholders;
    }

    /** The template text as written. */
    public String text() {
        return text;
    }

    /**
     * Fills the placeholders.
     *
     * @throws IllegalArgumentException if a placeholder has no value in {@code args}
     */
    public String format(Map<String, ?> args, Language language) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        out.append(parts[0]);
        for (int i = 1; i < parts.length; i += 2) {
            String name = parts[i];
            Object value = args.get(name);
            if (value == null && !args.containsKey(name)) {
                throw new IllegalArgumentException("no value for placeholder {" + name + "} in \"" + text + "\"");
            }
            out.append(render(value, language)).append(parts[i + 1]);
        }
        return out.toString();
    }

    /** Longest plain decimal a message writes out; anything longer is written in E notation. */
    private static final int MAX_PLAIN_DIGITS = 40;

    /**
     * A decimal as people write it ({@code 12.5}, trailing zeros dropped). Requests are checked so
     * that no decimal is absurdly large or fine, but a value a rule computes is written in E
     * notation when its plain form would be long: {@code 1E+10000000} in plain is ten million digits.
     */
    private static String decimal(BigDecimal decimal) {
        if (decimal.signum() == 0) {
            return "0";
        }
        long integerDigits = (long) decimal.precision() - decimal.scale();
        if (integerDigits > MAX_PLAIN_DIGITS || decimal.scale() > MAX_PLAIN_DIGITS + decimal.precision()) {
            return decimal.toString();
        }
        return decimal.stripTrailingZeros().toPlainString();
    }

    /** Renders one value as it appears in a message. */
    public static String render(Object value, Language language) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Labelled labelled) {
            return labelled.label(language);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal(decimal);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Collection<?> collection) {
            List<String> parts = new ArrayList<>();
            for (Object item : collection) {
                parts.add(render(item, language));
            }
            if (parts.isEmpty()) {
                return language == Language.ZH ? "无" : "none";
            }
            return String.join(language == Language.ZH ? "、" : ", ", parts);
        }
        return Objects.toString(value);
    }
}
