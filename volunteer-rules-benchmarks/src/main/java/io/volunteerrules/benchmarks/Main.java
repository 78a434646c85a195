package io.volunteerrules.benchmarks;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.volunteerrules.benchmarks.bulk.JsonLinesJob;
import io.volunteerrules.benchmarks.city.CityGenerator;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.drools.VolunteerRules;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The commands of the benchmark module (see docs/performance.md):
 *
 * <pre>
 *   generate FILE|- [VOLUNTEERS] [SEED]     write the generated city as JSON lines
 *   bulk IN|- OUT|- [full|summary|none]      answer a JSON-lines file of requests, with progress
 *   bench [quick|full]                       JMH: bulk, on-line and rules-directory benchmarks, with ratios
 *   startup [RUNS]                           fresh JVMs, each to its first decision with the bundled rules
 *   quick [VOLUNTEERS] [ROUNDS]              a rough engine-vs-reference comparison, for profiling
 *   online [ROUNDS]                          the same, one on-line assignment check at a time
 * </pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // Hibernate Validator logs through JBoss Logging; send that to SLF4J like everything else
        System.setProperty("org.jboss.logging.provider", "slf4j");
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "generate" -> generate(arg(args, 1, "-"), Long.parseLong(arg(args, 2, "" + CityGenerator.CITY_VOLUNTEERS)),
                    Long.parseLong(arg(args, 3, "2025")));
            case "bulk" -> bulk(arg(args, 1, "-"), arg(args, 2, "-"),
                    JsonLinesJob.Output.valueOf(arg(args, 3, "full").toUpperCase(Locale.ROOT)));
            case "bench" -> BenchmarkReport.run("full".equals(arg(args, 1, "quick")));
            case "startup" -> {
                Startup.series(Integer.parseInt(arg(args, 1, "5")), false, System.out);
                Startup.series(Integer.parseInt(arg(args, 1, "5")), true, System.out);
            }
            case "startup-once" -> Startup.once();
            case "online" -> QuickMeasure.online(Integer.parseInt(arg(args, 1, "8")));
            case "quick" -> QuickMeasure.run(Integer.parseInt(arg(args, 1, "20000")), Integer.parseInt(arg(args, 2, "5")));
            default -> {
                System.out.println(HELP);
                if (!"help".equals(command)) {
                    System.exit(2);
                }
            }
        }
    }

    static final String HELP = """
            usage: Main <command> [arguments]
              generate FILE|- [VOLUNTEERS] [SEED]   write the generated city as JSON lines (default 1950000, seed 2025)
              bulk IN|- OUT|- [full|summary|none]    answer a JSON-lines file of requests, showing progress on stderr
              bench [quick|full]                     JMH benchmarks with ratios to the plain-Java reference
              startup [RUNS]                         fresh JVMs to their first decision with the bundled rules (plain, then with AppCDS)
              quick [VOLUNTEERS] [ROUNDS]            rough engine-vs-reference comparison, for profiling
              online [ROUNDS]                        the same, one on-line assignment check at a time
            """;

    private static String arg(String[] args, int i, String otherwise) {
        return args.length > i ? args[i] : otherwise;
    }

    private static void generate(String file, long volunteers, long seed) throws IOException {
        CityGenerator city = CityGenerator.zhengzhou(seed);
        ObjectWriter writer = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
        long start = System.nanoTime();
        try (Writer out = open(file)) {
            for (long i = 0; i < volunteers; i++) {
                out.write(writer.writeValueAsString(city.volunteer(i)));
                out.write('\n');
                if ((i + 1) % 50_000 == 0) {
                    System.err.printf("\rgenerated %,d of %,d volunteers (%.0f s)", i + 1, volunteers,
                            (System.nanoTime() - start) / 1e9);
                }
            }
        }
        System.err.printf("\rgenerated %,d volunteers in %.0f s%n", volunteers, (System.nanoTime() - start) / 1e9);
    }

    private static void bulk(String in, String out, JsonLinesJob.Output output) throws IOException {
        VolunteerRules engine = VolunteerRules.builder().build();
        JsonLinesJob job = new JsonLinesJob(engine, 1_000, output);
        PrintStream err = System.err;
        long[] shown = {0};
        JsonLinesJob.Totals totals;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                "-".equals(in) ? System.in : Files.newInputStream(Path.of(in)), StandardCharsets.UTF_8), 1 << 16);
             Writer writer = open(out)) {
            totals = job.run(reader, writer, t -> {
                long now = System.nanoTime();
                if (now - shown[0] > 1_000_000_000L) {
                    shown[0] = now;
                    err.print("\r" + line(t));
                }
            });
        }
        err.println("\r" + line(totals));
        err.printf("done: %,d requests, %,d decisions, %,d invalid lines in %.1f s: %,.0f decisions/s;"
                + " heap at most %,d MiB in use (%,d MiB live after GC), max heap %,d MiB%n", totals.requests(),
                totals.decisions(), totals.invalid(), totals.nanos() / 1e9, totals.decisionsPerSecond(),
                totals.peakHeapBytes() >> 20, totals.peakLiveBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String line(JsonLinesJob.Totals t) {
        return String.format("%,12d lines %,12d decisions %,9.0f decisions/s  heap %,5d MiB (live %,4d MiB)  %6.0f s",
                t.lines(), t.decisions(), t.decisionsPerSecond(), t.peakHeapBytes() >> 20, t.peakLiveBytes() >> 20,
                t.nanos() / 1e9);
    }

    private static Writer open(String file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter("-".equals(file) ? System.out : Files.newOutputStream(Path.of(file)),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** JVM start to first decision. */
    static final class Startup {

        private Startup() {
        }

        /** In a fresh JVM: build the engine with the bundled rules, decide the example, print the times. */
        static void once() throws IOException {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            String json;
            try (InputStream in = Main.class.getResourceAsStream("/startup-request.json")) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            long t0 = System.nanoTime();
            VolunteerRules rules = VolunteerRules.builder().build();
            long t1 = System.nanoTime();
            EvaluationRequest request = Json.readRequest(json);
            int n = rules.evaluate(request).size();
            long t2 = System.nanoTime();
            System.out.printf("first-decision %d ms-since-jvm-start %d engine-build-ms %.0f first-evaluate-ms %.0f%n", n,
                    System.currentTimeMillis() - jvmStart, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }

        /**
         * Runs {@code runs} fresh JVMs and reports, for each, process start to first decision; with
         * {@code cds}, the JVMs map a class-data-sharing archive of the classes a first run loaded
         * (made first, from jars only: the module's classes folder is replaced by its jar).
         */
        static List<long[]> series(int runs, boolean cds, PrintStream out) throws IOException, InterruptedException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = System.getProperty("java.class.path");
            List<String> jvm = new ArrayList<>();
            if (cds) {
                classpath = jarsOnly(classpath);
                if (classpath == null) {
                    out.println("class-data sharing skipped: a class-path entry is a folder with no jar beside it");
                    return List.of();
                }
                Path archive = Files.createTempFile("volunteer-rules-", ".jsa");
                Files.delete(archive);
                Process p = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + archive, "-cp", classpath,
                        Main.class.getName(), "startup-once").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor();
                archive.toFile().deleteOnExit();
                jvm.add("-XX:SharedArchiveFile=" + archive);
            }
            List<long[]> all = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                List<String> command = new ArrayList<>(List.of(java));
                command.addAll(jvm);
                command.addAll(List.of("-cp", classpath, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                        Main.class.getName(), "startup-once"));
                long start = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String line;
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    line = r.readLine();
                }
                long wall = (System.nanoTime() - start) / 1_000_000;
                p.waitFor();
                if (line == null) {
                    throw new IllegalStateException("the start-up run printed nothing (exit " + p.exitValue() + ")");
                }
                String[] f = line.split(" ");
                long sinceJvm = Long.parseLong(f[3]);
                long build = Math.round(Double.parseDouble(f[5]));
                long first = Math.round(Double.parseDouble(f[7]));
                all.add(new long[] {wall, sinceJvm, build, first});
                out.printf("run %d%s: process start to first decision %d ms (JVM start to first decision %d ms;"
                        + " engine build %d ms, first evaluation %d ms)%n", i + 1, cds ? " (CDS)" : "", wall, sinceJvm,
                        build, first);
            }
            return all;
        }

        /** The class path with each folder {@code …/target/classes} replaced by the jar beside it, or null. */
        private static String jarsOnly(String classpath) throws IOException {
            List<String> out = new ArrayList<>();
            for (String entry : classpath.split(java.io.File.pathSeparator)) {
                Path p = Path.of(entry);
                if (Files.isDirectory(p)) {
                    List<Path> jars;
                    try (var files = Files.list(p.getParent())) {
                        jars = files.filter(j -> j.toString().endsWith(".jar") && !j.toString().endsWith("-sources.jar")
                                && !j.toString().endsWith("-tests.jar")).toList();
                    }
                    if (jars.size() != 1) {
                        return null;
                    }
                    out.add(jars.get(0).toString());
                } else {
                    out.add(entry);
                }
            }
            return String.join(java.io.File.pathSeparator, out);
        }
    }
}
