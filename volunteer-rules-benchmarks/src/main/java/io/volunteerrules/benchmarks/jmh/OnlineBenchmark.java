package io.volunteerrules.benchmarks.jmh;

import io.volunteerrules.benchmarks.city.CityGenerator;
import io.volunteerrules.benchmarks.reference.PlainJavaRules;
import io.volunteerrules.benchmarks.reference.Verdict;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.drools.VolunteerRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * On-line: one assignment check at a time, as a platform asks while someone waits. Each call is
 * one request holding one volunteer's facts and a single assignment question, taken in turn from
 * 2,000 such requests of the generated city. Sampled, so that percentiles can be read.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OnlineBenchmark {

    private VolunteerRules engine;
    private PlainJavaRules reference;
    private EvaluationRequest[] requests;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        engine = VolunteerRules.builder().build();
        reference = new PlainJavaRules(engine.parameters());
        requests = requests().toArray(EvaluationRequest[]::new);
    }

    /** The 2,000 on-line requests: one volunteer's facts and one assignment question each. */
    public static List<EvaluationRequest> requests() {
        List<EvaluationRequest> single = new ArrayList<>();
        CityGenerator city = CityGenerator.zhengzhou(2025);
        for (long i = 0; single.size() < 2_000; i++) {
            int questions = city.volunteer(i).questions().size();
            for (int k = 0; k < questions; k++) {
                single.add(city.volunteer(i, k));
            }
        }
        return List.copyOf(single.subList(0, 2_000));
    }

    private EvaluationRequest next() {
        EvaluationRequest r = requests[next];
        next = next + 1 == requests.length ? 0 : next + 1;
        return r;
    }

    @Benchmark
    public List<Decision> engine() {
        return engine.evaluate(next());
    }

    @Benchmark
    public List<Verdict> reference() {
        return reference.check(next());
    }
}
