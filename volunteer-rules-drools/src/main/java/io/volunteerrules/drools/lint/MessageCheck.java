package io.volunteerrules.drools.lint;

import io.volunteerrules.core.text.MessageTemplate;
import java.util.ArrayList;
import java.util.List;
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
        try {
            MessageTemplate.of(text);
        } catch (IllegalArgumentException e) {
            problems.add(which + ": " + e.getMessage());
            return;
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
            problems.add("\"" + rendered + "\" shows the code “" + u.group(1) + "”, which has no name: a skill, health "
                    + "condition, qualification or field that a message names needs its Chinese and English names in "
                    + "the vocabulary (vocabulary.properties)");
        }
        String named = UNNAMED_CODE.matcher(rendered).replaceAll("“”");
        String outsideBrackets = named.replaceAll("（[^（）]*）", "（）");
        Matcher p = ASCII_PUNCTUATION.matcher(outsideBrackets);
        if (p.find()) {
            problems.add("\"" + rendered + "\" uses ASCII punctuation \"" + p.group() + "\"");
        }
        Matcher c = CONSTANT.matcher(named);
        Matcher id = ID.matcher(outsideBrackets);
        if (c.find()) {
            problems.add("\"" + rendered + "\" shows the code " + c.group() + " where a label belongs");
        } else if (id.find()) {
            problems.add("\"" + rendered + "\" shows the id " + id.group()
                    + " where a name belongs; an id is written only in brackets after a name");
        } else {
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

    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - 6), Math.min(s.length(), at + 6));
    }
}
