package io.volunteerrules.benchmarks;

import io.volunteerrules.benchmarks.city.CityGenerator;
import io.volunteerrules.benchmarks.reference.PlainJavaRules;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.RequestValidator;
import io.volunteerrules.drools.VolunteerRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * A rough, quick comparison for profiling sessions (not a benchmark: no JMH, one JVM, few rounds):
 * the engine's bulk API, its validation alone and the plain-Java reference over the same in-memory
 * slice of the city, in CPU time of this thread (so that other work on a shared machine counts less).
 */
final class QuickMeasure {

    private QuickMeasure() {
    }

    /**
     * The on-line form: {@code evaluate} one request at a time, each one volunteer's facts and a
     * single assignment question, over the same 2,000 requests as {@code OnlineBenchmark}.
     */
    static void online(int rounds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        VolunteerRules engine = VolunteerRules.builder().build();
        PlainJavaRules reference = new PlainJavaRules(engine.parameters());
        List<EvaluationRequest> requests = io.volunteerrules.benchmarks.jmh.OnlineBenchmark.requests();
        com.sun.management.ThreadMXBean memory = (com.sun.management.ThreadMXBean) cpu;
        for (int round = 0; round < rounds; round++) {
            long b0 = memory.getCurrentThreadAllocatedBytes();
            long t0 = cpu.getCurrentThreadCpuTime();
            long n = 0;
            for (EvaluationRequest r : requests) {
                n += engine.evaluate(r).size();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            long allocated = memory.getCurrentThreadAllocatedBytes() - b0;
            for (EvaluationRequest r : requests) {
                n += reference.check(r).size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("online round %d: engine %.1f us/call (%.1f KB allocated), reference %.2f us/call, ratio %.1fx [%d]%n",
                    round, (t1 - t0) / 1e3 / requests.size(), allocated / 1024.0 / requests.size(),
                    (t2 - t1) / 1e3 / requests.size(), (double) (t1 - t0) / (t2 - t1), n);
        }
    }

    static void run(int volunteers, int rounds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        VolunteerRules engine = VolunteerRules.builder().build();
        PlainJavaRules reference = new PlainJavaRules(engine.parameters());
        RequestValidator validator = new RequestValidator();
        List<EvaluationRequest> requests = CityGenerator.zhengzhou(2025).requests(volunteers).toList();
        long questions = requests.stream().mapToLong(r -> r.questions().size()).sum();
        System.out.printf("%d requests, %d questions, %.1f facts per request%n", requests.size(), questions,
                requests.stream().mapToInt(r -> r.facts().size()).average().orElse(0));
        for (int round = 0; round < rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            long n = 0;
            for (int i = 0; i < requests.size(); i += 500) {
                n += engine.evaluateAll(requests.subList(i, Math.min(requests.size(), i + 500))).size();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (EvaluationRequest r : requests) {
                n += reference.check(r).size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            for (EvaluationRequest r : requests) {
                n += validator.check(r).size();
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: engine %.1f us/request (of which validation %.1f), reference %.1f us/request,"
                    + " ratio %.1fx [%d]%n", round, (t1 - t0) / 1e3 / requests.size(), (t3 - t2) / 1e3 / requests.size(),
                    (t2 - t1) / 1e3 / requests.size(), (double) (t1 - t0) / (t2 - t1), n);
        }
    }
}
