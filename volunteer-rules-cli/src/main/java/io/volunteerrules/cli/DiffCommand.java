package io.volunteerrules.cli;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.drools.EvaluationLimitException;
import io.volunteerrules.drools.RuleInfo;
import io.volunteerrules.drools.VolunteerRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", description = {
    "Lists every decision that two rule sets make differently on the same requests: the impact report a reviewer "
        + "reads before approving a change.",
    "The requests are a folder of JSON requests (--corpus) or, by default, the requests of the BEFORE rule set's "
        + "scenarios. Each question of a request gets one decision; changed decisions are grouped by clause and "
        + "rule, with before and after.",
    "Exit codes: 0 no decision changed; 1 some changed; 2 a rule set or the corpus cannot be used."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The rules directory now in use (or 'bundled').")
    String before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The changed rules directory (or 'bundled').")
    String after;

    @Option(names = "--corpus", paramLabel = "DIR", description = "A folder of JSON requests (*.json, each an object or an array).")
    Path corpus;

    @picocli.CommandLine.Mixin
    ProgressOption progressOption;

    /** One question whose decision changed. */
    record Change(String label, String subject, String before, String after, List<Reason> removed, List<Reason> added,
            Set<String> rules) {

        /** Same outcome and values; only the wording of the reasons changed. */
        boolean explanationOnly() {
            return before.equals(after);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = progressOption.progress();
        VolunteerRules a = RulesOption.load(dir(before), err, progress);
        VolunteerRules b = a == null ? null : RulesOption.load(dir(after), err, progress);
        if (a == null || b == null) {
            return Main.UNUSABLE;
        }
        List<String> problems = new ArrayList<>();
        List<Corpus.Item> items = corpus != null ? Corpus.fromFolder(corpus, problems)
                : Corpus.fromScenarios(a.files(), problems);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("corpus: " + p));
            return Main.UNUSABLE;
        }

        Progress.Counter p = progress.counter("diff", items.size());
        List<Change> changes = new ArrayList<>();
        int decisions = 0;
        for (int i = 0; i < items.size(); i++) {
            Corpus.Item item = items.get(i);
            Answers da = run(a, item);
            Answers db = run(b, item);
            Set<String> subjects = new LinkedHashSet<>(da.decisions().keySet());
            subjects.addAll(db.decisions().keySet());
            for (String subject : subjects) {
                decisions++;
                Change c = compare(item.label(), subject, da, db);
                if (c != null) {
                    changes.add(c);
                }
            }
            p.done(i + 1);
        }

        long substantive = changes.stream().filter(c -> !c.explanationOnly()).count();
        out.println("Impact report: " + changes.size() + " of " + decisions + " decisions changed"
                + (changes.isEmpty() ? "" : " (" + substantive + " in outcome or values, " + (changes.size() - substantive)
                        + " in their explanation only)"));
        out.println("  before: " + label(before) + " (" + a.ruleSetVersion() + ")");
        out.println("  after:  " + label(after) + " (" + b.ruleSetVersion() + ")");
        out.println("  corpus: " + TestCommand.plural(items.size(), "request") + " ("
                + (corpus != null ? "from the JSON files in " + corpus
                        : "one per scenario of " + label(before) + " that expects decisions")
                + "); each question of a request is one decision");
        if (changes.isEmpty()) {
            out.println();
            out.println("No decision changed.");
            return Main.OK;
        }

        // first clause of the rule -> rule -> changes; a change involving two rules is listed under both
        Map<String, Map<String, List<Change>>> grouped = new TreeMap<>(DiffCommand::compareClauses);
        for (Change c : changes) {
            for (String rule : c.rules().isEmpty() ? Set.of("(values only)") : c.rules()) {
                List<String> clauses = clausesOf(rule, a, b);
                String clause = clauses.isEmpty() ? "(no clause)" : clauses.get(0);
                grouped.computeIfAbsent(clause, k -> new TreeMap<>()).computeIfAbsent(rule, k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<String, Map<String, List<Change>>> byClause : grouped.entrySet()) {
            out.println();
            String text = b.clauses().find(byClause.getKey()).map(x -> x.text()).orElse("");
            out.println("== " + byClause.getKey() + (text.isEmpty() ? "" : "  " + text));
            for (Map.Entry<String, List<Change>> byRule : byClause.getValue().entrySet()) {
                List<Change> list = new ArrayList<>(byRule.getValue());
                list.sort(java.util.Comparator.comparing(Change::explanationOnly));
                out.println("  rule " + byRule.getKey() + "  " + clausesOf(byRule.getKey(), a, b) + "  (" + list.size()
                        + (list.size() == 1 ? " decision)" : " decisions)"));
                for (Change c : list) {
                    out.println("    " + c.label() + " / " + c.subject());
                    if (c.explanationOnly()) {
                        out.println("      unchanged: " + c.before() + "; only the explanation changed");
                    } else {
                        out.println("      before: " + c.before());
                        out.println("      after:  " + c.after());
                    }
                    for (Reason r : c.removed()) {
                        out.println("      - " + r.effect() + " " + r.rule() + ": " + r.en());
                    }
                    for (Reason r : c.added()) {
                        out.println("      + " + r.effect() + " " + r.rule() + ": " + r.en());
                    }
                }
            }
        }
        return Main.FAILED;
    }

    private static Path dir(String arg) {
        return arg.equals("bundled") ? null : Path.of(arg);
    }

    private static String label(String arg) {
        return arg.equals("bundled") ? "the bundled rules" : arg;
    }

    /** A rule set's decisions on one request by subject, or why it made none. */
    private record Answers(Map<String, Decision> decisions, String none) {
    }

    private static Answers run(VolunteerRules rules, Corpus.Item item) {
        Map<String, Decision> out = new LinkedHashMap<>();
        try {
            for (Decision d : rules.evaluate(item.request())) {
                out.put(d.question().subject(), d);
            }
            return new Answers(out, null);
        } catch (InvalidRequestException e) {
            out.clear();
            out.put("(request)", null);
            return new Answers(out, "(no decision: the request is invalid under this rule set)");
        } catch (EvaluationLimitException e) {
            // every question of the request is left without a decision, for the reason the bounds give
            out.clear();
            item.request().questions().forEach(q -> out.put(q.subject(), null));
            return new Answers(out, "(no decision: " + e.getMessage() + ")");
        }
    }

    private static Change compare(String label, String subject, Answers answersA, Answers answersB) {
        Decision a = answersA.decisions().get(subject);
        Decision b = answersB.decisions().get(subject);
        String sa = a == null && answersA.none() != null ? answersA.none() : summary(a);
        String sb = b == null && answersB.none() != null ? answersB.none() : summary(b);
        List<Reason> ra = a == null ? List.of() : a.allReasons();
        List<Reason> rb = b == null ? List.of() : b.allReasons();
        List<Reason> removed = ra.stream().filter(r -> !rb.contains(r)).toList();
        List<Reason> added = rb.stream().filter(r -> !ra.contains(r)).toList();
        if (sa.equals(sb) && removed.isEmpty() && added.isEmpty()) {
            return null;
        }
        Set<String> rules = new LinkedHashSet<>();
        removed.forEach(r -> rules.add(r.rule()));
        added.forEach(r -> rules.add(r.rule()));
        return new Change(label, subject, sa, sb, removed, added, rules);
    }

    private static String summary(Decision d) {
        if (d == null) {
            return "(no decision: the request is invalid under this rule set)";
        }
        StringBuilder sb = new StringBuilder(d.outcome().status());
        d.values().forEach((k, v) -> sb.append("  ").append(k).append('=')
                .append(v instanceof java.math.BigDecimal n ? n.toPlainString() : Objects.toString(v)));
        return sb.toString();
    }

    private static List<String> clausesOf(String rule, VolunteerRules a, VolunteerRules b) {
        return b.rules().find(rule).or(() -> a.rules().find(rule)).map(RuleInfo::clauses).orElse(List.of());
    }

    /** ZZ clauses first in document order, then the higher texts. */
    private static int compareClauses(String x, String y) {
        return key(x).compareTo(key(y));
    }

    private static String key(String clause) {
        String prefix = clause.startsWith("ZZ-") ? "0" : clause.startsWith("(") ? "9" : "1";
        StringBuilder sb = new StringBuilder(prefix);
        for (String part : clause.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)")) {
            sb.append(part.matches("\\d+") ? String.format("%06d", Integer.parseInt(part)) : part);
        }
        return sb.toString();
    }

}
