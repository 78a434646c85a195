package io.volunteerrules.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.request.Question;
import io.volunteerrules.core.validation.InvalidRequestException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The starter's meters.
 *
 * <ul>
 *   <li>{@value #TIMER} (timer): an evaluation's wall time, recorded once under each question
 *       {@code type} the request asks (a request asking assignments and a certificate is recorded
 *       under both, each with the whole request's time), with {@code result} {@code decided},
 *       {@code invalid} (an {@link InvalidRequestException}) or {@code error};</li>
 *   <li>{@value #COUNTER} (counter): decisions made, by question {@code type} and {@code outcome}
 *       ({@code allowed}, {@code refused}, {@code needs-review}).</li>
 * </ul>
 */
public final class MicrometerEvaluationListener implements EvaluationListener {

    /** The evaluation timer's name. */
    public static final String TIMER = "volunteer.rules.evaluation";
    /** The decision counter's name. */
    public static final String COUNTER = "volunteer.rules.decisions";

    private final MeterRegistry registry;

    public MicrometerEvaluationListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void evaluated(EvaluationRequest request, List<Decision> decisions, Duration took) {
        time(request, "decided", took);
        for (Decision d : decisions) {
            Counter.builder(COUNTER)
                    .description("decisions made, by question type and outcome")
                    .tag("type", QuestionTypes.of(d.question()))
                    .tag("outcome", d.outcome().status().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .register(registry)
                    .increment();
        }
    }

    @Override
    public void failed(EvaluationRequest request, RuntimeException failure, Duration took) {
        time(request, failure instanceof InvalidRequestException ? "invalid" : "error", took);
    }

    private void time(EvaluationRequest request, String result, Duration took) {
        Set<String> types = new LinkedHashSet<>();
        for (Question q : request.questions()) {
            if (q != null) {
                types.add(QuestionTypes.of(q));
            }
        }
        if (types.isEmpty()) {
            types.add("none");
        }
        for (String type : types) {
            Timer.builder(TIMER)
                    .description("time to evaluate a request, under each question type it asks")
                    .tag("type", type)
                    .tag("result", result)
                    .register(registry)
                    .record(took);
        }
    }
}
