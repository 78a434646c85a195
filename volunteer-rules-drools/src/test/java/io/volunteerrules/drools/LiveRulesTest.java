package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveRulesTest {

    static RuleSetFiles bundled;
    static VolunteerRules bundledRules;
    static EvaluationRequest request;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        bundledRules = VolunteerRules.builder().build();
        bundled = bundledRules.files();
        request = Json.mapper().readValue("""
                {"asOf": "2026-04-20",
                 "organisations": [{"id": "ORG1", "name": "金水区青年志愿者协会", "kind": "VOLUNTEER_SERVICE_ORGANISATION", "legallyRegistered": true}],
                 "activities": [{"id": "ACT1", "name": "社区助老", "organiserId": "ORG1", "field": "ELDERLY_CARE", "hazardous": false,
                                 "startDate": "2026-05-01", "endDate": "2026-05-01"}],
                 "tasks": [{"id": "T1", "activityId": "ACT1", "name": "陪伴老人", "minorsAllowed": true}],
                 "volunteers": [{"id": "V1", "name": "王某", "birthDate": "1990-03-02"},
                                {"id": "V2", "name": "李某", "birthDate": "2011-03-02"}],
                 "assignments": [{"id": "A1", "taskId": "T1", "volunteerId": "V1", "arrangedOn": "2026-04-15", "acceptance": "ACCEPTED", "respondedOn": "2026-04-16"},
                                 {"id": "A2", "taskId": "T1", "volunteerId": "V2", "arrangedOn": "2026-04-15", "acceptance": "ACCEPTED", "respondedOn": "2026-04-16"}],
                 "questions": [{"type": "assignment", "assignmentId": "A1"}, {"type": "assignment", "assignmentId": "A2"}]}
                """, EvaluationRequest.class);
    }

    /** The bundled files with one file's text changed. */
    static RuleSetFiles edit(String path, UnaryOperator<String> change) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile f : bundled.files()) {
            files.add(f.path().equals(path) ? new RuleFile(f.path(), change.apply(f.text()).getBytes(StandardCharsets.UTF_8)) : f);
        }
        return RuleSetFiles.of("edited " + path, files);
    }

    /** Starts from the bundled engine (compiled at build time), so each test compiles only what it offers. */
    private LiveRules live() {
        bundled.writeTo(dir);
        // these tests are about what a check accepts, not how long it may take: a machine shared with
        // other builds can take longer than the default two minutes to compile and run every scenario
        return LiveRules.builder(dir).bounds(bundledRules.bounds()).startingWith(bundledRules)
                .checkTimeout(java.time.Duration.ofMinutes(15)).build();
    }

    @Test
    void watching_loads_a_checked_directory_and_reload_picks_up_an_edit() throws Exception {
        bundled.writeTo(dir);
        LiveRules live = LiveRules.watching(dir);
        assertThat(live.version()).isEqualTo(bundledRules.ruleSetVersion());
        java.nio.file.Files.writeString(dir.resolve("insurance/insurance.drl"), "rule \"broken\" when then System.exit(0); end",
                java.nio.file.StandardOpenOption.APPEND);
        LiveRules.Change c = live.reload();
        assertThat(c.accepted()).isFalse();
        assertThat(c.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("lint: insurance/insurance.drl:"));
        assertThat(live.version()).isEqualTo(bundledRules.ruleSetVersion());
    }

    @Test
    void evaluate_writes_each_decision_to_the_decision_log_with_the_version_that_made_it() {
        java.io.StringWriter out = new java.io.StringWriter();
        bundled.writeTo(dir);
        LiveRules live = LiveRules.startingWith(bundledRules, dir,
                io.volunteerrules.core.audit.DecisionLog.builder().toWriter(out).build());
        live.evaluate(request);
        assertThat(out.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("\"ruleSetVersion\":\"" + bundledRules.ruleSetVersion() + "\"")
                .doesNotContain("王某").doesNotContain("李某"));
    }

    @Test
    void offer_rejects_a_set_that_fails_lint_and_keeps_serving() {
        LiveRules live = live();
        String before = live.version();
        LiveRules.Change c = live.offer(edit("capacity/capacity.drl", t -> t.replaceAll("(?m)^then$", "then\n    System.exit(0);")));
        assertThat(c.accepted()).isFalse();
        assertThat(c.problems()).anySatisfy(p -> assertThat(p).startsWith("lint: capacity/capacity.drl:").contains("System"));
        assertThat(live.version()).isEqualTo(before);
        assertThat(live.evaluate(request)).allSatisfy(d -> assertThat(d.ruleSetVersion()).isEqualTo(before));
    }

    @Test
    void offer_rejects_a_set_that_does_not_compile() {
        LiveRules live = live();
        // lint passes (a local variable, a text), the compiler does not (a text is no int)
        LiveRules.Change c = live.offer(edit("training/training.drl", t -> t.replaceFirst("(?m)^then$", "then\n    int broken = \"text\";")));
        assertThat(c.accepted()).isFalse();
        assertThat(c.problems()).anySatisfy(p -> assertThat(p).startsWith("compile: training/training.drl:"));
    }

    @Test
    void offer_rejects_a_set_whose_scenarios_fail_and_restore_brings_back_the_previous() {
        LiveRules live = live();
        String first = live.version();
        // the full age lowered to 16: compiles and lints, but the capacity scenarios catch it
        LiveRules.Change bad = live.offer(edit("capacity/capacity.parameters.yaml", t -> t.replaceFirst("value: 18", "value: 16")));
        assertThat(bad.accepted()).isFalse();
        assertThat(bad.problems()).anySatisfy(p -> assertThat(p).startsWith("scenario: capacity/capacity.scenarios.yaml: "));
        assertThat(bad.problems()).last().asString().matches("scenarios: \\d+ passed, [1-9]\\d* failed");

        LiveRules.Change good = live.offer(edit("capacity/capacity.drl", t -> t + "\n// a harmless edit\n"));
        assertThat(good.accepted()).isTrue();
        assertThat(live.version()).isNotEqualTo(first).isEqualTo(good.version());
        assertThat(live.restorePrevious()).get().extracting(LiveRules.Change::version).isEqualTo(first);
        assertThat(live.version()).isEqualTo(first);
    }

    /**
     * Many threads evaluate while the rule set is swapped again and again, with broken sets offered
     * among the good ones: every evaluation succeeds, all decisions of one request come from one
     * version, and each equals what that version decides alone. Bounded by a fixed number of swaps.
     */
    @Test
    void evaluations_during_repeated_swaps_never_fail_or_mix_versions() throws Exception {
        LiveRules live = live();
        RuleSetFiles a = bundled;
        RuleSetFiles b = edit("capacity/capacity.drl", t -> t + "\n// version b\n");
        RuleSetFiles lintBroken = edit("capacity/capacity.drl", t -> t.replaceAll("(?m)^then$", "then\n    Runtime.getRuntime();"));
        RuleSetFiles compileBroken = edit("insurance/insurance.drl", t -> t.replaceFirst("(?m)^then$", "then undefined();"));
        // prove b once, so the swaps below are quick
        assertThat(live.offer(b).accepted()).isTrue();
        Map<String, List<String>> expected = new ConcurrentHashMap<>();
        expected.put(live.version(), outcomes(live.current().evaluate(request)));
        assertThat(live.restorePrevious()).isPresent();
        expected.put(live.version(), outcomes(live.current().evaluate(request)));
        assertThat(expected).hasSize(2);

        int threads = 6;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong evaluations = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, AtomicLong> seen = new ConcurrentHashMap<>();
        CountDownLatch started = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                started.countDown();
                while (!stop.get()) {
                    try {
                        List<Decision> ds = live.evaluate(request);
                        List<String> versions = ds.stream().map(Decision::ruleSetVersion).distinct().toList();
                        if (versions.size() != 1) {
                            failures.add("mixed versions " + versions);
                        } else if (!outcomes(ds).equals(expected.get(versions.get(0)))) {
                            failures.add("unexpected decisions " + outcomes(ds) + " from " + versions.get(0));
                        } else {
                            seen.computeIfAbsent(versions.get(0), k -> new AtomicLong()).incrementAndGet();
                        }
                        evaluations.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add("failed: " + e);
                    }
                }
            });
            t.start();
            workers.add(t);
        }
        started.await();
        List<LiveRules.Change> changes = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            changes.add(live.offer(b));
            changes.add(live.offer(lintBroken));
            changes.add(live.offer(a));
            if (round == 0) {
                changes.add(live.offer(compileBroken));
            }
            live.restorePrevious();
            Thread.sleep(20);
        }
        stop.set(true);
        for (Thread t : workers) {
            t.join();
        }
        assertThat(failures).isEmpty();
        assertThat(evaluations.get()).isPositive();
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(changes).filteredOn(c -> !c.accepted()).hasSize(5);
        assertThat(changes).filteredOn(LiveRules.Change::accepted).hasSize(8);
    }

    private static List<String> outcomes(List<Decision> ds) {
        return ds.stream().map(d -> d.question().subject() + " " + d.outcome().status() + " " + d.firedRules()).toList();
    }
}
