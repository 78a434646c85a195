package io.volunteerrules.drools.lint;

import io.volunteerrules.core.text.MessageTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a rule's messages read as a citizen or a clerk should read them (issue 12). Run over every
 * rule's templates by the {@link RuleLinter} (check {@code message}), so a rules directory whose
 * messages fail it is refused like one without {@code @clause}; and over every message the bundled
 * scenarios render ({@link #renderedProblems}). In Chinese:
 * <ul>
 *   <li>full-width punctuation (，。；：（）“”), no ASCII punctuation;</li>
 *   <li>no Latin letters in the template's own words (names come from the facts);</li>
 *   <li>no "—" standing for a value: an optional part {@code [...]} leaves out what is absent;</li>
 *   <li>no raw enum constant ({@code PERSONAL_ACCIDENT}): a labelled value is shown by its label;</li>
 *   <li>no id where a name exists: an id is written only in brackets right after a name;</li>
 * </ul>
 * and a rule that refuses or asks for review ({@code Findings.refuse/review}) says what would change
 * it in both languages: {@code @nextZh("…")} and {@code @nextEn("…")}, rendered like its messages.
 * In English, as rendered ({@link #renderedEnglishProblems}):
 * <ul>
 *   <li>sentence case: a message and a next step start with a capital (or a digit, a quotation mark, a
 *       name that is not a lower-case Latin word);</li>
 *   <li>correct plurals: no "1 activities" or "1 service records", no "training(s)";</li>
 *   <li>no repetition: no word written twice in a row ("the the"), no clause started again with the same
 *       verb ("merged on …, merged into …");</li>
 *   <li>no raw enum constant, no id outside brackets, no code with no name, no "—" or "null" for a
 *       value.</li>
 * </ul>
 */
public final class MessageCheck {

    /** ASCII punctuation a Chinese message must not use ({@code .} and {@code -} stay: 1.5小时, names). */
    private static final Pattern ASCII_PUNCTUATION = Pattern.compile("[,;:()!?\"'\\[\\]<>]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    /** A constant such as PERSONAL_ACCIDENT or LAWYER: capitals only, at least two letters. */
    private static final Pattern CONSTANT = Pattern.compile("(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9])");
    /**
     * A code with no name, as {@link io.volunteerrules.drools.internal.support.Vocabulary} writes it:
     * letters, digits and ASCII signs in Chinese quotation marks (“rope-rescue”).
     */
    private static final Pattern UNNAMED_CODE = Pattern.compile("“([!-~]*[A-Za-z][!-~]*)”");
    /** An id of the request (R1, ORG-A, V-CHEN, ACT1): capitals with a digit or a hyphen. */
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]+[0-9]+[A-Z0-9]*");

    /**
     * A count of exactly one followed by a plural noun, or by a modifier and a plural noun: "1 hours",
     * "1 activities", "1 service records". A word ending in -ss, -us or -is is not a plural (1 class,
     * 1 bonus, 1 basis), nor are the words of {@link #NOT_PLURAL}.
     */
    private static final Pattern ONE_PLURAL = Pattern.compile(
            "(?<![0-9.,])\\b1 (?:(?:service|training|volunteer|working|calendar|verified|counted|pending|recorded|late|"
                    + "duplicate|open|further|more|other) )?([A-Za-z]+s)\\b");
    /** Words ending in s after a "1" that are not plural nouns: 1 is enough, 1 was counted. */
    private static final Set<String> NOT_PLURAL = Set.of("is", "was", "has", "does", "its", "this", "thus", "plus",
            "minus", "as", "yes", "series", "news", "means", "less", "unless", "always", "whereas");
    /** A plural written as "(s)": one form or the other is right, never both. */
    private static final Pattern OPTIONAL_PLURAL = Pattern.compile("[A-Za-z]\\(s\\)");
    /**
     * The same word twice in a row, case aside: "the the", "The the". A repeat written with a capital
     * is taken for a name (Li Li) and left alone.
     */
    private static final Pattern DOUBLED_WORD = Pattern.compile("(?i)(?<![A-Za-z])([A-Za-z]+)\\s+(\\1)(?![A-Za-z])");
    /**
     * A clause started again with the verb of the clause before it: "merged on 30 June 2025, merged into
     * …". The verb is a past participle (-ed) starting a clause after punctuation or at the start.
     */
    private static final Pattern REPEATED_CLAUSE = Pattern.compile(
            "(?:^|[,;:] )([A-Za-z]+ed) [^,;:]*[,;:] \\1(?![A-Za-z])");
    /**
     * A code as {@link io.volunteerrules.drools.internal.support.Vocabulary} writes it in English when it
     * has no name: "rope-rescue". An English name may be one word in quotation marks ("place"), so only a
     * quoted word that reads as a code (lower case joined by hyphens or underscores) is taken for one;
     * the Chinese check catches every unnamed code.
     */
    private static final Pattern UNNAMED_CODE_EN = Pattern.compile("\"([a-z0-9]+(?:[-_][a-z0-9]+)+)\"");
    /** "null" written for a value. */
    private static final Pattern NULL = Pattern.compile("(?<![A-Za-z])null(?![A-Za-z])");

    private MessageCheck() {
    }

    /**
     * What is wrong with one rule's message templates; empty when they pass.
     *
     * @param decides whether the rule refuses or asks for review, and so owes a next step
     */
    public static List<String> templateProblems(String zh, String en, String nextZh, String nextEn, boolean decides) {
        List<String> problems = new ArrayList<>();
        chinese("@zh", zh, problems);
        english("@en", en, problems);
        if (decides) {
            if (nextZh == null || nextZh.isBlank()) {
                problems.add("it refuses or asks for review but has no @nextZh(\"…\") saying what would change the answer");
            }
            if (nextEn == null || nextEn.isBlank()) {
                problems.add("it refuses or asks for review but has no @nextEn(\"…\") saying what would change the answer");
            }
        }
        if (nextZh != null && !nextZh.isBlank()) {
            chinese("@nextZh", nextZh, problems);
        }
        if (nextEn != null && !nextEn.isBlank()) {
            english("@nextEn", nextEn, problems);
        }
        return problems;
    }

    private static void chinese(String which, String text, List<String> problems) {
        MessageTemplate t;
        try {
            t = MessageTemplate.of(text);
        } catch (IllegalArgumentException e) {
            problems.add(which + ": " + e.getMessage());
            return;
        }
        String own = t.literalText();
        Matcher p = ASCII_PUNCTUATION.matcher(own);
        if (p.find()) {
            problems.add(which + " uses ASCII punctuation \"" + p.group() + "\": Chinese is written with ，。；：（）“”");
        }
        Matcher l = LATIN.matcher(own);
        if (l.find()) {
            problems.add(which + " has Latin letters in its own words (\"" + around(own, l.start())
                    + "\"): names come from the facts, everything else is written in Chinese");
        }
        if (own.contains("—")) {
            problems.add(which + " writes \"—\": leave out an absent value with an optional part [...] instead");
        }
    }

    private static void english(String which, String text, List<String> problems) {
        MessageTemplate t;
        try {
            t = MessageTemplate.of(text);
        } catch (IllegalArgumentException e) {
            problems.add(which + ": " + e.getMessage());
            return;
        }
        if (OPTIONAL_PLURAL.matcher(t.literalText()).find()) {
            problems.add(which + " writes a plural as \"(s)\": write {count|record|records}, singular when the count is 1");
        }
        if (text.contains("—")) {
            problems.add(which + " writes \"—\": leave out an absent value with an optional part [...] instead");
        }
    }

    /**
     * What is wrong with a Chinese message as rendered; empty when it passes. Names carried by the
     * facts of the bundled scenarios are Chinese, so Latin letters may only appear in an id written in
     * brackets after a name (（ORG-A）).
     */
    public static List<String> renderedProblems(String rendered) {
        List<String> problems = new ArrayList<>();
        Matcher u = UNNAMED_CODE.matcher(rendered);
        if (u.find()) {
            problems.add(unnamedCode(rendered, "“" + u.group(1) + "”"));
        }
        String named = UNNAMED_CODE.matcher(rendered).replaceAll("“”");
        String outsideBrackets = named.replaceAll("（[^（）]*）", "（）");
        Matcher p = ASCII_PUNCTUATION.matcher(outsideBrackets);
        if (p.find()) {
            problems.add("\"" + rendered + "\" uses ASCII punctuation \"" + p.group() + "\"");
        }
        if (!codeOrId(rendered, named, outsideBrackets, problems)) {
            Matcher l = LATIN.matcher(outsideBrackets);
            if (l.find()) {
                problems.add("\"" + rendered + "\" has Latin letters (\"" + around(outsideBrackets, l.start()) + "\")");
            }
        }
        if (rendered.contains("—")) {
            problems.add("\"" + rendered + "\" writes \"—\" for a value");
        }
        return problems;
    }

    /** The problem of a rendered message that shows a code (written as given) for which no name exists. */
    private static String unnamedCode(String rendered, String code) {
        return "\"" + rendered + "\" shows the code " + code + ", which has no name: a skill, health condition, "
                + "qualification or field that a message names needs its Chinese and English names in the vocabulary "
                + "(vocabulary.properties at the root of the rules directory)";
    }

    /**
     * Adds the problem of a rendered message that shows a raw enum constant where a label belongs, or
     * else an id outside brackets where a name belongs; whether it found either.
     *
     * @param named           the message with its unnamed codes blanked out (they are reported apart)
     * @param outsideBrackets the named message without what stands in brackets
     */
    private static boolean codeOrId(String rendered, String named, String outsideBrackets, List<String> problems) {
        Matcher c = CONSTANT.matcher(named);
        if (c.find()) {
            problems.add("\"" + rendered + "\" shows the code " + c.group() + " where a label belongs");
            return true;
        }
        Matcher id = ID.matcher(outsideBrackets);
        if (id.find()) {
            problems.add("\"" + rendered + "\" shows the id " + id.group()
                    + " where a name belongs; an id is written only in brackets after a name");
            return true;
        }
        return false;
    }

    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - 6), Math.min(s.length(), at + 6));
    }
    /**
     * What is wrong with an English message (or next step) as rendered; empty when it passes: a start
     * in lower case, "1" with a plural noun, a plural written "(s)", a word written twice in a row or a
     * clause started again with the same verb, a raw enum constant, an id outside brackets, a code with
     * no name, "—" or "null" for a value. Names carried by the facts may be in any script; an id is
     * written only in brackets after a name ((ORG-A)).
     */
    public static List<String> renderedEnglishProblems(String rendered) {
        List<String> problems = new ArrayList<>();
        if (rendered.isEmpty()) {
            problems.add("an English message is empty");
            return problems;
        }
        int first = rendered.codePointAt(0);
        if (first < 128 && Character.isLowerCase(first)) {
            problems.add("\"" + rendered + "\" starts with a lower-case letter: an English sentence starts with a capital");
        }
        Matcher one = ONE_PLURAL.matcher(rendered);
        while (one.find()) {
            String word = one.group(1).toLowerCase(Locale.ROOT);
            if (!NOT_PLURAL.contains(word) && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
                problems.add("\"" + rendered + "\" writes \"" + one.group() + "\": one takes the singular");
                break;
            }
        }
        Matcher s = OPTIONAL_PLURAL.matcher(rendered);
        if (s.find()) {
            problems.add("\"" + rendered + "\" writes a plural as \"(s)\": write the singular or the plural the number needs");
        }
        Matcher d = DOUBLED_WORD.matcher(rendered);
        while (d.find()) {
            if (!Character.isUpperCase(d.group(2).charAt(0))) {
                problems.add("\"" + rendered + "\" repeats the word \"" + d.group(1) + "\" (\"" + d.group() + "\")");
                break;
            }
        }
        Matcher r = REPEATED_CLAUSE.matcher(rendered);
        if (r.find()) {
            problems.add("\"" + rendered + "\" starts two clauses in a row with \"" + r.group(1)
                    + "\": say it once (\"merged into … on …\")");
        }
        Matcher u = UNNAMED_CODE_EN.matcher(rendered);
        if (u.find()) {
            problems.add(unnamedCode(rendered, "\"" + u.group(1) + "\""));
        }
        String named = UNNAMED_CODE_EN.matcher(rendered).replaceAll("\"\"");
        String outsideBrackets = named;
        for (String before = null; !outsideBrackets.equals(before); ) {
            // innermost brackets first, so that an id in brackets within brackets is inside too
            before = outsideBrackets;
            outsideBrackets = outsideBrackets.replaceAll("\\([^()]*\\)", "").replaceAll("（[^（）]*）", "");
        }
        codeOrId(rendered, named, outsideBrackets, problems);
        if (rendered.contains("—")) {
            problems.add("\"" + rendered + "\" writes \"—\" for a value");
        }
        if (NULL.matcher(rendered).find()) {
            problems.add("\"" + rendered + "\" writes \"null\" for a value");
        }
        return problems;
    }
}
