package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Effect;
import io.volunteerrules.core.decision.Outcome;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VolunteerRulesTest {

    private static VolunteerRules engine;

    @BeforeAll
    static void build() {
        engine = VolunteerRules.builder().build();
    }

    @AfterAll
    static void release() {
        engine = null;
    }

    @Test
    void evaluate_with_parameters_lists_every_value_it_cannot_use_in_the_library_s_own_exception() {
        EvaluationRequest r = TestRequests.assignments(LocalDate.of(1990, 1, 1));
        assertThatThrownBy(() -> engine.evaluate(r, java.util.Map.of("no.such-key", "1", "capacity.full-age", "eighteen")))
                .isInstanceOf(io.volunteerrules.core.VolunteerRulesException.class)
                .isInstanceOfSatisfying(io.volunteerrules.core.params.ParameterValueException.class, e -> assertThat(e.problems())
                        .hasSize(2)
                        .contains("no.such-key: no such parameter in the rule set's tables")
                        .anySatisfy(p -> assertThat(p).startsWith("capacity.full-age: expected a whole number")))
                .hasMessageStartingWith("parameter values that cannot be used (2 problems):");
        // values that fit are used: with the full age set to 40, a 36-year-old is not an adult
        assertThat(engine.evaluate(r, java.util.Map.of("capacity.full-age", "40")).get(0).outcome())
                .isNotInstanceOf(Outcome.Allowed.class);
        assertThat(engine.evaluate(r).get(0).outcome()).isInstanceOf(Outcome.Allowed.class);
    }

    @Test
    void evaluate_answers_each_question_in_the_order_asked() {
        EvaluationRequest r = TestRequests.assignments(LocalDate.of(1990, 1, 1), LocalDate.of(2011, 3, 2));
        List<Decision> decisions = engine.evaluate(r);
        assertThat(decisions).extracting(d -> d.question().subject()).containsExactly("assignment:A1", "assignment:A2");
        assertThat(decisions.get(0).outcome()).isInstanceOf(Outcome.Allowed.class);
        assertThat(decisions.get(1).outcome()).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void a_refusal_cites_the_rule_its_clauses_and_the_facts_in_both_languages() {
        Decision d = engine.evaluate(TestRequests.assignments(LocalDate.of(2011, 3, 2))).get(0);
        Reason refusal = d.outcome().reasons().get(0);
        assertThat(refusal.rule()).isEqualTo("guardian-consent-missing");
        assertThat(refusal.effect()).isEqualTo(Effect.REFUSE);
        assertThat(refusal.clauses()).containsExactly("HN-8");   // CC-19 is cited by the rule that classified the volunteer
        assertThat(refusal.en()).startsWith("志愿者1 is 15 on 1 May 2026, a person of limited civil capacity");
        assertThat(refusal.zh()).startsWith("志愿者1在2026年5月1日时为15周岁，为限制民事行为能力人");
        assertThat(refusal.nextStep().zh()).startsWith("志愿者1的监护人最迟于2026年5月1日出具涵盖本活动");
        assertThat(d.context()).extracting(Reason::rule).contains("capacity-limited-minor", "assignment-accepted");
        assertThat(d.citedClauses()).contains("HN-8", "CC-19", "VSR-25");
    }

    @Test
    void every_decision_names_the_rule_set_version() {
        Decision d = engine.evaluate(TestRequests.assignments(LocalDate.of(1990, 1, 1))).get(0);
        assertThat(d.ruleSetVersion()).isEqualTo(engine.ruleSetVersion()).matches("sha256:[0-9a-f]{64}");
        assertThat(d.asOf()).isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    void the_same_request_always_gives_the_same_decisions() {
        EvaluationRequest r = TestRequests.assignments(LocalDate.of(1990, 1, 1), LocalDate.of(2011, 3, 2),
                LocalDate.of(2019, 1, 1));
        String first = Json.write(engine.evaluate(r));
        for (int i = 0; i < 5; i++) {
            assertThat(Json.write(engine.evaluate(r))).isEqualTo(first);
        }
        assertThat(Json.write(VolunteerRules.builder().build().evaluate(r))).isEqualTo(first);
    }

    @Test
    void evaluate_leaves_the_request_as_it_was() {
        EvaluationRequest r = TestRequests.assignments(LocalDate.of(2011, 3, 2));
        String before = Json.write(r);
        engine.evaluate(r);
        assertThat(Json.write(r)).isEqualTo(before);
    }

    @Test
    void evaluate_rejects_an_invalid_request_with_every_problem_and_evaluates_nothing() {
        EvaluationRequest r = EvaluationRequest.builder(LocalDate.of(2026, 4, 20))
                .volunteer(TestRequests.volunteer("V1", "王某", null))
                .question(new AssignmentQuestion("A1"))
                .build();
        assertThatThrownBy(() -> engine.evaluate(r)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                        "questions[0].assignmentId: unknown assignment \"A1\"",
                        "volunteers[0].birthDate: must not be null"));
    }

    @Test
    void evaluate_rejects_an_as_of_date_before_the_parameters_take_effect() {
        EvaluationRequest old = TestRequests.assignments(LocalDate.of(1990, 1, 1)).withAsOf(LocalDate.of(2015, 1, 1));
        assertThatThrownBy(() -> engine.evaluate(old)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations().get(0).toString())
                        .startsWith("asOf: the rule set decides from 2021-03-07, when every parameter is in force; "
                                + "no parameter value is in force on 2015-01-01 for capacity.")
                        .contains("capacity.full-age (capacity/capacity.parameters.yaml)")
                        .endsWith(" more"));
    }

    @Test
    void evaluate_rejects_the_day_before_the_zhengzhou_opinions_were_issued_naming_what_is_not_in_force_yet() {
        EvaluationRequest early = TestRequests.assignments(LocalDate.of(1990, 1, 1)).withAsOf(LocalDate.of(2021, 3, 6));
        assertThatThrownBy(() -> engine.evaluate(early)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations().get(0).toString())
                        .startsWith("asOf: the rule set decides from 2021-03-07")
                        .contains("no parameter value is in force on 2021-03-06 for ")
                        .doesNotContain("capacity.full-age"));
    }

    @Test
    void evaluate_refuses_a_null_request() {
        assertThatThrownBy(() -> engine.evaluate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("request must not be null");
    }

    @Test
    void evaluateAll_gives_what_evaluate_gives_for_each_request() {
        EvaluationRequest a = TestRequests.assignments(LocalDate.of(1990, 1, 1));
        EvaluationRequest b = TestRequests.assignments(LocalDate.of(2011, 3, 2), LocalDate.of(2008, 5, 1));
        List<List<Decision>> all = engine.evaluateAll(List.of(a, b));
        assertThat(all).hasSize(2);
        assertThat(Json.write(all.get(0))).isEqualTo(Json.write(engine.evaluate(a)));
        assertThat(Json.write(all.get(1))).isEqualTo(Json.write(engine.evaluate(b)));
    }

    @Test
    void evaluateAll_rejects_the_whole_batch_naming_each_bad_request_by_index() {
        EvaluationRequest good = TestRequests.assignments(LocalDate.of(1990, 1, 1));
        EvaluationRequest bad = EvaluationRequest.builder(LocalDate.of(2026, 4, 20))
                .volunteer(TestRequests.volunteer("V1", "王某", null)).question(new AssignmentQuestion("A1")).build();
        assertThatThrownBy(() -> engine.evaluateAll(java.util.Arrays.asList(good, bad, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                                "[1].questions[0].assignmentId: unknown assignment \"A1\"",
                                "[1].volunteers[0].birthDate: must not be null",
                                "[2]: request must not be null"));
    }

    @Test
    void one_engine_serves_many_threads_with_the_same_answers() throws Exception {
        List<EvaluationRequest> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(TestRequests.assignments(LocalDate.of(2000 + i % 20, 1 + i % 12, 1 + i % 28)));
        }
        List<String> expected = requests.stream().map(r -> Json.write(engine.evaluate(r))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (EvaluationRequest r : requests) {
                    futures.add(pool.submit(() -> Json.write(engine.evaluate(r))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % requests.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_rule_catalogue_gives_each_rule_its_area_clauses_and_messages() {
        RuleInfo info = engine.rules().find("insurance-bought-late").orElseThrow();
        assertThat(info.area()).isEqualTo("insurance");
        assertThat(info.clauses()).containsExactly("ZZ-2.3", "VSR-17", "HN-26");
        assertThat(info.zh().placeholders()).isEqualTo(info.en().placeholders())
                .containsExactlyInAnyOrder("volunteer", "policies", "arrangedOn", "wasNot");
    }
}
