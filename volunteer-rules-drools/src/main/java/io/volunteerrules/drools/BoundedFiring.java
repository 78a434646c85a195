package io.volunteerrules.drools;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Fires a session's rules within an evaluation's {@link EvaluationBounds}. Drools asks the agenda
 * filter about every match just before firing it, on the firing thread, so the checks here run
 * between firings at the cost of a clock read and a counter: no listener, no event objects, no
 * second thread. The firing limit is Drools' own {@code fireAllRules(filter, max)}.
 *
 * <p>When a bound is exceeded the filter refuses the match and halts the session; the caller then
 * throws and must discard the session.
 */
final class BoundedFiring implements AgendaFilter {

    /** How many of the last firings are remembered to name the rule that fired most. */
    private static final int RECENT = 64;

    private final KieSession session;
    private final EvaluationBounds bounds;
    private final long start;
    /** The time budget in nanoseconds; a budget beyond what a long holds (292 years) is that long. */
    private final long budget;
    private final long given;
    private final long limit;
    private final long factLimit;
    private final String[] recent = new String[RECENT];
    private long asked;
    private EvaluationLimitException.Limit stopped;
    private boolean interrupted;

    /**
     * @param start the evaluation's start, from {@link System#nanoTime()}
     */
    private BoundedFiring(KieSession session, EvaluationBounds bounds, long start) {
        this.session = session;
        this.bounds = bounds;
        this.start = start;
        long nanos;
        try {
            nanos = bounds.timeBudget().toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = Long.MAX_VALUE;
        }
        this.budget = nanos;
        this.given = session.getFactCount();
        this.limit = bounds.firingLimit(given);
        this.factLimit = bounds.derivedFactLimit(given);
    }

    /**
     * Fires every rule of {@code session} unless a bound stops it first.
     *
     * @param start   when the evaluation started, from {@link System#nanoTime()}
     * @param version the rule set's version, for the error
     * @return the number of rules fired
     * @throws EvaluationLimitException if a bound was exceeded; the session must then be discarded
     * @throws CancellationException    if the thread was interrupted while the rules fired
     */
    static int fire(KieSession session, EvaluationBounds bounds, long start, String version) {
        BoundedFiring guard = new BoundedFiring(session, bounds, start);
        // one more than allowed: firing exactly the limit is fine, needing more is not
        int max = (int) Math.min(Integer.MAX_VALUE - 1, guard.limit) + 1;
        int fired = session.fireAllRules(guard, max);
        guard.check(fired, version);
        return fired;
    }

    @Override
    public boolean accept(Match match) {
        recent[(int) (asked++ % RECENT)] = match.getRule().getName();
        if (System.nanoTime() - start > budget) {
            return stop(EvaluationLimitException.Limit.TIME_BUDGET);
        }
        if (session.getFactCount() - given > factLimit) {
            return stop(EvaluationLimitException.Limit.DERIVED_FACTS);
        }
        if (Thread.currentThread().isInterrupted()) {
            interrupted = true;
            session.halt();
            return false;
        }
        return true;
    }

    private boolean stop(EvaluationLimitException.Limit why) {
        stopped = why;
        session.halt();
        return false;
    }

    private void check(int fired, String version) {
        if (interrupted) {
            throw new CancellationException("evaluation interrupted after " + fired + " rule firings");
        }
        long added = session.getFactCount() - given;
        Duration spent = Duration.ofNanos(System.nanoTime() - start);
        if (stopped == EvaluationLimitException.Limit.DERIVED_FACTS || added > factLimit) {
            throw EvaluationLimitException.facts(added, factLimit, given, bounds, version, busiest());
        }
        if (stopped == EvaluationLimitException.Limit.RULE_FIRINGS || fired > limit) {
            throw EvaluationLimitException.firings(fired, limit, given, bounds, version, busiest());
        }
        if (stopped == EvaluationLimitException.Limit.TIME_BUDGET || spent.compareTo(bounds.timeBudget()) > 0) {
            throw EvaluationLimitException.time(spent, bounds.timeBudget(), fired, version, busiest());
        }
    }

    /** The rule named most often among the last firings, or null if none fired. */
    private String busiest() {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (String rule : recent) {
            if (rule == null) {
                continue;
            }
            int c = counts.merge(rule, 1, Integer::sum);
            if (c > bestCount || c == bestCount && rule.compareTo(best) < 0) {
                best = rule;
                bestCount = c;
            }
        }
        return best;
    }
}
