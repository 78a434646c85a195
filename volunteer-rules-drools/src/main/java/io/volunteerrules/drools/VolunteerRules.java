package io.volunteerrules.drools;

import io.volunteerrules.core.calendar.WorkingDayCalendar;
import io.volunteerrules.core.clauses.ClauseCatalogue;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Outcome;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.params.MissingParameterException;
import io.volunteerrules.core.params.ParameterSet;
import io.volunteerrules.core.params.ParameterTables;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.request.Question;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import io.volunteerrules.core.scenario.Evaluator;
import io.volunteerrules.core.text.Language;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.RequestValidator;
import io.volunteerrules.core.validation.Violation;
import io.volunteerrules.drools.facts.DerivedValue;
import io.volunteerrules.drools.facts.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
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
 */
public final class VolunteerRules implements Evaluator {

    private final RuleSet ruleSet;
    private final RequestValidator validator;
    private final KieSessionsPool sessions;
    private final String version;

    private VolunteerRules(RuleSet ruleSet) {
        Cases.checkEveryKindResolved();
        this.ruleSet = ruleSet;
        this.validator = new RequestValidator();
        this.sessions = ruleSet.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.version = ruleSet.files().version();
    }

    /** Starts building an engine; with no further choice it uses the rules bundled in this jar. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Answers every question of the request, in the order asked.
     *
     * @throws InvalidRequestException listing every problem, if the request is invalid; nothing is
     *                                 evaluated then
     * @throws NullPointerException    if {@code request} is null
     * @throws ConflictingValuesException if two rules of the rule set give one question two different
     *                                 values under one name (a defect of the rule set, not of the request)
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
     * @throws InvalidRequestException  listing every problem, if the request is invalid
     * @throws IllegalArgumentException naming the key, if a parameter is unknown or a value does not fit it
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
        parameters.forEach((key, raw) -> {
            io.volunteerrules.core.params.Parameter p = ruleSet.parameters().parameters().get(key);
            if (p == null) {
                throw new IllegalArgumentException("unknown parameter " + key);
            }
            try {
                values.put(key, p.type().read(raw));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter " + key + ": " + e.getMessage(), e);
            }
        });
        return run(request, new ParameterSet(params.date(), values), parameterFacts);
    }

    /**
     * Answers the questions of many requests: the bulk form of {@link #evaluate}. Every request is
     * validated before any is evaluated, so an invalid one rejects the whole batch with every problem
     * listed (paths start with the request's index, {@code [3].volunteers[0].birthDate}).
     *
     * @return the decisions of each request, in the order of the requests
     * @throws InvalidRequestException if any request is invalid
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
            out.add(run(requests.get(i), params.get(i), null));
        }
        return out;
    }

    /** The content hash of the rules and parameter tables in use: {@code sha256:…}. */
    public String ruleSetVersion() {
        return version;
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
        // a pooled session: disposing it resets it and hands it back to the pool, so a request
        // pays for inserting its facts and firing, not for building a session's node memories
        KieSession session = sessions.newKieSession();
        try {
            if (parameterFacts == null) {
                session.insert(params);
            } else {
                parameterFacts.apply(params).forEach(session::insert);
            }
            if (ruleSet.matched(WorkingDayCalendar.class)) {
                session.insert(ruleSet.calendar());
            }
            for (Object fact : request.facts()) {
                // a fact of a type no rule matches cannot change any decision: leave it out
                if (ruleSet.matched(fact.getClass())) {
                    session.insert(fact);
                }
            }
            Cases cases = new Cases(request);
            if (request.questions().stream().anyMatch(Cases::needsSharedFacts)) {
                for (Object shared : cases.shared()) {
                    if (ruleSet.matched(shared.getClass())) {
                        session.insert(shared);
                    }
                }
            }
            for (Question q : request.questions()) {
                if (ruleSet.matched(q.getClass())) {
                    session.insert(q);
                }
                for (Object c : cases.of(q)) {
                    session.insert(c);
                }
            }
            session.fireAllRules();
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
        } finally {
            session.dispose();
        }
        List<Decision> decisions = new ArrayList<>(request.questions().size());
        for (Question q : request.questions()) {
            List<Finding> forQuestion = findings.getOrDefault(q.subject(), List.of());
            if (forQuestion.isEmpty()) {
                throw new IllegalStateException("no rule of rule set " + ruleSetVersion() + " answered the question "
                        + q.subject() + "; the rule set lacks the rules for this kind of question");
            }
            List<Reason> reasons = forQuestion.stream().map(this::reason).distinct().sorted(REASON_ORDER).toList();
            Outcome outcome = Outcome.of(reasons);
            List<Reason> context = reasons.stream().filter(r -> !outcome.reasons().contains(r)).toList();
            decisions.add(new Decision(q, request.asOf(), outcome, context, valuesOf(values.get(q.subject())),
                    ruleSetVersion()));
        }
        return decisions;
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
                .orElseThrow(() -> new IllegalStateException("finding of unknown rule " + f.rule()));
        try {
            return new Reason(info.name(), info.clauses(), f.effect(), info.zh().format(f.args(), Language.ZH),
                    info.en().format(f.args(), Language.EN));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rule \"" + info.name() + "\" " + e.getMessage(), e);
        }
    }

    /** Chooses the rule set and builds the engine. */
    public static final class Builder {
        private Path rulesDirectory;
        private RuleSetFiles ruleSetFiles;
        private ClassLoader classLoader = VolunteerRules.class.getClassLoader();
        private ClauseCatalogue clauses;

        private Builder() {
        }

        /**
         * Uses the rule set in a directory (same layout as the bundled one) instead of the bundled
         * rules. Its DRL is compiled when {@link #build()} runs.
         */
        public Builder rulesDirectory(Path directory) {
            this.rulesDirectory = Objects.requireNonNull(directory, "rules directory must not be null");
            return this;
        }

        /**
         * Uses a rule set already read into memory (say, from a directory that was then checked):
         * exactly these files are compiled, whatever happens on disk meanwhile.
         */
        public Builder ruleSetFiles(RuleSetFiles files) {
            this.ruleSetFiles = Objects.requireNonNull(files, "rule set files must not be null");
            return this;
        }

        /** The class loader that holds the bundled rules (by default, this library's). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "class loader must not be null");
            return this;
        }

        /** The clauses rules may cite (by default, the bundled catalogue). */
        public Builder clauseCatalogue(ClauseCatalogue catalogue) {
            this.clauses = Objects.requireNonNull(catalogue, "clause catalogue must not be null");
            return this;
        }

        /**
         * Loads and checks the rule set and builds the engine.
         *
         * @throws RuleSetException listing every problem, if the rule set cannot be used
         */
        public VolunteerRules build() {
            // the bundled catalogue is read beside the knowledge base, off the start-up's critical path
            Supplier<ClauseCatalogue> catalogue = () -> clauses != null ? clauses : ClauseCatalogue.bundled();
            RuleSet ruleSet = ruleSetFiles != null ? RuleSet.compile(ruleSetFiles, catalogue.get())
                    : rulesDirectory == null
                    ? RuleSet.bundled(classLoader, catalogue)
                    : RuleSet.compile(RuleSetFiles.fromDirectory(rulesDirectory), catalogue.get());
            return new VolunteerRules(ruleSet);
        }
    }
}
