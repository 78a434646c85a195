package io.volunteerrules.drools;

import java.time.Duration;

/**
 * An evaluation stopped because it exceeded one of its {@link EvaluationBounds}: the rules fired
 * too often or added too many facts (the rule set loops, perhaps only for this request), or it ran
 * past its time budget. Nothing is decided for that request; the engine keeps serving others, and
 * the rule session that ran it is thrown away, never reused.
 */
public class EvaluationLimitException extends EvaluationException {

    private static final long serialVersionUID = 1L;

    /** Which bound was exceeded. */
    public enum Limit {
        /** more rule firings than allowed */
        RULE_FIRINGS,
        /** more facts added by rules than allowed */
        DERIVED_FACTS,
        /** more wall-clock time than allowed */
        TIME_BUDGET
    }

    private final Limit limit;
    private final String busiestRule;

    EvaluationLimitException(String message, Limit limit, String ruleSetVersion, String busiestRule) {
        super(ruleSetVersion, message, null);
        this.limit = limit;
        this.busiestRule = busiestRule;
    }

    static EvaluationLimitException firings(long fired, long allowed, long facts, EvaluationBounds bounds,
            String version, String busiest) {
        return new EvaluationLimitException("evaluation stopped: the rules fired more than " + allowed + " times ("
                + bounds.baseFirings() + " + " + bounds.firingsPerFact() + " per fact, " + facts + " facts given)"
                + busiest(busiest) + "; the rule set may loop for this request (rule set " + version + ")",
                Limit.RULE_FIRINGS, version, busiest);
    }

    static EvaluationLimitException facts(long added, long allowed, long facts, EvaluationBounds bounds,
            String version, String busiest) {
        return new EvaluationLimitException("evaluation stopped: the rules added " + added + " facts, more than the "
                + allowed + " allowed (twice " + bounds.baseFirings() + " + " + bounds.firingsPerFact() + " per fact, " + facts
                + " facts given)" + busiest(busiest) + "; the rule set may loop for this request (rule set " + version + ")",
                Limit.DERIVED_FACTS, version, busiest);
    }

    static EvaluationLimitException time(Duration spent, Duration budget, long fired, String version, String busiest) {
        return new EvaluationLimitException("evaluation stopped: it ran " + spent.toMillis() + " ms, more than its time budget of "
                + budget.toMillis() + " ms, after " + fired + " rule firings" + busiest(busiest) + " (rule set " + version + ")",
                Limit.TIME_BUDGET, version, busiest);
    }

    private static String busiest(String rule) {
        return rule == null ? "" : "; the rule that fired most lately is \"" + rule + "\"";
    }

    /** The same stop, naming the request of a batch it happened in ({@code [3]}). */
    EvaluationLimitException inRequest(int index) {
        EvaluationLimitException e = new EvaluationLimitException("request [" + index + "]: " + getMessage(), limit,
                ruleSetVersion(), busiestRule);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** Which bound was exceeded. */
    public Limit limit() {
        return limit;
    }

    /**
     * The rule that fired most often among the last firings before the stop: where to look for a
     * loop. Null if no rule had fired.
     */
    public String busiestRule() {
        return busiestRule;
    }
}
