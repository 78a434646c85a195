package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile rule sets of {@code src/test/resources/bounds/}, each stopped by the bounds with a clear
 * error for that request, while the engine goes on answering others. No assertion depends on how fast
 * the machine is: a stop is recognised by its kind, never by when it came.
 */
class EvaluationBoundsTest {

    @TempDir
    Path dir;

    private VolunteerRules load(String hostile, EvaluationBounds bounds) {
        return VolunteerRules.builder().rulesDirectory(HostileRuleSets.copy(hostile, dir)).bounds(bounds).build();
    }

    @Test
    void a_rule_that_feeds_itself_is_stopped_by_the_firing_limit_for_every_request() {
        VolunteerRules engine = load("self-feeding", EvaluationBounds.DEFAULT);
        EvaluationRequest request = HostileRuleSets.assignments("王某");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> engine.evaluate(request)).isInstanceOfSatisfying(EvaluationLimitException.class, e -> {
                assertThat(e.limit()).isEqualTo(EvaluationLimitException.Limit.RULE_FIRINGS);
                assertThat(e.busiestRule()).isEqualTo("hostile-count-on");
                assertThat(e.ruleSetVersion()).isEqualTo(engine.ruleSetVersion());
                assertThat(e.getMessage()).startsWith("evaluation stopped: the rules fired more than 1")
                        .contains("(10000 + 50 per fact, ").contains("\"hostile-count-on\"").contains("may loop");
            });
        }
        // the sessions of stopped evaluations are thrown away, never kept for the next request
        assertThat(engine.idleSessions()).isZero();
    }

    @Test
    void the_firing_limit_is_a_builder_parameter_and_grows_with_the_request() {
        VolunteerRules engine = VolunteerRules.builder().rulesDirectory(HostileRuleSets.copy("self-feeding", dir))
                .maxRuleFirings(200, 10).build();
        assertThat(engine.bounds()).isEqualTo(new EvaluationBounds(200, 10, EvaluationBounds.DEFAULT.timeBudget()));
        // 200 plus 10 per fact given to the session: more volunteers, more facts, more firings allowed
        long one = allowed(message(() -> engine.evaluate(HostileRuleSets.assignments("王某"))));
        long three = allowed(message(() -> engine.evaluate(HostileRuleSets.assignments("王某", "李某", "张某"))));
        assertThat(one).isGreaterThan(200).isLessThan(400).matches(n -> (n - 200) % 10 == 0, "200 + 10 per fact");
        assertThat(three).isGreaterThan(one).matches(n -> (n - 200) % 10 == 0, "200 + 10 per fact");
    }

    @Test
    void a_loop_only_a_crafted_request_starts_is_stopped_and_the_engine_keeps_answering_others() {
        VolunteerRules engine = load("crafted-loop", EvaluationBounds.DEFAULT);
        EvaluationRequest ordinary = HostileRuleSets.assignments("王某", "李某");
        List<Decision> before = engine.evaluate(ordinary);
        assertThat(before).extracting(d -> d.outcome().status()).containsExactly("ALLOWED", "ALLOWED");
        assertThat(engine.idleSessions()).isEqualTo(1);

        // four facts per firing: the limit on facts added by rules stops it before the firing limit does
        assertThatThrownBy(() -> engine.evaluate(HostileRuleSets.assignments("王某", "无限")))
                .isInstanceOfSatisfying(EvaluationLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(EvaluationLimitException.Limit.DERIVED_FACTS);
                    assertThat(e.busiestRule()).isEqualTo("hostile-multiply");
                    assertThat(e.getMessage()).startsWith("evaluation stopped: the rules added ").contains(" facts, more than the ");
                });
        assertThat(engine.idleSessions()).as("the stopped session was not kept").isZero();

        assertThat(engine.evaluate(ordinary)).isEqualTo(before);
        assertThat(engine.idleSessions()).isEqualTo(1);
    }

    @Test
    void in_a_batch_the_error_names_the_request_that_was_stopped() {
        VolunteerRules engine = load("crafted-loop", EvaluationBounds.DEFAULT);
        assertThatThrownBy(() -> engine.evaluateAll(List.of(HostileRuleSets.assignments("王某"),
                HostileRuleSets.assignments("无限"))))
                .isInstanceOf(EvaluationLimitException.class)
                .hasMessageStartingWith("request [1]: evaluation stopped: the rules added ");
    }

    @Test
    void a_consequence_slow_only_for_a_crafted_request_is_stopped_by_the_time_budget() {
        VolunteerRules engine = load("slow-consequence", EvaluationBounds.DEFAULT.withTimeBudget(Duration.ofSeconds(1)));
        // ordinary names cost next to nothing
        assertThat(engine.evaluate(HostileRuleSets.assignments("王某", "李某")))
                .extracting(d -> d.outcome().status()).containsExactly("ALLOWED", "ALLOWED");
        // six names of 600 characters: seconds per firing, far beyond the budget of one second
        assertThatThrownBy(() -> engine.evaluate(HostileRuleSets.assignments(HostileRuleSets.longNames(6, 600))))
                .isInstanceOfSatisfying(EvaluationLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(EvaluationLimitException.Limit.TIME_BUDGET);
                    assertThat(e.getMessage()).startsWith("evaluation stopped: it ran ")
                            .contains("more than its time budget of 1000 ms");
                });
        assertThat(engine.evaluate(HostileRuleSets.assignments("王某")).get(0).outcome().status()).isEqualTo("ALLOWED");
    }

    @Test
    void an_interrupted_evaluation_stops_at_the_next_firing() {
        VolunteerRules engine = load("self-feeding", EvaluationBounds.DEFAULT.withFirings(Integer.MAX_VALUE, 0)
                .withTimeBudget(Duration.ofDays(1)));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> engine.evaluate(HostileRuleSets.assignments("王某")))
                    .isInstanceOf(java.util.concurrent.CancellationException.class)
                    .hasMessageStartingWith("evaluation interrupted");
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is left for the caller").isTrue();
        }
    }

    @Test
    void bounds_refuse_values_that_make_no_sense() {
        assertThatThrownBy(() -> new EvaluationBounds(0, 50, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("base firings must be positive, was 0");
        assertThatThrownBy(() -> new EvaluationBounds(10, -1, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("firings per fact must not be negative, was -1");
        assertThatThrownBy(() -> VolunteerRules.builder().timeBudget(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("time budget must be positive, was PT0S");
        assertThatThrownBy(() -> VolunteerRules.builder().bounds(null))
                .isInstanceOf(NullPointerException.class).hasMessage("bounds must not be null");
    }

    private static String message(Runnable r) {
        try {
            r.run();
        } catch (EvaluationLimitException e) {
            assertThat(e.limit()).isEqualTo(EvaluationLimitException.Limit.RULE_FIRINGS);
            return e.getMessage();
        }
        throw new AssertionError("expected the evaluation to be stopped");
    }

    /** The limit a firing-limit message names: "fired more than N times". */
    private static long allowed(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("fired more than (\\d+) times").matcher(message);
        assertThat(m.find()).as(message).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void a_time_budget_longer_than_nanoseconds_count_is_no_limit_rather_than_an_overflow() {
        // --time-budget 1e300 became Duration.ofMillis(Long.MAX_VALUE), and every evaluation failed with "long overflow"
        VolunteerRules engine = VolunteerRules.builder()
                .bounds(new EvaluationBounds(EvaluationBounds.DEFAULT.baseFirings(), EvaluationBounds.DEFAULT.firingsPerFact(),
                        java.time.Duration.ofMillis(Long.MAX_VALUE)))
                .build();
        assertThat(engine.evaluate(HostileRuleSets.assignments("王某"))).isNotEmpty();
    }
}
