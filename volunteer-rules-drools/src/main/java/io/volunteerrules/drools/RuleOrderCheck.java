package io.volunteerrules.drools;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.ruleset.DrlRules;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import io.volunteerrules.core.scenario.ScenarioResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Proves that a rule set's decisions do not depend on where a rule sits in its file: runs the rule
 * set's scenarios on copies of it with the rules reordered and reports every scenario whose
 * decisions (outcome, reasons, values) differ from those of the rule set as written.
 *
 * <p>The copies are: every DRL file with its rules reversed, then {@code shuffles} copies with
 * every DRL file's rules shuffled, seeded 1, 2, … (each file from the seed and its own path, so
 * a file's order under a seed does not change when another file changes) so a reported change can be
 * reproduced. When a
 * copy changes a decision, each file is then also reversed on its own, to name the file. A copy is
 * compiled like a rules directory (in the rule sandbox; not linted again, since reordering changes no
 * rule's text).
 *
 * <pre>{@code
 * RuleOrderCheck.Report report = RuleOrderCheck.run(VolunteerRules.builder().rulesDirectory(dir).build(), 5);
 * report.changes().forEach(System.out::println);
 * }</pre>
 */
public final class RuleOrderCheck {

    private RuleOrderCheck() {
    }

    /** A copy of the rule set with some files' rules in another order. */
    public record Variant(String description, RuleSetFiles files) {
    }

    /**
     * One scenario whose decisions changed when the rules were reordered.
     *
     * @param variant  how the rules were reordered ({@code rules of records/records.drl reversed})
     * @param scenario the scenario ({@code file: name})
     * @param what     what differs: outcome, values and reasons, before and after
     */
    public record Change(String variant, String scenario, String what) {

        @Override
        public String toString() {
            return variant + ": " + scenario + ": " + what;
        }
    }

    /**
     * What the check found.
     *
     * @param variants  the reordered copies run, by description
     * @param scenarios how many scenarios each copy ran
     * @param changes   every scenario whose decisions changed, by copy
     */
    public record Report(List<String> variants, int scenarios, List<Change> changes) {

        public Report {
            variants = List.copyOf(variants);
            changes = List.copyOf(changes);
        }

        /** Whether every copy gave every scenario the same decisions. */
        public boolean orderIndependent() {
            return changes.isEmpty();
        }

        /** {@code N orderings × N scenarios: no decision depends on rule order} or how many changed. */
        public String summary() {
            String head = variants.size() + " orderings of the rules × " + scenarios + (scenarios == 1 ? " scenario: " : " scenarios: ");
            if (changes.isEmpty()) {
                return head + "no decision depends on the order of the rules";
            }
            long scenariosChanged = changes.stream().map(Change::scenario).distinct().count();
            return head + scenariosChanged + (scenariosChanged == 1 ? " scenario's" : " scenarios'")
                    + " decisions depend on the order of the rules";
        }
    }

    /**
     * The reordered copies of a rule set: every DRL file with its rules reversed, then
     * {@code shuffles} copies with every DRL file's rules shuffled (seeds 1 to {@code shuffles}).
     *
     * @throws IllegalArgumentException if {@code shuffles} is negative, or a DRL file has a rule
     *                                  without its {@code end} line
     */
    public static List<Variant> variants(RuleSetFiles files, int shuffles) {
        if (shuffles < 0) {
            throw new IllegalArgumentException("shuffles must not be negative, was " + shuffles);
        }
        List<DrlRules> parsed = parse(files);
        List<Variant> out = new ArrayList<>();
        Map<String, String> reversed = new HashMap<>();
        parsed.forEach(drl -> reversed.put(drl.path(), drl.reversed()));
        out.add(variant(files, "rules of every file reversed", reversed));
        for (int seed = 1; seed <= shuffles; seed++) {
            Map<String, String> shuffled = new HashMap<>();
            for (DrlRules drl : parsed) {
                shuffled.put(drl.path(), drl.shuffled(random(seed, drl.path())));
            }
            out.add(variant(files, "rules of every file shuffled (seed " + seed + ")", shuffled));
        }
        return out;
    }

    /**
     * The random order of one file under one seed: each file has its own generator, seeded from the
     * seed and the file's path, so a file's shuffled order depends on that file alone and a change
     * reported for it stays reproducible when other files gain or lose rules.
     */
    static Random random(int seed, String path) {
        return new Random(31L * seed + path.hashCode());
    }

    /** One copy per DRL file with two or more rules, with that file's rules reversed and the rest as written. */
    public static List<Variant> singleFileReversals(RuleSetFiles files) {
        return parse(files).stream().filter(drl -> drl.rules().size() > 1)
                .map(drl -> variant(files, "rules of " + drl.path() + " reversed", Map.of(drl.path(), drl.reversed())))
                .toList();
    }

    /**
     * Runs the rule set's scenarios on the rule set as it is and on each reordered copy of
     * {@link #variants}, and reports every scenario whose decisions changed. When some changed, it
     * also reverses one file at a time ({@link #singleFileReversals}), so the report names the
     * files whose order matters.
     *
     * @param rules    the rule set as written (bundled or from a directory)
     * @param shuffles how many shuffled copies to run beside the reversed one
     */
    public static Report run(VolunteerRules rules, int shuffles) {
        return run(rules, shuffles, variant -> {
        });
    }

    /** As {@link #run(VolunteerRules, int)}, telling {@code progress} the description of each copy as it starts. */
    public static Report run(VolunteerRules rules, int shuffles, Consumer<String> progress) {
        Objects.requireNonNull(rules, "rules must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        List<Variant> variants = new ArrayList<>(variants(rules.files(), shuffles));
        List<ScenarioResult> before = ScenarioSuite.of(rules).run().results();
        List<Change> changes = new ArrayList<>();
        runAll(rules, variants, before, changes, progress);
        if (!changes.isEmpty()) {
            List<Variant> single = singleFileReversals(rules.files());
            variants.addAll(single);
            runAll(rules, single, before, changes, progress);
        }
        return new Report(variants.stream().map(Variant::description).toList(), before.size(), changes);
    }

    private static void runAll(VolunteerRules rules, List<Variant> variants, List<ScenarioResult> before,
            List<Change> changes, Consumer<String> progress) {
        for (Variant v : variants) {
            progress.accept(v.description());
            VolunteerRules reordered;
            try {
                // the rules were linted when first built; reordering them changes no rule's text
                reordered = VolunteerRules.builder().ruleSetFiles(v.files()).clauseCatalogue(rules.clauses())
                        .withoutLint().build();
            } catch (RuleSetException e) {
                changes.add(new Change(v.description(), "(every scenario)", "the reordered rules cannot be used: "
                        + String.join("; ", e.problems())));
                continue;
            }
            List<ScenarioResult> after = ScenarioSuite.of(reordered).run().results();
            for (int i = 0; i < before.size(); i++) {
                String what = difference(before.get(i), after.get(i));
                if (what != null) {
                    changes.add(new Change(v.description(), before.get(i).scenario().title(), what));
                }
            }
        }
    }

    private static List<DrlRules> parse(RuleSetFiles files) {
        return files.rules().stream().map(f -> DrlRules.parse(f.path(), f.text())).toList();
    }

    private static Variant variant(RuleSetFiles files, String description, Map<String, String> texts) {
        return new Variant(description, replace(files, texts, description));
    }

    private static RuleSetFiles replace(RuleSetFiles files, Map<String, String> texts, String description) {
        List<RuleFile> out = new ArrayList<>();
        for (RuleFile f : files.files()) {
            String text = texts.get(f.path());
            out.add(text == null ? f : new RuleFile(f.path(), text.getBytes(StandardCharsets.UTF_8)));
        }
        return RuleSetFiles.of(files.origin() + " (" + description + ")", out);
    }

    /** What differs between two runs of one scenario, or null if nothing does. */
    private static String difference(ScenarioResult a, ScenarioResult b) {
        List<String> parts = new ArrayList<>();
        if (a.decisions().size() != b.decisions().size() || !a.failures().equals(b.failures())
                && (a.decisions().isEmpty() || b.decisions().isEmpty())) {
            return "before: " + (a.decisions().isEmpty() ? String.join("; ", a.failures()) : summary(a.decisions()))
                    + "; after: " + (b.decisions().isEmpty() ? String.join("; ", b.failures()) : summary(b.decisions()));
        }
        for (int i = 0; i < a.decisions().size(); i++) {
            Decision x = a.decisions().get(i);
            Decision y = b.decisions().get(i);
            String subject = x.question().subject();
            if (!x.outcome().status().equals(y.outcome().status())) {
                parts.add(subject + " " + x.outcome().status() + " became " + y.outcome().status());
            }
            Set<String> names = new TreeSet<>(x.values().keySet());
            names.addAll(y.values().keySet());
            for (String name : names) {
                Object vx = x.values().get(name);
                Object vy = y.values().get(name);
                if (!Objects.equals(vx, vy)) {
                    parts.add(subject + " value " + name + " " + show(vx) + " became " + show(vy));
                }
            }
            List<Reason> rx = x.allReasons();
            List<Reason> ry = y.allReasons();
            Set<String> reasons = new LinkedHashSet<>();
            rx.stream().filter(r -> !ry.contains(r)).forEach(r -> reasons.add("- " + r.effect() + " " + r.rule() + ": " + r.en()));
            ry.stream().filter(r -> !rx.contains(r)).forEach(r -> reasons.add("+ " + r.effect() + " " + r.rule() + ": " + r.en()));
            if (!reasons.isEmpty()) {
                parts.add(subject + " reasons " + String.join(" ", reasons));
            } else if (!rx.equals(ry) || !x.outcome().equals(y.outcome())) {
                parts.add(subject + " reasons in another order or grouping");
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String summary(List<Decision> decisions) {
        return decisions.stream().map(d -> d.question().subject() + " " + d.outcome().status()).toList().toString();
    }

    private static String show(Object value) {
        return value == null ? "(none)" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
