package io.volunteerrules.drools;

import io.volunteerrules.core.audit.DecisionLog;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import io.volunteerrules.core.scenario.Evaluator;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.drools.lint.LintFinding;
import io.volunteerrules.drools.lint.RuleLinter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule set that an application can change while it runs: it points at a rules directory and
 * {@link #reload() reloads} it. A new rule set goes live only if it passes {@link RuleLinter lint},
 * compiles, and passes its own scenarios; otherwise the running set keeps serving and the result
 * says why. The previous set can be {@link #restorePrevious() restored}.
 *
 * <pre>{@code
 * LiveRules live = LiveRules.watching(Path.of("/etc/volunteer-rules"));   // checks and loads it
 * List<Decision> decisions = live.evaluate(request);                      // from any thread
 * LiveRules.Change change = live.reload();                                // after staff edit the files
 * if (!change.accepted()) log.warn("{}", change.problems());             // still serving the old set
 * }</pre>
 *
 * <p>Each rule set is an immutable {@link VolunteerRules}; the live one is held in an atomic
 * reference. An evaluation takes the reference once and runs wholly on that set, so evaluations in
 * flight during a swap finish on the set they started with, are never dropped, and never mix two
 * versions; every decision names the version that made it ({@link Decision#ruleSetVersion()}).
 * Reloads and restores are serialised; a set of files already proven (the same bytes, scenarios
 * included) goes live again without being compiled again. Thread-safe.
 */
public final class LiveRules implements Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRules.class);
    private static final int HISTORY = 10;

    private final Path directory;
    private final AtomicReference<VolunteerRules> current;
    private final Deque<VolunteerRules> previous = new ArrayDeque<>();
    private final RuleLinter linter = RuleLinter.standard();
    private final DecisionLog log;
    /** Rule sets that passed every check, by the hash of all their files (scenarios included). */
    private final java.util.Map<String, VolunteerRules> proven = new java.util.LinkedHashMap<>();

    private LiveRules(Path directory, VolunteerRules first, DecisionLog log) {
        this.directory = directory;
        this.current = new AtomicReference<>(first);
        this.log = log;
    }

    /**
     * Serves the rule set in {@code directory}, after checking it as {@link #reload()} does.
     *
     * @throws RuleSetException listing every problem, if the directory's rule set cannot go live
     */
    public static LiveRules watching(Path directory) {
        return watching(directory, null);
    }

    /**
     * As {@link #watching(Path)}, writing every decision to {@code log} (may be null for none).
     *
     * @throws RuleSetException listing every problem, if the directory's rule set cannot go live
     */
    public static LiveRules watching(Path directory, DecisionLog log) {
        Objects.requireNonNull(directory, "rules directory must not be null");
        RuleSetFiles files;
        try {
            files = RuleSetFiles.fromDirectory(directory);
        } catch (RuntimeException e) {
            throw new RuleSetException(directory.toString(), List.of(String.valueOf(e.getMessage())), e);
        }
        Candidate c = check(files, RuleLinter.standard());
        if (c.rules == null) {
            throw new RuleSetException(files.origin(), c.problems);
        }
        LiveRules live = new LiveRules(directory, c.rules, log);
        live.proven.put(fingerprint(files), c.rules);
        return live;
    }

    /**
     * Serves an engine already built (the bundled rules, say), trusted as it is; {@link #reload()}
     * then reads {@code directory}. Offering the same files again later needs no new checks.
     */
    public static LiveRules startingWith(VolunteerRules rules, Path directory, DecisionLog log) {
        LiveRules live = new LiveRules(Objects.requireNonNull(directory, "rules directory must not be null"),
                Objects.requireNonNull(rules, "rules must not be null"), log);
        live.proven.put(fingerprint(rules.files()), rules);
        return live;
    }

    /**
     * Answers with the live rule set; the whole request runs on one version.
     *
     * @throws InvalidRequestException listing every problem, if the request is invalid
     * @throws EvaluationException     if the rules fail while answering
     * @throws NullPointerException    if {@code request} is null
     */
    @Override
    public List<Decision> evaluate(EvaluationRequest request) {
        List<Decision> decisions = current.get().evaluate(request);
        if (log != null) {
            log.record(request, decisions);
        }
        return decisions;
    }

    /** The engine now live. Hold it to run several requests on one version. */
    public VolunteerRules current() {
        return current.get();
    }

    /** The version now live. */
    public String version() {
        return current.get().ruleSetVersion();
    }

    /** Reads the directory again and puts its rule set live if it passes every check. */
    public Change reload() {
        RuleSetFiles files;
        try {
            files = RuleSetFiles.fromDirectory(directory);
        } catch (RuntimeException e) {
            return reject(List.of(e.getMessage()));
        }
        return offer(files);
    }

    /** Puts a rule set live if it passes lint, compiles and passes its scenarios. */
    public synchronized Change offer(RuleSetFiles files) {
        Objects.requireNonNull(files, "files must not be null");
        String before = version();
        String key = fingerprint(files);
        VolunteerRules known = proven.get(key);
        Candidate c = known != null ? new Candidate(known, List.of(), "already proven") : check(files, linter);
        if (c.rules == null) {
            return reject(c.problems);
        }
        proven.put(key, c.rules);
        if (proven.size() > HISTORY) {
            proven.remove(proven.keySet().iterator().next());
        }
        VolunteerRules old = current.getAndSet(c.rules);
        previous.push(old);
        while (previous.size() > HISTORY) {
            previous.removeLast();
        }
        LOG.info("rule set {} is live (was {}): {}", c.rules.ruleSetVersion(), before, c.summary);
        return new Change(true, c.rules.ruleSetVersion(), before, List.of(), c.summary);
    }

    /** Puts the rule set that was live before the last change back, if there is one. */
    public synchronized Optional<Change> restorePrevious() {
        VolunteerRules back = previous.poll();
        if (back == null) {
            return Optional.empty();
        }
        String before = current.getAndSet(back).ruleSetVersion();
        LOG.info("rule set {} restored (was {})", back.ruleSetVersion(), before);
        return Optional.of(new Change(true, back.ruleSetVersion(), before, List.of(), "restored"));
    }

    /** A hash of every file, scenarios included: the same files passed the same checks. */
    private static String fingerprint(RuleSetFiles files) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (var f : files.files()) {
                sha.update(f.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.content());
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Change reject(List<String> problems) {
        String live = version();
        LOG.warn("rule set rejected; {} keeps serving:\n  {}", live, String.join("\n  ", problems));
        return new Change(false, live, live, problems, "rejected");
    }

    private record Candidate(VolunteerRules rules, List<String> problems, String summary) {
    }

    private static Candidate check(RuleSetFiles files, RuleLinter linter) {
        List<LintFinding> findings = linter.lint(files);
        if (!findings.isEmpty()) {
            return new Candidate(null, findings.stream().map(f -> "lint: " + f).toList(), null);
        }
        VolunteerRules candidate;
        try {
            candidate = VolunteerRules.builder().ruleSetFiles(files).build();
        } catch (RuleSetException e) {
            return new Candidate(null, e.problems().stream().map(p -> "compile: " + p).toList(), null);
        } catch (RuntimeException e) {
            return new Candidate(null, List.of("compile: " + e.getMessage()), null);
        }
        ScenarioSuite.Report report = ScenarioSuite.of(candidate).run();
        if (report.results().isEmpty()) {
            return new Candidate(null, List.of("scenarios: the rule set has no scenarios; it cannot be proven"), null);
        }
        if (!report.allPassed()) {
            List<String> problems = new ArrayList<>();
            report.failures().forEach(f -> problems.add("scenario: " + f));
            problems.add("scenarios: " + report.summary());
            return new Candidate(null, problems, null);
        }
        return new Candidate(candidate, List.of(), "scenarios " + report.summary());
    }

    /**
     * What a reload or restore did.
     *
     * @param accepted        whether the offered rule set went live
     * @param version         the version live now
     * @param previousVersion the version live before
     * @param problems        why it was rejected (lint, compile or scenario problems); empty if accepted
     * @param summary         a line for logs
     */
    public record Change(boolean accepted, String version, String previousVersion, List<String> problems,
            String summary) {

        public Change {
            problems = List.copyOf(problems);
        }
    }
}
