package io.volunteerrules.drools;

import io.volunteerrules.core.calendar.WorkingDayCalendar;
import io.volunteerrules.core.clauses.ClauseCatalogue;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Effect;
import io.volunteerrules.core.decision.Outcome;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.params.MissingParameterException;
import io.volunteerrules.core.params.ParameterSet;
import io.volunteerrules.core.params.ParameterValueException;
import io.volunteerrules.core.params.ParameterTables;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.request.FactList;
import io.volunteerrules.core.request.Question;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import io.volunteerrules.core.scenario.Evaluator;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Language;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.RequestLimits;
import io.volunteerrules.core.validation.RequestValidator;
import io.volunteerrules.core.validation.Violation;
import io.volunteerrules.drools.internal.facts.DerivedValue;
import io.volunteerrules.drools.internal.facts.Finding;
import io.volunteerrules.drools.lint.LintFinding;
import io.volunteerrules.drools.lint.RuleLinter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;

/**
 * The engine: answers the questions of a request from its facts, as of the request's date, with the
 * rules, parameters and clause catalogue it was built with.
 *
 * <pre>{@code
 * VolunteerRules rules = VolunteerRules.builder().build();          // the bundled rules
 * List<Decision> decisions = rules.evaluate(request);
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. Each evaluation runs in a rule session of its
 * own (taken from a pool, reset when handed back) and reads nothing but the request — never the
 * clock — so the same request and rule set always give the same decisions.
 *
 * <p>Each evaluation is {@link EvaluationBounds bounded}: a rule set that loops, or that a crafted
 * request makes loop, stops with an {@link EvaluationLimitException} for that request (the only
 * place the clock is read is this time budget, and it never changes a decision, only whether one is
 * made). The session of a stopped evaluation is thrown away, not reused.
 */
public final class VolunteerRules implements Evaluator {

    private final RuleSet ruleSet;
    private final RequestValidator validator;
    private final RuleBases bases;
    private final String version;
    private final EvaluationBounds bounds;

    private VolunteerRules(RuleSet ruleSet, RequestLimits limits, EvaluationBounds bounds, boolean cutRuleBases) {
        Cases.checkEveryKindResolved();
        this.ruleSet = ruleSet;
        this.validator = new RequestValidator(limits);
        this.bases = new RuleBases(ruleSet.kieBase(), ruleSet.freshKieBase(),
                Math.max(16, 4 * Runtime.getRuntime().availableProcessors()), cutRuleBases);
        this.version = ruleSet.files().version();
        this.bounds = bounds;
    }

    /** Starts building an engine; with no further choice it uses the rules bundled in this jar. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Answers every question of the request, in the order asked.
     *
     * @param request the facts, the questions and the as-of date
     * @return one decision per question, in the order of the questions
     * @throws InvalidRequestException listing every problem, if the request is invalid (including an
     *                                 as-of date on which the rule set has no parameter values);
     *                                 nothing is evaluated then
     * @throws EvaluationException     if the rules fail while answering (a rule's action throws, or no
     *                                 rule answers a question): a defect of the rule set, not of the
     *                                 request
     * @throws ConflictingValuesException (an {@link EvaluationException}) if two rules of the rule set
     *                                 give one question two different values under one name
     * @throws EvaluationLimitException (an {@link EvaluationException}) if the evaluation exceeded its
     *                                 {@link #bounds() bounds}: too many rule firings or derived facts,
     *                                 or longer than its time budget; nothing is decided
     * @throws NullPointerException    if {@code request} is null
     */
    @Override
    public List<Decision> evaluate(EvaluationRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        ParameterSet params = check(request);
        return run(request, params, null);
    }

    /**
     * Answers every question of the request with some parameters set to other values than the rows
     * in force on its as-of date, each read as its table reads it. The decisions still name the rule
     * set's version, which does not include these values: this is for scenarios and what-if checks,
     * not for decisions to publish.
     *
     * @param request    the facts, the questions and the as-of date
     * @param parameters values by parameter key, each in the form its table is written in
     * @return one decision per question, in the order of the questions
     * @throws InvalidRequestException  listing every problem, if the request is invalid
     * @throws ParameterValueException  listing every key that is unknown or whose value does not fit
     *                                  its parameter; nothing is evaluated
     * @throws EvaluationLimitException if the evaluation exceeded its bounds, as for {@link #evaluate(EvaluationRequest)}
     * @throws EvaluationException      if the rules fail while answering, as for {@link #evaluate(EvaluationRequest)}
     * @throws NullPointerException     if {@code request} or {@code parameters} is null
     */
    @Override
    public List<Decision> evaluate(EvaluationRequest request, Map<String, Object> parameters) {
        return evaluate(request, parameters, null);
    }

    /**
     * As {@link #evaluate(EvaluationRequest, Map)}, with what {@code parameterFacts} makes of the
     * parameter set inserted in its place when not null (for tools that insert views of it,
     * {@link ParameterReads}).
     */
    List<Decision> evaluate(EvaluationRequest request, Map<String, Object> parameters,
            Function<ParameterSet, List<Object>> parameterFacts) {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(parameters, "parameters must not be null");
        ParameterSet params = check(request);
        if (parameters.isEmpty()) {
            return run(request, params, parameterFacts);
        }
        Map<String, Object> values = new LinkedHashMap<>(params.values());
        List<String> problems = new ArrayList<>();
        parameters.forEach((key, raw) -> {
            io.volunteerrules.core.params.Parameter p = ruleSet.parameters().parameters().get(key);
            if (p == null) {
                problems.add(key + ": no such parameter in the rule set's tables");
                return;
            }
            try {
                values.put(key, p.type().read(raw));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new ParameterValueException(problems);
        }
        return run(request, new ParameterSet(params.date(), values), parameterFacts);
    }

    /**
     * Answers the questions of many requests: the bulk form of {@link #evaluate}. Every request is
     * validated before any is evaluated, so an invalid one rejects the whole batch with every problem
     * listed (paths start with the request's index, {@code [3].volunteers[0].birthDate}).
     *
     * Each request runs under its own {@link #bounds() bounds}.
     *
     * @param requests the requests, none of them null
     * @return the decisions of each request, in the order of the requests
     * @throws InvalidRequestException  if any request is invalid (or null); none is evaluated then
     * @throws EvaluationLimitException if a request exceeded its bounds; its message starts with the
     *                                  request's index, {@code request [3]: …}
     * @throws EvaluationException      if the rules fail while answering, as for {@link #evaluate}
     * @throws NullPointerException     if {@code requests} is null
     */
    public List<List<Decision>> evaluateAll(List<EvaluationRequest> requests) {
        Objects.requireNonNull(requests, "requests must not be null");
        List<ParameterSet> params = new ArrayList<>(requests.size());
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            EvaluationRequest r = requests.get(i);
            try {
                if (r == null) {
                    throw new InvalidRequestException(List.of(new Violation("", "request must not be null")));
                }
                params.add(check(r));
            } catch (InvalidRequestException e) {
                String prefix = "[" + i + "]";
                e.violations().forEach(v -> problems.add(new Violation(
                        v.path().isEmpty() ? prefix : prefix + (v.path().startsWith("[") ? "" : ".") + v.path(),
                        v.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<List<Decision>> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            try {
                out.add(run(requests.get(i), params.get(i), null));
            } catch (EvaluationLimitException e) {
                throw e.inRequest(i);
            }
        }
        return out;
    }

    /** The content hash of the rules and parameter tables in use: {@code sha256:…}. */
    public String ruleSetVersion() {
        return version;
    }

    /** The work and time each evaluation may take before it is stopped. */
    public EvaluationBounds bounds() {
        return bounds;
    }

    /** How many rule sessions are kept for reuse now (for tests: a stopped session is never kept). */
    int idleSessions() {
        return bases.idleSessions();
    }

    /** The rule bases made so far, the whole one first (for tests). */
    List<RuleBases.Base> ruleBases() {
        return bases.all();
    }

    /** The rules in use with their clauses and messages. */
    public RuleCatalogue rules() {
        return ruleSet.rules();
    }

    /** The parameter tables in use. */
    public ParameterTables parameters() {
        return ruleSet.parameters();
    }

    /** The working-day calendar of the rule set in use: the years whose holiday notice it holds. */
    public WorkingDayCalendar calendar() {
        return ruleSet.calendar();
    }

    /** The files of the rule set in use (rules, parameter tables, calendar, scenarios). */
    public RuleSetFiles files() {
        return ruleSet.files();
    }

    /** The clauses that rules and scenarios may cite. */
    public ClauseCatalogue clauses() {
        return ruleSet.clauses();
    }

    private ParameterSet check(EvaluationRequest request) {
        validator.validate(request);
        try {
            return ruleSet.parameters().inForceOn(request.asOf());
        } catch (MissingParameterException e) {
            // no row is ever in force before its source (reading principle 5), so before the texts
            // the rules rest on were in force there is nothing to decide by
            String from = ruleSet.parameters().allInForceFrom()
                    .filter(d -> d.isAfter(e.date()))
                    .map(d -> "the rule set decides from " + d + ", when every parameter is in force; ")
                    .orElse("");
            List<String> keys = e.keys().stream().sorted().toList();
            String listed = String.join(", ", keys.subList(0, Math.min(5, keys.size())))
                    + (keys.size() > 5 ? " and " + (keys.size() - 5) + " more" : "");
            throw new InvalidRequestException(List.of(new Violation("asOf",
                    from + "no parameter value is in force on " + e.date() + " for " + listed)));
        }
    }

    private List<Decision> run(EvaluationRequest request, ParameterSet params,
            Function<ParameterSet, List<Object>> parameterFacts) {
        Map<String, List<Finding>> findings = new HashMap<>();
        Map<String, Map<String, DerivedValue>> values = new HashMap<>();
        // the questions resolved into their case facts first: which of those a request brings says
        // which rules can fire for it, and so which rule base it runs in
        List<Object> shared;
        List<List<Object>> perQuestion = new ArrayList<>(request.questions().size());
        long mask = 0;
        try {
            Cases cases = new Cases(request, params);
            shared = request.questions().stream().anyMatch(Cases::needsSharedFacts) ? cases.shared() : List.of();
            for (Object o : shared) {
                mask = RuleBases.mask(mask, o);
            }
            for (Question q : request.questions()) {
                List<Object> of = cases.of(q);
                perQuestion.add(of);
                mask = RuleBases.mask(mask, q);
                for (Object o : of) {
                    mask = RuleBases.mask(mask, o);
                }
            }
        } catch (RuntimeException e) {
            throw new EvaluationException(ruleSetVersion(), "rule set " + ruleSetVersion() + " could not resolve the"
                    + " questions of the request of " + request.asOf() + ": " + e.getMessage(), e);
        }
        RuleBases.Base base = bases.forFacts(mask);
        long start = System.nanoTime();
        // a kept session, reset after its last request; handed back only if this one ends normally
        SessionPool sessions = base.sessions();
        KieSession session = sessions.take();
        boolean clean = false;
        try {
            fire(base, session, request, params, parameterFacts, shared, perQuestion, findings, values, start);
            clean = true;
        } catch (EvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof java.util.concurrent.CancellationException) {
                throw e;
            }
            throw new EvaluationException(ruleSetVersion(), "rule set " + ruleSetVersion() + " failed while answering the request of "
                    + request.asOf() + ": " + e.getMessage(), e);
        } finally {
            if (clean) {
                sessions.giveBack(session);
            } else {
                // stopped by a bound, or a rule threw: whatever the session holds now must not serve again
                sessions.discard(session);
            }
        }
        List<Decision> decisions = new ArrayList<>(request.questions().size());
        for (Question q : request.questions()) {
            List<Finding> forQuestion = findings.getOrDefault(q.subject(), List.of());
            if (forQuestion.isEmpty()) {
                throw new EvaluationException(ruleSetVersion(), "no rule of rule set " + ruleSetVersion() + " answered the question "
                        + q.subject() + "; the rule set lacks the rules for this kind of question", null);
            }
            List<Reason> reasons = forQuestion.stream().map(this::reason).distinct().sorted(REASON_ORDER).toList();
            Outcome outcome = Outcome.of(reasons);
            // a set, not the outcome's list: a question with tens of thousands of reasons (one per
            // record left out of the hours) must not cost their square
            Set<Reason> decisive = new HashSet<>(outcome.reasons());
            List<Reason> context = reasons.stream().filter(r -> !decisive.contains(r)).toList();
            decisions.add(new Decision(q, request.asOf(), outcome, context, valuesOf(values.get(q.subject())),
                    ruleSetVersion()));
        }
        return decisions;
    }

    private void fire(RuleBases.Base base, KieSession session, EvaluationRequest request, ParameterSet params,
            Function<ParameterSet, List<Object>> parameterFacts, List<Object> shared, List<List<Object>> perQuestion,
            Map<String, List<Finding>> findings, Map<String, Map<String, DerivedValue>> values, long start) {
        if (parameterFacts == null) {
            session.insert(params);
        } else {
            parameterFacts.apply(params).forEach(session::insert);
        }
        if (base.matched(WorkingDayCalendar.class)) {
            session.insert(ruleSet.calendar());
        }
        for (FactList list : FactList.all()) {
            List<Object> facts = list.in(request);
            for (int i = 0, n = facts.size(); i < n; i++) {
                // a fact of a type no rule matches cannot change any decision: leave it out
                Object fact = facts.get(i);
                if (base.matched(fact.getClass())) {
                    session.insert(fact);
                }
            }
        }
        for (Object o : shared) {
            if (base.matched(o.getClass())) {
                session.insert(o);
            }
        }
        // the facts are classified first (records counted or not, organisations resolved), then
        // the questions asked: a rule that sums what the classification derives (a volunteer's
        // verified hours over thousands of records) then fires once over the whole, instead of
        // once per record as each is counted, which cost the square of the records
        BoundedFiring.fire(session, bounds, start, version);
        for (int i = 0; i < perQuestion.size(); i++) {
            Question q = request.questions().get(i);
            if (base.matched(q.getClass())) {
                session.insert(q);
            }
            for (Object c : perQuestion.get(i)) {
                session.insert(c);
            }
        }
        BoundedFiring.fire(session, bounds, start, version);
        // the object store keeps facts by class, so these read only the findings and values
        for (Object o : session.getObjects(FINDINGS)) {
            Finding f = (Finding) o;
            findings.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        }
        for (Object o : session.getObjects(VALUES)) {
            DerivedValue v = (DerivedValue) o;
            DerivedValue other = values.computeIfAbsent(v.subject(), k -> new HashMap<>()).putIfAbsent(v.name(), v);
            if (other != null && !Objects.equals(other.value(), v.value())) {
                throw ConflictingValuesException.of(ruleSetVersion(), other, v);
            }
        }
    }

    private static Map<String, Object> valuesOf(Map<String, DerivedValue> derived) {
        if (derived == null) {
            return null;
        }
        Map<String, Object> out = new HashMap<>(derived.size() * 2);
        derived.forEach((name, v) -> out.put(name, v.value()));
        return out;
    }

    private static final ObjectFilter FINDINGS = new ClassObjectFilter(Finding.class);
    private static final ObjectFilter VALUES = new ClassObjectFilter(DerivedValue.class);

    private static final Comparator<Reason> REASON_ORDER = Comparator.comparing(Reason::effect)
            .thenComparing(Reason::rule)
            .thenComparing(Reason::en);

    private Reason reason(Finding f) {
        RuleInfo info = ruleSet.rules().find(f.rule())
                .orElseThrow(() -> new EvaluationException(ruleSetVersion(), "rule set " + ruleSetVersion() + ": finding of unknown rule "
                        + f.rule(), null));
        try {
            // codes the rules name (skills, fields, …) by this rule set's own vocabulary, when it has one
            Map<String, Object> args = ruleSet.vocabulary() == null ? f.args() : ruleSet.vocabulary().named(f.args());
            Bilingual next = null;
            if (info.nextZh() != null && (f.effect() == Effect.REFUSE || f.effect() == Effect.REVIEW)) {
                next = new Bilingual(info.nextZh().format(args, Language.ZH), info.nextEn().format(args, Language.EN));
            }
            return new Reason(info.name(), info.clauses(), f.effect(), info.zh().format(args, Language.ZH),
                    info.en().format(args, Language.EN), next);
        } catch (IllegalArgumentException e) {
            throw new EvaluationException(ruleSetVersion(), "rule \"" + info.name() + "\" of rule set " + ruleSetVersion() + " "
                    + e.getMessage(), e);
        }
    }

    /** Chooses the rule set and builds the engine. */
    public static final class Builder {
        private Path rulesDirectory;
        private RuleSetFiles ruleSetFiles;
        private ClassLoader classLoader = VolunteerRules.class.getClassLoader();
        private ClauseCatalogue clauses;
        private boolean lint = true;
        private boolean cutRuleBases = true;
        private boolean compileIfModelMissing;
        private RequestLimits limits = RequestLimits.defaults();
        private EvaluationBounds bounds = EvaluationBounds.DEFAULT;

        private Builder() {
        }

        /**
         * Compiles the files without linting them (still in the sandbox). For this package only: the
         * order check's reordered copies of files that were linted when first built (reordering rules
         * changes no rule's text), and its test of a deliberately defective rule set.
         */
        Builder withoutLint() {
            this.lint = false;
            return this;
        }

        /**
         * Answers every request in the whole rule base, never in one cut down to the rules its facts
         * can fire. For this package's tests only, which compare the two.
         */
        Builder wholeRuleBaseOnly() {
            this.cutRuleBases = false;
            return this;
        }

        /**
         * How large a request may be (facts, service records per volunteer, succession steps, the
         * oldest age); a request over a limit is refused as invalid, naming the limit. By default
         * {@link RequestLimits#defaults()}.
         *
         * @param limits the limits to apply
         * @return this builder
         * @throws NullPointerException if {@code limits} is null
         */
        public Builder requestLimits(RequestLimits limits) {
            this.limits = Objects.requireNonNull(limits, "request limits must not be null");
            return this;
        }

        /**
         * Uses the rule set in a directory (same layout as the bundled one) instead of the bundled
         * rules. When {@link #build()} runs, its DRL is linted ({@link RuleLinter}) and, if clean,
         * compiled in the rule sandbox; a symbolic link in the directory is refused.
         *
         * @param directory the root of the rule set, holding {@code rule-set.yaml}
         * @return this builder
         * @throws NullPointerException if {@code directory} is null
         */
        public Builder rulesDirectory(Path directory) {
            this.rulesDirectory = Objects.requireNonNull(directory, "rules directory must not be null");
            return this;
        }

        /**
         * Uses a rule set already read into memory (say, from a directory that was then checked):
         * exactly these files are linted and compiled, whatever happens on disk meanwhile.
         *
         * @param files the rule set's files
         * @return this builder
         * @throws NullPointerException if {@code files} is null
         */
        public Builder ruleSetFiles(RuleSetFiles files) {
            this.ruleSetFiles = Objects.requireNonNull(files, "rule set files must not be null");
            return this;
        }

        /**
         * The class loader that holds the bundled rules (by default, this library's).
         *
         * @param loader the class loader to read the bundled rules and their executable model from
         * @return this builder
         * @throws NullPointerException if {@code loader} is null
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "class loader must not be null");
            return this;
        }

        /**
         * The clauses rules may cite (by default, the bundled catalogue).
         *
         * @param catalogue the clause catalogue
         * @return this builder
         * @throws NullPointerException if {@code catalogue} is null
         */
        public Builder clauseCatalogue(ClauseCatalogue catalogue) {
            this.clauses = Objects.requireNonNull(catalogue, "clause catalogue must not be null");
            return this;
        }

        /**
         * What to do when the bundled rules' executable model is not on the class path (a repackaged
         * jar that dropped {@code META-INF/kie/} or the generated classes): by default
         * {@link #build()} fails, naming what is missing; with {@code true} it compiles the bundled DRL
         * instead, which costs seconds at every start. Rules directories are always compiled.
         *
         * @param compile whether to compile the bundled DRL when its executable model is missing
         * @return this builder
         */
        public Builder compileIfModelMissing(boolean compile) {
            this.compileIfModelMissing = compile;
            return this;
        }

        /**
         * The work and time each evaluation may take ({@link EvaluationBounds#DEFAULT} unless set): an
         * evaluation that exceeds them fails with {@link EvaluationLimitException}.
         *
         * @param bounds the bounds of every evaluation
         * @return this builder
         * @throws NullPointerException if {@code bounds} is null
         */
        public Builder bounds(EvaluationBounds bounds) {
            this.bounds = Objects.requireNonNull(bounds, "bounds must not be null");
            return this;
        }

        /**
         * At most {@code base + perFact × facts} rule firings per evaluation, and twice as many facts
         * added by rules, where {@code facts} is what the engine gives the rule session (default 10,000 + 50).
         *
         * @param base    the firings allowed whatever the request's size
         * @param perFact the firings allowed for each fact given
         * @return this builder
         * @throws IllegalArgumentException if {@code base} is not positive or {@code perFact} is negative
         */
        public Builder maxRuleFirings(int base, int perFact) {
            this.bounds = bounds.withFirings(base, perFact);
            return this;
        }

        /**
         * The wall-clock time one evaluation may take (default 5 seconds).
         *
         * @param budget the time budget of one evaluation
         * @return this builder
         * @throws IllegalArgumentException if {@code budget} is not positive
         */
        public Builder timeBudget(java.time.Duration budget) {
            this.bounds = bounds.withTimeBudget(budget);
            return this;
        }

        /**
         * Loads and checks the rule set and builds the engine.
         *
         * @return the engine, immutable and thread-safe
         * @throws RuleSetException listing every problem, if the rule set cannot be used: for a rules
         *     directory or files, every lint finding ({@code lint: file:line: [check] why}) before
         *     anything is compiled; DRL that does not compile, a rule without clause or messages, a
         *     broken parameter table, a rules directory that cannot be read or holds a symbolic link,
         *     a bundled executable model missing from the class path. Any failure of Drools or of the
         *     file system is its cause; nothing else is thrown.
         */
        public VolunteerRules build() {
            String origin = ruleSetFiles != null ? ruleSetFiles.origin()
                    : rulesDirectory != null ? rulesDirectory.toString() : "bundled";
            try {
                // the bundled catalogue is read beside the knowledge base, off the start-up's critical path
                Supplier<ClauseCatalogue> catalogue = () -> clauses != null ? clauses : ClauseCatalogue.bundled();
                RuleSet ruleSet;
                if (ruleSetFiles == null && rulesDirectory == null) {
                    ruleSet = RuleSet.bundled(classLoader, catalogue, compileIfModelMissing);
                } else {
                    // staff's rule files are linted before anything of them is compiled
                    RuleSetFiles files = ruleSetFiles != null ? ruleSetFiles : RuleSetFiles.fromDirectory(rulesDirectory);
                    List<LintFinding> findings = lint ? RuleLinter.standard().lint(files) : List.of();
                    if (!findings.isEmpty()) {
                        throw new RuleSetException(files.origin(), findings.stream().map(f -> "lint: " + f).toList());
                    }
                    ruleSet = RuleSet.compile(files, catalogue.get());
                }
                return new VolunteerRules(ruleSet, limits, bounds, cutRuleBases);
            } catch (RuleSetException e) {
                throw e;
            } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
                // Drools' own runtime exceptions, unreadable files, a class missing from a repackaged jar
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                throw new RuleSetException(origin, List.of(cause.getMessage() != null ? cause.getMessage()
                        : cause.getClass().getName()), cause);
            }
        }
    }
}
