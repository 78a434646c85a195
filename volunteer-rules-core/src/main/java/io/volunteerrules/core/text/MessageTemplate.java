package io.volunteerrules.core.text;

import java.math.BigDecimal;
import java.math.BigInteger;
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
 * A message with named placeholders such as {@code {volunteer}在{day}时为{age}周岁}, filled from the
 * facts a rule matched, and written for its language:
 *
 * <ul>
 *   <li>dates as 2026年5月1日 / 1 May 2026; a {@link Period} as 2026年5月1日至3日 / 1 to 3 May 2026
 *       (one day: that day alone);
 *   <li>{@link Labelled} values (enums, names carried by facts) by their label, never a constant;
 *   <li>decimals without trailing zeros; collections joined by "、" in Chinese, ", " and "and" in
 *       English;
 *   <li>{@code {share%}}: a fraction as a percentage (0.5 → 50%);
 *   <li>{@code {level:numeral}}: a whole number in Chinese numerals in Chinese (三), in digits in
 *       English, so a star level is written one way (三星级);
 *   <li>{@code {count|activity|activities}}: the number and the noun, singular when the number is 1;
 *   <li>{@code [...]}: an optional part, written only when every placeholder in it has a value that
 *       says something: not absent, not zero, not an empty list or text. "[，往返路途{travel}小时不计入]"
 *       says nothing about a journey of 0 hours.
 * </ul>
 *
 * <p>An English message starts with a capital letter whatever its first value.
 */
public final class MessageTemplate {

    /** The value a rule gives for a fact it does not have; an optional part that needs it is left out. */
    public static final Object ABSENT = Absent.VALUE;

    private enum Absent {
        VALUE;

        @Override
        public String toString() {
            return "—";
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{([A-Za-z][A-Za-z0-9_]*)(?:(%)|:(numeral)|\\|([^|{}\\[\\]]*)\\|([^|{}\\[\\]]*))?}");

    private final String text;
    private final Set<String> placeholders;
    /** The template cut into pieces, parsed once; an optional part holds its own pieces. */
    private final List<Piece> pieces;
    /** Whether the template's own words need more than Latin-1 (Chinese), so every message will. */
    private final boolean wide;
    /**
     * The longest message written from this template so far: the next one's buffer starts that
     * long, so it is not copied as it grows. Written without synchronisation; a stale value only
     * costs a copy.
     */
    private int longest;
    /** No message, however long one of its values, makes the next ones start longer than this. */
    private static final int LONGEST_HINT = 2_048;
    /** A text whose one character makes a builder started from it hold UTF-16. */
    private static final String WIDE = "\u4e00";

    private sealed interface Piece permits Literal, Slot, OptionalPart {
    }

    private record Literal(String text) implements Piece {
    }

    private record Slot(String name, String spec, String one, String many) implements Piece {
    }

    private record OptionalPart(List<Piece> pieces) implements Piece {
    }

    private MessageTemplate(String text) {
        this.text = text;
        Set<String> names = new LinkedHashSet<>();
        List<Piece> top = new ArrayList<>();
        List<Piece> current = top;
        int at = 0;
        Matcher m = PLACEHOLDER.matcher(text);
        while (at < text.length()) {
            int open = text.indexOf('[', at);
            int close = text.indexOf(']', at);
            int slot = m.find(at) ? m.start() : -1;
            int next = min(min(open, close), slot);
            if (next < 0) {
                current.add(new Literal(text.substring(at)));
                break;
            }
            if (next > at) {
                current.add(new Literal(text.substring(at, next)));
            }
            if (next == slot) {
                names.add(m.group(1));
                String spec = m.group(2) != null ? "%" : m.group(3) != null ? "numeral" : m.group(4) != null ? "plural" : "";
                current.add(new Slot(m.group(1), spec, m.group(4), m.group(5)));
                at = m.end();
            } else if (next == open) {
                if (current != top) {
                    throw new IllegalArgumentException("optional part inside an optional part at " + open + " in \"" + text + "\"");
                }
                List<Piece> inner = new ArrayList<>();
                top.add(new OptionalPart(inner));
                current = inner;
                at = open + 1;
            } else {
                if (current == top) {
                    throw new IllegalArgumentException("\"]\" without \"[\" at " + close + " in \"" + text + "\"");
                }
                current = top;
                at = close + 1;
            }
        }
        if (current != top) {
            throw new IllegalArgumentException("\"[\" without \"]\" in \"" + text + "\"");
        }
        this.placeholders = Set.copyOf(names);
        this.pieces = List.copyOf(top);
        this.wide = text.chars().anyMatch(c -> c > 0xff);
        this.longest = text.length() + 32;
    }

    private static int min(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException if the text is null or blank, or its optional parts are not
     *     closed, nested or closed before they open
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

    /** The template text without its placeholders and optional-part brackets: what it says in its own words. */
    public String literalText() {
        StringBuilder out = new StringBuilder();
        literal(pieces, out);
        return out.toString();
    }

    private static void literal(List<Piece> pieces, StringBuilder out) {
        for (Piece p : pieces) {
            if (p instanceof Literal l) {
                out.append(l.text());
            } else if (p instanceof OptionalPart o) {
                literal(o.pieces(), out);
            } else if (p instanceof Slot s && s.spec().equals("plural")) {
                out.append(' ').append(s.one()).append(' ').append(s.many());
            }
        }
    }

    /**
     * Fills the placeholders.
     *
     * @throws IllegalArgumentException if a placeholder has no value in {@code args}
     */
    public String format(Map<String, ?> args, Language language) {
        StringBuilder out;
        if (wide) {
            // a builder holds Latin-1 until a wider character comes, then copies itself: start wide
            out = new StringBuilder(WIDE);
            out.setLength(0);
            out.ensureCapacity(longest + 16);
        } else {
            out = new StringBuilder(longest + 16);
        }
        write(pieces, args, language, out);
        if (out.length() > longest && out.length() <= LONGEST_HINT) {
            longest = out.length();
        }
        if (language == Language.EN && !out.isEmpty() && Character.isLowerCase(out.charAt(0))) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }

    private void write(List<Piece> pieces, Map<String, ?> args, Language language, StringBuilder out) {
        for (int i = 0, n = pieces.size(); i < n; i++) {
            Piece p = pieces.get(i);
            if (p instanceof Literal l) {
                out.append(l.text());
            } else if (p instanceof Slot s) {
                Object value = value(s.name(), args);
                out.append(slot(s, value, language));
            } else if (p instanceof OptionalPart o) {
                if (says(o.pieces(), args)) {
                    write(o.pieces(), args, language, out);
                }
            }
        }
    }

    private Object value(String name, Map<String, ?> args) {
        Object value = args.get(name);
        if (value == null && !args.containsKey(name)) {
            throw new IllegalArgumentException("no value for placeholder {" + name + "} in \"" + text + "\"");
        }
        return value;
    }

    private boolean says(List<Piece> pieces, Map<String, ?> args) {
        for (int i = 0, n = pieces.size(); i < n; i++) {
            Piece p = pieces.get(i);
            if (p instanceof Slot s && !present(value(s.name(), args))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value says something: not absent, not zero, not an empty list or text, not false. */
    public static boolean present(Object value) {
        if (value == null || value == ABSENT || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof BigDecimal d) {
            return d.signum() != 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof CharSequence s) {
            return !s.toString().isBlank();
        }
        return true;
    }

    private static String slot(Slot s, Object value, Language language) {
        switch (s.spec()) {
            case "%" -> {
                BigDecimal share = decimalOf(value);
                return share == null ? render(value, language) : decimal(share.movePointRight(2)) + "%";
            }
            case "numeral" -> {
                BigDecimal n = decimalOf(value);
                if (language == Language.ZH && n != null && n.stripTrailingZeros().scale() <= 0
                        && n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(99)) <= 0) {
                    return numeral(n.intValue());
                }
                return render(value, language);
            }
            case "plural" -> {
                BigDecimal n = decimalOf(value);
                boolean one = n != null && n.compareTo(BigDecimal.ONE) == 0;
                String noun = one ? s.one() : s.many();
                return render(value, language) + (language == Language.ZH ? "" : " ") + noun;
            }
            default -> {
                return render(value, language);
            }
        }
    }

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** 0 to 99 in Chinese numerals: 三, 十, 十二, 二十, 二十一. */
    static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (units == 0 ? "" : DIGITS[units]);
    }

    private static BigDecimal decimalOf(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        return null;
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
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Labelled labelled) {
            return labelled.label(language);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal(decimal);
        }
        if (value instanceof LocalDate date) {
            return Dates.written(date, language);
        }
        if (value instanceof Period period) {
            return period.written(language);
        }
        if (value instanceof Collection<?> collection) {
            List<String> parts = new ArrayList<>();
            for (Object item : collection) {
                parts.add(render(item, language));
            }
            if (parts.isEmpty()) {
                return language == Language.ZH ? "无" : "none";
            }
            if (language == Language.ZH) {
                return String.join("、", parts);
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        }
        return Objects.toString(value);
    }

    @Override
    public String toString() {
        return text;
    }
}
