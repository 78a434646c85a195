package io.volunteerrules.benchmarks.jmh;

import io.volunteerrules.benchmarks.city.CityGenerator;
import io.volunteerrules.benchmarks.reference.PlainJavaRules;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.drools.VolunteerRules;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Bulk: a slice of the generated city (one request per volunteer, one question per assignment)
 * through the batch API in chunks, against the plain-Java reference over the same slice. One
 * operation is the whole slice; decisions per second = questions in the slice / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkBenchmark {

    /** Volunteers in the slice: small enough that one operation takes a fraction of an iteration. */
    public static final int VOLUNTEERS = 1_000;

    /** Volunteers in the slice. */
    @Param("" + VOLUNTEERS)
    public int volunteers;

    /** Requests per call of {@code evaluateAll}. */
    @Param("500")
    public int chunk;

    private VolunteerRules engine;
    private PlainJavaRules reference;
    private List<EvaluationRequest> requests;

    @Setup(Level.Trial)
    public void setUp() {
        engine = VolunteerRules.builder().build();
        reference = new PlainJavaRules(engine.parameters());
        requests = CityGenerator.zhengzhou(2025).requests(volunteers).toList();
    }

    /** The questions in a slice of {@code volunteers} of the default city. */
    public static long questions(int volunteers) {
        return CityGenerator.zhengzhou(2025).requests(volunteers).mapToLong(r -> r.questions().size()).sum();
    }

    @Benchmark
    public void engine(Blackhole bh) {
        for (int i = 0; i < requests.size(); i += chunk) {
            bh.consume(engine.evaluateAll(requests.subList(i, Math.min(requests.size(), i + chunk))));
        }
    }

    @Benchmark
    public void reference(Blackhole bh) {
        for (EvaluationRequest r : requests) {
            bh.consume(reference.check(r));
        }
    }
}
