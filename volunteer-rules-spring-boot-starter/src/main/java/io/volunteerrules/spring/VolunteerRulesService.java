package io.volunteerrules.spring;

import io.volunteerrules.core.audit.DecisionLog;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.scenario.Evaluator;
import io.volunteerrules.drools.LiveRules;
import io.volunteerrules.drools.VolunteerRules;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an application injects to evaluate requests, whichever rule set the starter serves: the
 * bundled rules (a {@link VolunteerRules} bean) or a rules directory (a {@link LiveRules} bean,
 * reloadable while the application runs). Each evaluation runs wholly on the rule set live when it
 * starts; its decisions name that set's version. Every evaluation is told to the
 * {@link EvaluationListener}s (the Micrometer meters among them) and written to the
 * {@link DecisionLog}, if the application declares one. Thread-safe.
 */
public final class VolunteerRulesService {

    private static final Logger LOG = LoggerFactory.getLogger(VolunteerRulesService.class);

    private final VolunteerRules fixed;
    private final LiveRules live;
    private final List<EvaluationListener> listeners;
    private final DecisionLog log;
    private final String source;

    private VolunteerRulesService(VolunteerRules fixed, LiveRules live, String source,
            List<EvaluationListener> listeners, DecisionLog log) {
        this.fixed = fixed;
        this.live = live;
        this.source = Objects.requireNonNull(source, "source must not be null");
        this.listeners = List.copyOf(listeners);
        this.log = log;
    }

    /**
     * Serves one fixed rule set (the bundled rules, say); {@code source} says where it came from
     * (for health and info). {@code log} may be null for none.
     */
    public static VolunteerRulesService fixed(VolunteerRules rules, String source, List<EvaluationListener> listeners,
            DecisionLog log) {
        return new VolunteerRulesService(Objects.requireNonNull(rules, "rules must not be null"), null, source,
                listeners, log);
    }

    /**
     * Serves whatever rule set {@code live} has live; {@code source} says where it comes from (the
     * directory). {@code log} may be null for none.
     */
    public static VolunteerRulesService live(LiveRules live, String source, List<EvaluationListener> listeners,
            DecisionLog log) {
        return new VolunteerRulesService(null, Objects.requireNonNull(live, "live rules must not be null"), source,
                listeners, log);
    }

    /**
     * Answers every question of the request, one decision each, in the order asked.
     *
     * @throws io.volunteerrules.core.validation.InvalidRequestException listing every problem, if the
     *                                                                   request is invalid (nothing is evaluated)
     */
    public List<Decision> evaluate(EvaluationRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        Evaluator engine = live != null ? live.current() : fixed;
        long start = System.nanoTime();
        List<Decision> decisions;
        try {
            decisions = engine.evaluate(request);
        } catch (RuntimeException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            for (EvaluationListener l : listeners) {
                try {
                    l.failed(request, e, took);
                } catch (RuntimeException listenerFailure) {
                    LOG.warn("evaluation listener {} failed", l, listenerFailure);
                }
            }
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        for (EvaluationListener l : listeners) {
            try {
                l.evaluated(request, decisions, took);
            } catch (RuntimeException listenerFailure) {
                LOG.warn("evaluation listener {} failed", l, listenerFailure);
            }
        }
        if (log != null) {
            log.record(request, decisions);
        }
        return decisions;
    }

    /** The rule set live now. Hold it to run several requests on one version. */
    public VolunteerRules current() {
        return live != null ? live.current() : fixed;
    }

    /** The version of the rule set live now ({@code sha256:…}). */
    public String version() {
        return current().ruleSetVersion();
    }

    /** Where the rules come from: {@code bundled}, or the rules directory served. */
    public String source() {
        return source;
    }

    /** The live rules, when a rules directory is served; empty for a fixed rule set. */
    public Optional<LiveRules> live() {
        return Optional.ofNullable(live);
    }
}
