package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads of hostile rule sets: the scenario run that gates a reload is bounded and cannot hang the
 * host, evaluations go on meanwhile, and {@link LiveRules#restorePrevious()} never waits for a reload.
 * Waits are generous (tens of seconds) and only ever bound a test that would otherwise hang; no
 * assertion depends on how fast the machine is.
 */
class LiveRulesBoundsTest {

    static VolunteerRules bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        bundled = VolunteerRules.builder().build();
    }

    private LiveRules.Builder live() {
        return LiveRules.builder(dir).startingWith(bundled);
    }

    @Test
    void a_rule_set_whose_scenarios_loop_is_rejected_quickly_and_the_live_set_keeps_serving() {
        LiveRules live = live().build();
        HostileRuleSets.copy("self-feeding", dir);
        LiveRules.Change c = live.reload();
        assertThat(c.accepted()).isFalse();
        assertThat(c.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("scenario: hostile/hostile.scenarios.yaml: An adult may take part: ")
                .contains("evaluation stopped: the rules fired more than")
                .contains("\"hostile-count-on\""));
        assertThat(live.version()).isEqualTo(bundled.ruleSetVersion());
        assertThat(live.evaluate(TestRequests.assignments(java.time.LocalDate.of(1990, 1, 1))).get(0).outcome().status())
                .isEqualTo("ALLOWED");
    }

    @Test
    void a_loop_that_only_a_crafted_request_starts_goes_live_and_is_stopped_for_that_request_alone() {
        LiveRules live = live().build();
        HostileRuleSets.copy("crafted-loop", dir);
        LiveRules.Change c = live.reload();
        assertThat(c.accepted()).as("%s", c.problems()).isTrue();
        assertThatThrownBy(() -> live.evaluate(HostileRuleSets.assignments("无限")))
                .isInstanceOfSatisfying(EvaluationLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(EvaluationLimitException.Limit.DERIVED_FACTS);
                    assertThat(e.ruleSetVersion()).isEqualTo(c.version());
                });
        assertThat(live.evaluate(HostileRuleSets.assignments("王某"))).singleElement()
                .satisfies(d -> assertThat(d.ruleSetVersion()).isEqualTo(c.version()));
        // the way back still works
        assertThat(live.restorePrevious()).get().extracting(LiveRules.Change::version).isEqualTo(bundled.ruleSetVersion());
    }

    @Test
    void a_check_that_cannot_finish_in_time_is_abandoned_while_evaluations_and_restore_go_on() throws Exception {
        CountDownLatch checking = new CountDownLatch(1);
        LiveRules live = live().bounds(EvaluationBounds.DEFAULT.withTimeBudget(Duration.ofMinutes(10)))
                .checkTimeout(Duration.ofSeconds(20)).onCheck(files -> {
                    if (files.files().stream().anyMatch(f -> f.path().equals("hostile/hostile.drl")
                            && f.text().contains("toPlainString("))) {
                        checking.countDown();
                    }
                }).build();
        HostileRuleSets.copy("crafted-loop", dir);
        LiveRules.Change first = live.reload();
        assertThat(first.accepted()).as("%s", first.problems()).isTrue();

        // six scenarios' worth of consequences of a minute or more each (thirty times the places the
        // folder's table gives), and no evaluation budget to stop them: only the check timeout ends
        // this reload. The timeout leaves room for compiling the first set on a busy machine.
        HostileRuleSets.copy("slow-consequence", dir);
        Path table = dir.resolve("hostile/hostile.parameters.yaml");
        Files.writeString(table, Files.readString(table).replace("value: 1000", "value: 30000"));
        CompletableFuture<LiveRules.Change> reload = CompletableFuture.supplyAsync(live::reload);
        assertThat(checking.await(60, TimeUnit.SECONDS)).isTrue();
        Optional<LiveRules.Change> restored = live.restorePrevious();
        assertThat(restored).get().extracting(LiveRules.Change::version).isEqualTo(bundled.ruleSetVersion());
        assertThat(live.evaluate(HostileRuleSets.assignments("王某"))).singleElement()
                .satisfies(d -> assertThat(d.ruleSetVersion()).isEqualTo(bundled.ruleSetVersion()));

        LiveRules.Change c = reload.get(60, TimeUnit.SECONDS);
        assertThat(c.accepted()).isFalse();
        assertThat(c.problems()).singleElement().asString()
                .startsWith("check: lint, compile and scenarios did not finish within 20 s");
        assertThat(live.version()).isEqualTo(bundled.ruleSetVersion());
    }

    @Test
    void the_scenario_run_of_a_reload_stops_a_slow_consequence_at_the_evaluation_time_budget() {
        LiveRules live = live().bounds(EvaluationBounds.DEFAULT.withTimeBudget(Duration.ofMillis(200)))
                .checkTimeout(Duration.ofMinutes(5)).build();
        HostileRuleSets.copy("slow-consequence", dir);
        LiveRules.Change c = live.reload();
        assertThat(c.accepted()).isFalse();
        assertThat(c.problems()).filteredOn(p -> p.startsWith("scenario: ")).hasSize(3)
                .allSatisfy(p -> assertThat(p).contains("evaluation stopped: it ran ").contains("time budget of 200 ms"));
        assertThat(live.version()).isEqualTo(bundled.ruleSetVersion());
    }

    /**
     * The concurrency rules, made deterministic by holding the check on a latch: a second reload gets
     * an immediate answer, a restore does not wait, and the set the held reload proves does not
     * overwrite the restore; offered again, it goes live without a second check.
     */
    @Test
    void during_a_reload_another_is_refused_at_once_and_a_restore_wins_over_the_reload() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> checked = java.util.Collections.synchronizedList(new ArrayList<>());
        LiveRules live = live().onCheck(files -> {
            checked.add(files.origin());
            if (files.origin().equals("held")) {
                held.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }).build();
        RuleSetFiles a = renamed(RuleSetFiles.fromDirectory(HostileRuleSets.copy("crafted-loop", dir)), "a", "");
        RuleSetFiles b = renamed(a, "held", "\n// b\n");
        assertThat(live.offer(a).accepted()).isTrue();

        CompletableFuture<LiveRules.Change> reload = CompletableFuture.supplyAsync(() -> live.offer(b));
        assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();

        LiveRules.Change second = live.offer(a);
        assertThat(second.accepted()).isFalse();
        assertThat(second.summary()).isEqualTo("busy");
        assertThat(second.problems()).containsExactly("another reload is in progress; try again when it has finished");
        assertThat(live.reload().summary()).isEqualTo("busy");

        assertThat(live.restorePrevious()).get().extracting(LiveRules.Change::version).isEqualTo(bundled.ruleSetVersion());
        release.countDown();
        LiveRules.Change held1 = reload.get(60, TimeUnit.SECONDS);
        assertThat(held1.accepted()).isFalse();
        assertThat(held1.summary()).isEqualTo("superseded");
        assertThat(held1.problems()).singleElement().asString().contains("changed while this one was being checked");
        assertThat(live.version()).isEqualTo(bundled.ruleSetVersion());

        int checks = checked.size();
        LiveRules.Change again = live.offer(b);
        assertThat(again.accepted()).isTrue();
        assertThat(again.summary()).isEqualTo("already proven");
        assertThat(checked).hasSize(checks);
        assertThat(live.version()).isEqualTo(b.version());
    }

    @Test
    void the_check_timeout_must_be_positive() {
        assertThatThrownBy(() -> LiveRules.builder(dir).checkTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("check timeout must be positive, was PT-1S");
    }

    /** The same files under another origin, with {@code extra} appended to the hostile DRL. */
    private static RuleSetFiles renamed(RuleSetFiles files, String origin, String extra) {
        List<RuleFile> out = new ArrayList<>();
        for (RuleFile f : files.files()) {
            out.add(f.path().equals("hostile/hostile.drl")
                    ? new RuleFile(f.path(), (f.text() + extra).getBytes(StandardCharsets.UTF_8)) : f);
        }
        return RuleSetFiles.of(origin, out);
    }
}
