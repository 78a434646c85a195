package io.volunteerrules.benchmarks;

import io.volunteerrules.benchmarks.jmh.BulkBenchmark;
import io.volunteerrules.benchmarks.jmh.OnlineBenchmark;
import io.volunteerrules.benchmarks.jmh.RulesDirectoryBenchmark;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the JMH benchmarks and the start-up series, and prints the results as a Markdown table
 * with each engine figure's ratio to the plain-Java reference measured in the same run.
 */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static void run(boolean full) throws Exception {
        // Drools' hot paths are large: the JIT needs tens of seconds of warm-up before they settle
        int forks = 1;
        int warmups = full ? 12 : 8;
        int iterations = full ? 6 : 3;
        TimeValue time = TimeValue.seconds(full ? 4 : 3);
        String heap = "-Xmx512m";

        Collection<RunResult> bulk = new Runner(base(forks, warmups, iterations, time, heap)
                .include(BulkBenchmark.class.getName() + "\\.").build()).run();
        Collection<RunResult> online = new Runner(base(forks, warmups, iterations, time, heap)
                .include(OnlineBenchmark.class.getName() + "\\.").build()).run();
        Collection<RunResult> rulesDir = new Runner(new OptionsBuilder()
                .include(RulesDirectoryBenchmark.class.getName() + "\\.")
                .forks(forks).warmupIterations(full ? 5 : 3).measurementIterations(full ? 10 : 5)
                .jvmArgsAppend(heap, "-Dorg.jboss.logging.provider=slf4j").build()).run();
        System.out.println();
        System.out.println("## start-up: fresh JVMs to their first decision");
        List<long[]> startups = Main.Startup.series(full ? 7 : 3, false, System.out);
        List<long[]> cdsStartups = Main.Startup.series(full ? 7 : 3, true, System.out);

        long questions = BulkBenchmark.questions(BulkBenchmark.VOLUNTEERS);
        double engineMs = score(bulk, "engine");
        double referenceMs = score(bulk, "reference");
        double engineRate = questions / (engineMs / 1e3);
        double referenceRate = questions / (referenceMs / 1e3);
        Statistics eOnline = stats(online, "engine");
        Statistics rOnline = stats(online, "reference");
        double dirMs = score(rulesDir, "loadRulesDirectory");
        long[] walls = startups.stream().mapToLong(s -> s[0]).sorted().toArray();
        long[] sinceJvm = startups.stream().mapToLong(s -> s[1]).sorted().toArray();

        System.out.println();
        System.out.println("| benchmark | engine | plain-Java reference | engine ÷ reference | target |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf("| bulk, %,d volunteers (%,d decisions) in chunks of 500 | %,.0f decisions/s | %,.0f decisions/s"
                + " | %.1fx slower | within 5x |%n", BulkBenchmark.VOLUNTEERS, questions, engineRate, referenceRate, referenceRate / engineRate);
        for (double p : new double[] {50, 99, 99.9}) {
            System.out.printf("| on-line, one assignment check, p%s | %.1f µs | %.2f µs | %.0fx | %s |%n",
                    p == 99.9 ? "99.9" : String.valueOf((int) p), eOnline.getPercentile(p), rOnline.getPercentile(p),
                    eOnline.getPercentile(p) / rOnline.getPercentile(p), p == 99 ? "under 50 µs" : "");
        }
        // bytes allocated per decision: the work done, which unlike time does not depend on what else the
        // machine runs (JMH's GC profiler, gc.alloc.rate.norm)
        double engineBytes = allocated(bulk, "engine") / questions;
        double referenceBytes = allocated(bulk, "reference") / questions;
        System.out.printf("| bulk, memory allocated per decision | %,.1f KB | %,.2f KB | %.0fx | |%n",
                engineBytes / 1024, referenceBytes / 1024, engineBytes / referenceBytes);
        System.out.printf("| on-line, memory allocated per assignment check | %,.1f KB | %,.2f KB | %.0fx | |%n",
                allocated(online, "engine") / 1024, allocated(online, "reference") / 1024,
                allocated(online, "engine") / allocated(online, "reference"));
        System.out.printf("| start-up: process start to first decision, median of %d (min–max) | %d ms (%d–%d) | | |"
                + " under 1.5 s |%n", walls.length, walls[walls.length / 2], walls[0], walls[walls.length - 1]);
        System.out.printf("| start-up: JVM start (as the JVM reports it) to first decision, median | %d ms | | | |%n",
                sinceJvm[sinceJvm.length / 2]);
        if (!cdsStartups.isEmpty()) {
            long[] cds = cdsStartups.stream().mapToLong(s -> s[0]).sorted().toArray();
            System.out.printf("| start-up with an AppCDS archive (-XX:SharedArchiveFile), median of %d (min–max) | %d ms (%d–%d)"
                    + " | | | under 1.5 s |%n", cds.length, cds[cds.length / 2], cds[0], cds[cds.length - 1]);
        }
        System.out.printf("| load a rules directory at run time (warm JVM), mean | %.0f ms | | | |%n", dirMs);
    }

    private static ChainedOptionsBuilder base(int forks, int warmups, int iterations, TimeValue time, String heap) {
        return new OptionsBuilder().forks(forks).warmupIterations(warmups).warmupTime(time)
                .measurementIterations(iterations).measurementTime(time)
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend(heap, "-Dorg.jboss.logging.provider=slf4j");
    }

    /** Bytes allocated per benchmark operation, as JMH's GC profiler measured them. */
    private static double allocated(Collection<RunResult> results, String method) {
        Result<?> norm = find(results, method).getSecondaryResults().get("gc.alloc.rate.norm");
        if (norm == null) {
            throw new IllegalStateException("no allocation figure for " + method + " (JMH's GC profiler did not run)");
        }
        return norm.getScore();
    }

    private static RunResult find(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + method));
    }

    private static double score(Collection<RunResult> results, String method) {
        return find(results, method).getPrimaryResult().getScore();
    }

    private static Statistics stats(Collection<RunResult> results, String method) {
        return find(results, method).getPrimaryResult().getStatistics();
    }
}
