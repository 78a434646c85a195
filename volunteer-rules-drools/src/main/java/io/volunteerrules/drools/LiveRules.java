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
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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
 * Every evaluation, the scenarios a reload runs included, is {@link EvaluationBounds bounded}.
 *
 * <p>Concurrency: a reload checks the new set (lint, compile, scenarios) on a thread of its own, and
 * no lock is held meanwhile, so evaluations go on with the live set and {@link #restorePrevious()}
 * answers at once. One reload runs at a time: a second one asked for meanwhile returns at once,
 * not accepted, saying a reload is in progress. A check that does not finish within the check
 * timeout (default two minutes) is abandoned and the reload rejected. If the live set changed while
 * a reload was checking (a {@link #restorePrevious() restore}), the checked set does not go live:
 * the restore stands, and the reload says so (reloading the same files again puts them live
 * without checking them twice). A set of files already proven (the same bytes, scenarios included)
 * goes live again without being checked again. Thread-safe.
 */
public final class LiveRules implements Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRules.class);
    private static final int HISTORY = 10;
    /** Abandoned checks still running beyond which a reload is refused until they end. */
    private static final int MAX_ABANDONED = 2;
    /** How long a reload waits for its check by default. */
    public static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofMinutes(2);

    private static final AtomicLong CHECKS = new AtomicLong();

    private final Path directory;
    private final AtomicReference<VolunteerRules> current;
    private final RuleLinter linter = RuleLinter.standard();
    private final DecisionLog log;
    private final EvaluationBounds bounds;
    private final Duration checkTimeout;
    /** Set while a reload runs: one at a time. */
    private final AtomicBoolean reloading = new AtomicBoolean();
    /** Checks given up on that have not ended yet. */
    private final AtomicInteger abandoned = new AtomicInteger();
    /** Called on the check's thread as it starts (tests hold a check there). */
    private final Consumer<RuleSetFiles> onCheck;

    /** Guards the fields below; held only to swap, never while a rule set is checked. */
    private final Object swap = new Object();
    private final Deque<VolunteerRules> previous = new ArrayDeque<>();
    /** Rule sets that passed every check, by the hash of all their files (scenarios included). */
    private final Map<String, VolunteerRules> proven = new LinkedHashMap<>();
    /** Counts swaps (changes and restores): a reload whose set changed meanwhile does not go live. */
    private long generation;

    private LiveRules(Builder b, VolunteerRules first) {
        this.directory = b.directory;
        this.current = new AtomicReference<>(first);
        this.log = b.log;
        this.bounds = b.bounds;
        this.checkTimeout = b.checkTimeout;
        this.onCheck = b.onCheck;
    }

    /**
     * Serves the rule set in {@code directory}, after checking it as {@link #reload()} does.
     *
     * @throws RuleSetException listing every problem, if the directory's rule set cannot go live
     */
    public static LiveRules watching(Path directory) {
        return builder(directory).build();
    }

    /**
     * As {@link #watching(Path)}, writing every decision to {@code log} (may be null for none).
     *
     * @throws RuleSetException listing every problem, if the directory's rule set cannot go live
     */
    public static LiveRules watching(Path directory, DecisionLog log) {
        return builder(directory).decisionLog(log).build();
    }

    /**
     * Serves an engine already built (the bundled rules, say), trusted as it is; {@link #reload()}
     * then reads {@code directory}, and rule sets it loads get the engine's {@link VolunteerRules#bounds()
     * bounds}. Offering the same files again later needs no new checks.
     */
    public static LiveRules startingWith(VolunteerRules rules, Path directory, DecisionLog log) {
        Objects.requireNonNull(rules, "rules must not be null");
        return builder(directory).decisionLog(log).bounds(rules.bounds()).startingWith(rules).build();
    }

    /** Starts configuring live rules for {@code directory}. */
    public static Builder builder(Path directory) {
        return new Builder(directory);
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

    /** The bounds every evaluation of a rule set this loads runs under, its scenarios included. */
    public EvaluationBounds bounds() {
        return bounds;
    }

    /**
     * Reads the directory again and puts its rule set live if it passes every check. Returns at once,
     * not accepted, if another reload is in progress.
     */
    public Change reload() {
        if (!reloading.compareAndSet(false, true)) {
            return busy();
        }
        try {
            RuleSetFiles files;
            try {
                files = RuleSetFiles.fromDirectory(directory);
            } catch (RuntimeException e) {
                return reject(List.of(e.getMessage()));
            }
            return offerNow(files);
        } finally {
            reloading.set(false);
        }
    }

    /**
     * Puts a rule set live if it passes lint, compiles and passes its scenarios. Returns at once, not
     * accepted, if another reload is in progress.
     */
    public Change offer(RuleSetFiles files) {
        Objects.requireNonNull(files, "files must not be null");
        if (!reloading.compareAndSet(false, true)) {
            return busy();
        }
        try {
            return offerNow(files);
        } finally {
            reloading.set(false);
        }
    }

    private Change offerNow(RuleSetFiles files) {
        String key = fingerprint(files);
        long startedAt;
        VolunteerRules known;
        synchronized (swap) {
            startedAt = generation;
            known = proven.get(key);
        }
        Candidate c = known != null ? new Candidate(known, List.of(), "already proven") : checkInBackground(files);
        if (c.rules == null) {
            return reject(c.problems);
        }
        synchronized (swap) {
            proven.remove(key);
            proven.put(key, c.rules);
            if (proven.size() > HISTORY) {
                proven.remove(proven.keySet().iterator().next());
            }
            String before = version();
            if (generation != startedAt) {
                String why = "the live rule set changed while this one was being checked (a restore): it was not put"
                        + " live; reload again to put it live";
                LOG.warn("rule set {} passed its checks but was not put live: {}", c.rules.ruleSetVersion(), why);
                return new Change(false, before, before, List.of(why), "superseded");
            }
            VolunteerRules old = current.getAndSet(c.rules);
            generation++;
            previous.push(old);
            while (previous.size() > HISTORY) {
                previous.removeLast();
            }
            LOG.info("rule set {} is live (was {}): {}", c.rules.ruleSetVersion(), before, c.summary);
            return new Change(true, c.rules.ruleSetVersion(), before, List.of(), c.summary);
        }
    }

    /**
     * Puts the rule set that was live before the last change back, if there is one. Never waits for a
     * reload in progress: it restores at once, and that reload's set will not go live.
     */
    public Optional<Change> restorePrevious() {
        synchronized (swap) {
            VolunteerRules back = previous.poll();
            if (back == null) {
                return Optional.empty();
            }
            String before = current.getAndSet(back).ruleSetVersion();
            generation++;
            LOG.info("rule set {} restored (was {})", back.ruleSetVersion(), before);
            return Optional.of(new Change(true, back.ruleSetVersion(), before, List.of(), "restored"));
        }
    }

    /**
     * Checks a rule set on a thread of its own, waiting at most the check timeout. Every evaluation of
     * its scenarios is bounded, so a loop fails its scenario quickly; what the bounds cannot cut short
     * (one condition or consequence that runs for minutes) is abandoned: the check's thread is
     * interrupted and ends at its next rule firing, and the reload is rejected meanwhile.
     */
    private Candidate checkInBackground(RuleSetFiles files) {
        return checkInBackground(files, linter, bounds, checkTimeout, onCheck, abandoned);
    }

    private static Candidate checkInBackground(RuleSetFiles files, RuleLinter linter, EvaluationBounds bounds,
            Duration timeout, Consumer<RuleSetFiles> onCheck, AtomicInteger abandoned) {
        if (abandoned.get() >= MAX_ABANDONED) {
            return new Candidate(null, List.of("check: " + abandoned.get() + " earlier checks that did not finish in time"
                    + " are still running; try again when they end (or restart the application)"), null);
        }
        CompletableFuture<Candidate> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                onCheck.accept(files);
                result.complete(check(files, linter, bounds));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "volunteer-rules-check-" + CHECKS.incrementAndGet());
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandoned.incrementAndGet();
            result.whenComplete((c, t) -> abandoned.decrementAndGet());
            worker.interrupt();
            LOG.warn("the check of rule set {} did not finish within {} ms; abandoned (thread {})", files.origin(),
                    timeout.toMillis(), worker.getName());
            return new Candidate(null, List.of("check: lint, compile and scenarios did not finish within "
                    + seconds(timeout) + "; a rule's condition or consequence may run for very long. The check was"
                    + " abandoned and stops at its next rule firing"), null);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return new Candidate(null, List.of("check: interrupted while waiting for the check"), null);
        } catch (ExecutionException e) {
            return new Candidate(null, List.of("check: " + e.getCause()), null);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
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

    private Change busy() {
        String live = version();
        return new Change(false, live, live, List.of("another reload is in progress; try again when it has finished"), "busy");
    }

    private Change reject(List<String> problems) {
        String live = version();
        LOG.warn("rule set rejected; {} keeps serving:\n  {}", live, String.join("\n  ", problems));
        return new Change(false, live, live, problems, "rejected");
    }

    private record Candidate(VolunteerRules rules, List<String> problems, String summary) {
    }

    private static Candidate check(RuleSetFiles files, RuleLinter linter, EvaluationBounds bounds) {
        List<LintFinding> findings = linter.lint(files);
        if (!findings.isEmpty()) {
            return new Candidate(null, findings.stream().map(f -> "lint: " + f).toList(), null);
        }
        VolunteerRules candidate;
        try {
            candidate = VolunteerRules.builder().ruleSetFiles(files).bounds(bounds).build();
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

    /** Configures live rules: the directory, a decision log, the bounds of every evaluation, the check timeout. */
    public static final class Builder {
        private final Path directory;
        private DecisionLog log;
        private EvaluationBounds bounds = EvaluationBounds.DEFAULT;
        private Duration checkTimeout = DEFAULT_CHECK_TIMEOUT;
        private VolunteerRules first;
        private Consumer<RuleSetFiles> onCheck = files -> {
        };

        private Builder(Path directory) {
            this.directory = Objects.requireNonNull(directory, "rules directory must not be null");
        }

        /** Writes every decision to {@code log} (null for none, the default). */
        public Builder decisionLog(DecisionLog log) {
            this.log = log;
            return this;
        }

        /** The bounds of every evaluation of the rule sets loaded, their scenarios included (default {@link EvaluationBounds#DEFAULT}). */
        public Builder bounds(EvaluationBounds bounds) {
            this.bounds = Objects.requireNonNull(bounds, "bounds must not be null");
            return this;
        }

        /**
         * How long a reload waits for lint, compile and scenarios before it gives up and rejects the set
         * (default two minutes).
         *
         * @throws IllegalArgumentException if {@code timeout} is not positive
         */
        public Builder checkTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "check timeout must not be null");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("check timeout must be positive, was " + timeout);
            }
            this.checkTimeout = timeout;
            return this;
        }

        /** Serves this engine first, trusted as it is, instead of checking the directory's rule set now. */
        public Builder startingWith(VolunteerRules rules) {
            this.first = Objects.requireNonNull(rules, "rules must not be null");
            return this;
        }

        /** Runs {@code hook} on a check's thread as the check starts (tests hold a check there). */
        Builder onCheck(Consumer<RuleSetFiles> hook) {
            this.onCheck = Objects.requireNonNull(hook);
            return this;
        }

        /**
         * Checks the directory's rule set as {@link LiveRules#reload()} does (unless {@link #startingWith}
         * gave an engine) and serves it.
         *
         * @throws RuleSetException listing every problem, if the directory's rule set cannot go live
         */
        public LiveRules build() {
            VolunteerRules rules = first;
            if (rules == null) {
                RuleSetFiles files;
                try {
                    files = RuleSetFiles.fromDirectory(directory);
                } catch (RuntimeException e) {
                    throw new RuleSetException(directory.toString(), List.of(String.valueOf(e.getMessage())), e);
                }
                Candidate c = checkInBackground(files, RuleLinter.standard(), bounds, checkTimeout, onCheck,
                        new AtomicInteger());
                if (c.rules == null) {
                    throw new RuleSetException(files.origin(), c.problems);
                }
                rules = c.rules;
            }
            LiveRules live = new LiveRules(this, rules);
            live.proven.put(fingerprint(rules.files()), rules);
            return live;
        }
    }
}
