package io.volunteerrules.benchmarks.bulk;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import io.volunteerrules.drools.VolunteerRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The bulk job: reads requests as JSON lines (one request a line), answers them in chunks through
 * {@link VolunteerRules#evaluateAll}, and writes one JSON line per decision, in order. Only one chunk
 * is held at a time, so a file of any size streams through a small heap.
 *
 * <p>A line that is not a valid request does not stop the job: in its place the output gets one line
 * {@code {"line": 7, "errors": [{"path": …, "message": …}]}}, and the other requests of its chunk are
 * answered one by one. Output follows input order.
 */
public final class JsonLinesJob {

    /** What a job did. */
    /**
     * @param peakHeapBytes heap in use at the end of a chunk, garbage included, at its highest
     * @param peakLiveBytes heap in use just after a garbage collection, at its highest: what the job really holds
     */
    public record Totals(long lines, long requests, long decisions, long invalid, long nanos, long peakHeapBytes,
            long peakLiveBytes) {

        /** Decisions per second of wall-clock time. */
        public double decisionsPerSecond() {
            return nanos == 0 ? 0 : decisions / (nanos / 1e9);
        }
    }

    /** How each decision is written. */
    public enum Output {
        /** the whole decision, with its reasons in both languages */
        FULL,
        /** subject, status and fired rules only */
        SUMMARY,
        /** nothing: to measure the engine and the reading alone */
        NONE
    }

    private final VolunteerRules engine;
    private final int chunk;
    private final Output output;
    private final ObjectWriter writer = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    public JsonLinesJob(VolunteerRules engine, int chunk, Output output) {
        this.engine = Objects.requireNonNull(engine, "engine must not be null");
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1");
        }
        this.chunk = chunk;
        this.output = Objects.requireNonNull(output, "output must not be null");
    }

    /**
     * Runs the job; {@code progress} is called after every chunk with the totals so far.
     *
     * @throws IOException if reading or writing fails
     */
    public Totals run(BufferedReader in, Writer out, Consumer<Totals> progress) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long start = System.nanoTime();
        long lines = 0;
        long requests = 0;
        long decisions = 0;
        long invalid = 0;
        long peak = 0;
        long live = 0;
        Map<EvaluationRequest, List<Violation>> problems = new java.util.IdentityHashMap<>();
        List<EvaluationRequest> batch = new ArrayList<>(chunk);
        // per line of the chunk: its number and, if it could not be read, why (in input order)
        List<Long> batchLines = new ArrayList<>(chunk);
        List<List<Violation>> unreadable = new ArrayList<>(chunk);
        String line;
        boolean more = true;
        while (more) {
            line = in.readLine();
            more = line != null;
            if (more) {
                lines++;
                if (line.isBlank()) {
                    continue;
                }
                batchLines.add(lines);
                try {
                    batch.add(Json.read(line, EvaluationRequest.class, Json.mapper()));
                    unreadable.add(null);
                } catch (InvalidRequestException e) {
                    unreadable.add(e.violations());
                }
            }
            if (batchLines.size() == chunk || !more && !batchLines.isEmpty()) {
                List<List<Decision>> answers;
                try {
                    answers = engine.evaluateAll(batch);
                } catch (InvalidRequestException e) {
                    answers = new ArrayList<>();
                    for (EvaluationRequest r : batch) {
                        try {
                            answers.add(engine.evaluate(r));
                        } catch (InvalidRequestException one) {
                            answers.add(null);
                            problems.put(r, one.violations());
                        }
                    }
                }
                int next = 0;
                for (int i = 0; i < batchLines.size(); i++) {
                    List<Violation> bad = unreadable.get(i);
                    if (bad == null) {
                        EvaluationRequest r = batch.get(next);
                        List<Decision> ds = answers.get(next++);
                        bad = ds == null ? problems.remove(r) : null;
                        if (ds != null) {
                            requests++;
                            for (Decision d : ds) {
                                decisions++;
                                write(out, d);
                            }
                        }
                    }
                    if (bad != null) {
                        invalid++;
                        writeErrors(out, batchLines.get(i), bad);
                    }
                }
                batch.clear();
                batchLines.clear();
                unreadable.clear();
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                live = Math.max(live, liveHeap());
                progress.accept(new Totals(lines, requests, decisions, invalid, System.nanoTime() - start, peak, live));
            }
        }
        out.flush();
        return new Totals(lines, requests, decisions, invalid, System.nanoTime() - start, peak, live);
    }

    /** The heap in use just after a garbage collection, at its highest since the job started. */
    private static final AtomicLong LIVE_AFTER_GC = new AtomicLong();

    static {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                (CompositeData) n.getUserData());
                        long used = 0;
                        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (heapPools.contains(e.getKey())) {
                                used += e.getValue().getUsed();
                            }
                        }
                        LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private static long liveHeap() {
        return LIVE_AFTER_GC.get();
    }

    private void write(Writer out, Decision d) throws IOException {
        switch (output) {
            case FULL -> {
                out.write(writer.writeValueAsString(d));
                out.write('\n');
            }
            case SUMMARY -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("subject", d.question().subject());
                s.put("status", d.outcome().status());
                s.put("rules", d.firedRules());
                out.write(writer.writeValueAsString(s));
                out.write('\n');
            }
            case NONE -> {
            }
        }
    }

    private void writeErrors(Writer out, long line, List<Violation> violations) throws IOException {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("line", line);
        e.put("errors", violations);
        out.write(writer.writeValueAsString(e));
        out.write('\n');
    }
}
