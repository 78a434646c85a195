package io.volunteerrules.core.ruleset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of one DRL file as blocks of text, so the file can be written again with its rules in
 * another order and nothing else changed: what the order check uses to prove that no decision
 * depends on where a rule sits in its file.
 *
 * <p>A rule starts at a line {@code rule "name"} (or {@code rule name}) and ends at the next line
 * that is {@code end} on its own (a trailing {@code //} comment allowed). Everything before the
 * first rule — package, imports, the file's opening comments — is the header and stays first; the
 * comment lines directly above a rule (no blank line between) belong to that rule, and so does any
 * other text between the previous rule and this one (blank lines, section banners), so a reordered
 * file loses nothing. What follows the last rule stays last. Block comments ({@code /* … *&#47;}) are
 * skipped when looking for {@code rule} and {@code end}.
 */
public final class DrlRules {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");

    /** One rule: its name, the line its {@code rule} keyword is on (1-based) and its text with what belongs to it. */
    public record Rule(String name, int line, String text) {
    }

    private final String path;
    private final String header;
    private final List<Rule> rules;
    private final String footer;

    private DrlRules(String path, String header, List<Rule> rules, String footer) {
        this.path = path;
        this.header = header;
        this.rules = List.copyOf(rules);
        this.footer = footer;
    }

    /**
     * Splits a DRL file into its header, its rules and what follows them.
     *
     * @param path the file's path, for messages
     * @throws IllegalArgumentException naming the file and line, if a rule has no {@code end} line
     */
    public static DrlRules parse(String path, String text) {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(text, "text must not be null");
        List<String> lines = splitLines(text);
        String header = null;
        List<Rule> rules = new ArrayList<>();
        int pending = 0;            // first line not yet given to the header or a rule
        boolean inBlockComment = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (inBlockComment) {
                inBlockComment = !line.contains("*/");
                i++;
                continue;
            }
            Matcher m = RULE.matcher(line.stripTrailing());
            if (!m.find()) {
                inBlockComment = opensBlockComment(line);
                i++;
                continue;
            }
            int start = i;
            if (header == null) {
                // the comment lines directly above the first rule are its own; the rest is the header
                int attached = i;
                while (attached > 0 && isComment(lines.get(attached - 1))) {
                    attached--;
                }
                header = join(lines, 0, attached);
                pending = attached;
            }
            int end = -1;
            boolean comment = false;
            for (int j = i + 1; j < lines.size(); j++) {
                String body = lines.get(j);
                if (comment) {
                    comment = !body.contains("*/");
                } else if (END.matcher(body.stripTrailing()).matches()) {
                    end = j;
                    break;
                } else {
                    comment = opensBlockComment(body);
                }
            }
            if (end < 0) {
                throw new IllegalArgumentException(path + ":" + (start + 1) + ": rule \"" + name(m)
                        + "\" has no line \"end\" after it");
            }
            rules.add(new Rule(name(m), start + 1, join(lines, pending, end + 1)));
            pending = end + 1;
            i = end + 1;
        }
        if (header == null) {
            return new DrlRules(path, text, List.of(), "");
        }
        return new DrlRules(path, header, rules, join(lines, pending, lines.size()));
    }

    /** The file's path, as given. */
    public String path() {
        return path;
    }

    /** The rules in file order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The file as it was. */
    public String text() {
        return write(rules);
    }

    /** The file with its rules in reverse order. */
    public String reversed() {
        List<Rule> out = new ArrayList<>(rules);
        Collections.reverse(out);
        return write(out);
    }

    /** The file with its rules shuffled by {@code random}: the same seed gives the same order. */
    public String shuffled(Random random) {
        List<Rule> out = new ArrayList<>(rules);
        Collections.shuffle(out, random);
        return write(out);
    }

    /**
     * The file with each rule's text replaced by what {@code edit} makes of it, in file order: how a
     * tool writes a copy of the rules for its own purpose (the header and footer stay as they are).
     */
    public String edited(java.util.function.Function<Rule, String> edit) {
        return write(rules.stream().map(r -> new Rule(r.name(), r.line(), edit.apply(r))).toList());
    }

    private String write(List<Rule> order) {
        StringBuilder sb = new StringBuilder(header);
        for (Rule r : order) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
            sb.append(r.text());
        }
        if (!footer.isEmpty() && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
        return sb.append(footer).toString();
    }

    private static String name(Matcher m) {
        return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
    }

    private static boolean isComment(String line) {
        String s = line.strip();
        return s.startsWith("//") || s.startsWith("#") || s.startsWith("/*") || s.startsWith("*");
    }

    /** Whether a line leaves a block comment open (a {@code /*} after its last {@code *&#47;}). */
    private static boolean opensBlockComment(String line) {
        String code = line.contains("//") && !line.contains("/*") ? line.substring(0, line.indexOf("//")) : line;
        int open = code.lastIndexOf("/*");
        return open >= 0 && code.indexOf("*/", open + 2) < 0;
    }

    /** The file's lines, each with its line break, so joining them gives the file back byte for byte. */
    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    private static String join(List<String> lines, int from, int to) {
        return String.join("", lines.subList(from, to));
    }
}
