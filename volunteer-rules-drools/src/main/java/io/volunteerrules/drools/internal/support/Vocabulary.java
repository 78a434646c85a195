package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Labelled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the codes a request uses for skills, health conditions and qualifications, and of the
 * fields of records, volunteers and issuers a rule finds empty, so that a message says 急救 / first aid
 * rather than {@code first-aid} and 服务地点 / place rather than {@code place}.
 *
 * <p>The bundled names are in {@code vocabulary.properties} beside this class
 * ({@code skill.first-aid.zh = 急救}). A rules directory may carry a {@value #FILE} of its own at its
 * root, in the same form: its names add to the bundled ones and replace those of the same code, for
 * that rule set only ({@link #read}, {@link #over}). A rule names a code through the static methods
 * ({@link #skills}, {@link #qualification}, …), which give a {@link Term}; the engine writes each term
 * by the names of the rule set that made the finding when it writes the message ({@link #named(Map)}).
 *
 * <p>A code no vocabulary names is written as a code in quotation marks (“rope-rescue” /
 * "rope-rescue"), so that a reader sees it is a code rather than a word of the sentence; the message
 * check reports such a code ({@link io.volunteerrules.drools.lint.MessageCheck#renderedProblems}), so
 * that the bundled scenarios fail, and {@code test} of a rules directory says so, until the code is
 * named.
 */
public final class Vocabulary {

    /** The name of a rule set's own vocabulary file, at the root of the rules directory. */
    public static final String FILE = io.volunteerrules.core.ruleset.RuleSetFiles.VOCABULARY;

    /** The kinds of code a vocabulary names, as the first part of each key. */
    public static final Set<String> KINDS = Set.of("skill", "condition", "qualification", "record-field",
            "training-field", "volunteer-field", "issuer-field");

    private static final Pattern LINE = Pattern.compile("([^=]*?)\\s*=\\s*(.*)");
    private static final Pattern KEY = Pattern.compile("([a-z-]+)\\.(\\S+)\\.([a-z]+)");

    private static final Vocabulary BUNDLED = readBundled();

    /** {@code kind.code.zh} / {@code kind.code.en} to the name. */
    private final Map<String, String> names;

    private Vocabulary(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /**
     * A code of one kind, as a rule names it in a finding. Written by the bundled names when asked
     * directly; the engine writes it by the names of the rule set that made the finding.
     *
     * @param kind one of {@link #KINDS}
     * @param code the code as the request or parameter gives it
     */
    public record Term(String kind, String code) implements Labelled {

        @Override
        public String zh() {
            return BUNDLED.name(this).zh();
        }

        @Override
        public String en() {
            return BUNDLED.name(this).en();
        }
    }

    /** The skills of a list, by name. */
    public static List<Labelled> skills(Collection<String> codes) {
        return terms("skill", codes);
    }

    /** The health conditions of a list, by name. */
    public static List<Labelled> conditions(Collection<String> codes) {
        return terms("condition", codes);
    }

    /** The qualifications of a list, by name. */
    public static List<Labelled> qualifications(Collection<String> codes) {
        return terms("qualification", codes);
    }

    /** One qualification, by name. */
    public static Labelled qualification(String code) {
        return new Term("qualification", code);
    }

    /** A field of a service record (records.required-fields), by name: 服务地点 / place. */
    public static Labelled recordField(String field) {
        return new Term("record-field", field);
    }

    /** A field of a training record (records.training-required-fields), by name: 培训单位 / provider. */
    public static Labelled trainingField(String field) {
        return new Term("training-field", field);
    }

    /** A field of a volunteer's basic information, by name: 证件号码 / ID number. */
    public static Labelled volunteerField(String field) {
        return new Term("volunteer-field", field);
    }

    /** A field of an issuer's details, by name: 经办人 / handler. */
    public static Labelled issuerField(String field) {
        return new Term("issuer-field", field);
    }

    private static List<Labelled> terms(String kind, Collection<String> codes) {
        return codes.stream().map(code -> (Labelled) new Term(kind, code)).toList();
    }

    /** The names bundled in the jar. */
    public static Vocabulary bundled() {
        return BUNDLED;
    }

    private static Vocabulary readBundled() {
        String bundledPath = "io/volunteerrules/drools/internal/support/vocabulary.properties";
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.properties")) {
            if (in == null) {
                throw new IllegalStateException(bundledPath + " is not on the class path");
            }
            List<String> problems = new ArrayList<>();
            Vocabulary v = read(bundledPath, new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the bundled vocabulary cannot be used: " + String.join("; ", problems));
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + bundledPath, e);
        }
    }

    /**
     * Reads a vocabulary file: UTF-8, one name a line as {@code <kind>.<code>.zh = 名称} or
     * {@code <kind>.<code>.en = name}, blank lines and lines starting with {@code #} or {@code !}
     * ignored. Every problem is added to {@code problems} as {@code path:line: what is wrong}: a line
     * that is not {@code key = name}, a kind not in {@link #KINDS}, a language other than {@code zh} or
     * {@code en}, an empty name, a key given twice, a code named in one language only, a line ending
     * in a backslash (names are not continued). The names of the lines that are right are kept.
     */
    public static Vocabulary read(String path, String text, List<String> problems) {
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String at = path + ":" + number + ": ";
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problems.add(at + "\"" + line + "\" is not a name: write <kind>.<code>.zh = 名称 or <kind>.<code>.en = name");
                continue;
            }
            String key = m.group(1);
            String name = m.group(2).strip();
            Matcher k = KEY.matcher(key);
            if (!k.matches()) {
                problems.add(at + "\"" + key + "\" is not a key: write <kind>.<code>.zh or <kind>.<code>.en, such as "
                        + "skill.rope-rescue.zh");
                continue;
            }
            boolean ok = true;
            if (!KINDS.contains(k.group(1))) {
                problems.add(at + "\"" + k.group(1) + "\" in \"" + key + "\" is not a kind of code a message names (known: "
                        + String.join(", ", KINDS.stream().sorted().toList()) + ")");
                ok = false;
            }
            if (!k.group(3).equals("zh") && !k.group(3).equals("en")) {
                problems.add(at + "\"" + key + "\" ends in \"" + k.group(3) + "\": a name is .zh (Chinese) or .en (English)");
                ok = false;
            }
            if (name.isEmpty()) {
                problems.add(at + "\"" + key + "\" has no name after \"=\"");
                ok = false;
            } else if (name.endsWith("\\")) {
                problems.add(at + "the name of \"" + key + "\" ends in \"\\\": a name is written on one line, without escapes");
                ok = false;
            }
            Integer first = lineOf.putIfAbsent(key, number);
            if (first != null) {
                problems.add(at + "\"" + key + "\" is named again (first on line " + first + "): give each name once");
                ok = false;
            }
            if (ok) {
                names.put(key, name);
            }
        }
        lineOf.forEach((key, number) -> {
            Matcher k = KEY.matcher(key);
            if (!k.matches() || !names.containsKey(key)) {
                return;
            }
            String base = key.substring(0, key.length() - 2);
            boolean zh = k.group(3).equals("zh");
            if (!lineOf.containsKey(base + (zh ? "en" : "zh"))) {
                problems.add(path + ":" + number + ": \"" + base.substring(0, base.length() - 1) + "\" has "
                        + (zh ? "a Chinese name but no English one (" + base + "en)" : "an English name but no Chinese one (" + base + "zh)")
                        + ": a message in each language needs it");
            }
        });
        return new Vocabulary(names);
    }

    /** These names, with those of {@code base} for the codes these do not name. */
    public Vocabulary over(Vocabulary base) {
        Map<String, String> merged = new HashMap<>(base.names);
        merged.putAll(names);
        return new Vocabulary(merged);
    }

    /** Whether this vocabulary names the code of this kind in both languages. */
    public boolean names(String kind, String code) {
        return names.containsKey(kind + "." + code + ".zh") && names.containsKey(kind + "." + code + ".en");
    }

    /** A term by these names; a code they do not name is written as a code in quotation marks. */
    public Labelled name(Term term) {
        String key = term.kind() + "." + term.code() + ".";
        String zh = names.get(key + "zh");
        String en = names.get(key + "en");
        return new Bilingual(zh == null ? "“" + term.code() + "”" : zh, en == null ? "\"" + term.code() + "\"" : en);
    }

    /**
     * A finding's message values with every {@link Term}, alone or in a list, written by these names;
     * other values as they are.
     */
    public Map<String, Object> named(Map<String, Object> values) {
        Map<String, Object> out = null;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object named = named(e.getValue());
            if (named != e.getValue()) {
                if (out == null) {
                    out = new HashMap<>(values);
                }
                out.put(e.getKey(), named);
            }
        }
        return out == null ? values : out;
    }

    private Object named(Object value) {
        if (value instanceof Term t) {
            return name(t);
        }
        if (value instanceof List<?> list && list.stream().anyMatch(Term.class::isInstance)) {
            return list.stream().map(item -> item instanceof Term t ? name(t) : item).toList();
        }
        return value;
    }
}
