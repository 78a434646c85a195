package io.volunteerrules.drools;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work one evaluation may do before it is stopped: a rule set that loops, or a request
 * that makes it loop, gets an {@link EvaluationLimitException} for that request instead of hanging
 * the caller or filling the memory.
 *
 * <p>The work allowed grows with the request: an evaluation may fire at most
 * {@code baseFirings + firingsPerFact × facts} rules, and its rules may add at most twice as many
 * facts, where {@code facts} counts what the engine gave the rule session (the request's facts that
 * some rule matches, the parameters, the questions and their case facts). The bundled rules fire at
 * most 2.5 rules and add at most 4.1 facts per fact given in their scenarios (at most 27 firings in
 * one scenario), and 4.2 and 5.0 on a generated city; the defaults allow 10,000 firings plus 50 per
 * fact. A rule that loops is stopped by the firing limit; one that adds many facts per firing, by
 * the limit on facts, before it fills the memory.
 *
 * <p>The time budget is wall-clock time from the start of the evaluation; it is checked before each
 * rule firing and once more at the end, so an evaluation that took longer fails even if its last
 * step finished. A single condition or consequence that runs long cannot be cut short (Drools can
 * only stop between firings); see the security guide for what the sandbox allows there.
 *
 * @param baseFirings    rule firings allowed to every evaluation (and twice as many facts added by rules)
 * @param firingsPerFact rule firings allowed per fact given to the session (and twice as many facts)
 * @param timeBudget     wall-clock time allowed to one evaluation
 */
public record EvaluationBounds(int baseFirings, int firingsPerFact, Duration timeBudget) {

    /** 10,000 firings plus 50 per fact, and 5 seconds. */
    public static final EvaluationBounds DEFAULT = new EvaluationBounds(10_000, 50, Duration.ofSeconds(5));

    /**
     * @throws IllegalArgumentException if {@code baseFirings} is not positive, {@code firingsPerFact}
     *                                  is negative, or {@code timeBudget} is not positive
     * @throws NullPointerException     if {@code timeBudget} is null
     */
    public EvaluationBounds {
        Objects.requireNonNull(timeBudget, "time budget must not be null");
        if (baseFirings <= 0) {
            throw new IllegalArgumentException("base firings must be positive, was " + baseFirings);
        }
        if (firingsPerFact < 0) {
            throw new IllegalArgumentException("firings per fact must not be negative, was " + firingsPerFact);
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("time budget must be positive, was " + timeBudget);
        }
    }

    /** These bounds with another firing limit. */
    public EvaluationBounds withFirings(int baseFirings, int firingsPerFact) {
        return new EvaluationBounds(baseFirings, firingsPerFact, timeBudget);
    }

    /** These bounds with another time budget. */
    public EvaluationBounds withTimeBudget(Duration timeBudget) {
        return new EvaluationBounds(baseFirings, firingsPerFact, timeBudget);
    }

    /** The rule firings allowed to an evaluation that gave the session {@code facts} facts. */
    public long firingLimit(long facts) {
        return baseFirings + (long) firingsPerFact * facts;
    }

    /** The facts its rules may add in an evaluation that gave the session {@code facts} facts: twice the firings. */
    public long derivedFactLimit(long facts) {
        return 2 * firingLimit(facts);
    }
}
