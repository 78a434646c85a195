package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.request.Question;
import io.volunteerrules.core.scenario.ScenarioResult;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;

/**
 * A request runs in a rule base without the rules that need a question or case fact it does not
 * bring. These tests hold it to giving exactly the decisions of the whole rule base.
 */
class RuleBasesTest {

    private static VolunteerRules cut;
    private static VolunteerRules whole;

    @BeforeAll
    static void engines() {
        cut = VolunteerRules.builder().build();
        whole = VolunteerRules.builder().wholeRuleBaseOnly().build();
    }

    @Test
    void every_bundled_scenario_decides_the_same_in_its_cut_rule_base_as_in_the_whole() {
        List<ScenarioResult> inCut = ScenarioSuite.of(cut).run().results();
        List<ScenarioResult> inWhole = ScenarioSuite.of(whole).run().results();
        assertThat(inCut).hasSameSizeAs(inWhole).hasSizeGreaterThan(200);
        for (int i = 0; i < inCut.size(); i++) {
            assertThat(inCut.get(i).decisions()).as(inCut.get(i).scenario().title())
                    .isEqualTo(inWhole.get(i).decisions());
        }
        // the scenarios ask every kind of question: many rule bases were made, each smaller than the whole
        List<RuleBases.Base> bases = cut.ruleBases();
        assertThat(bases).hasSizeGreaterThan(10);
        int all = bases.get(0).rules();
        assertThat(bases.subList(1, bases.size())).allSatisfy(b -> assertThat(b.rules()).isLessThan(all));
        assertThat(whole.ruleBases()).hasSize(1);
    }

    @Test
    void a_rules_directory_compiled_at_start_up_is_cut_the_same_way() {
        VolunteerRules compiled = VolunteerRules.builder().ruleSetFiles(cut.files()).clauseCatalogue(cut.clauses()).build();
        List<ScenarioResult> inCompiled = ScenarioSuite.of(compiled).run().results();
        List<ScenarioResult> inWhole = ScenarioSuite.of(whole).run().results();
        for (int i = 0; i < inCompiled.size(); i++) {
            assertThat(inCompiled.get(i).decisions()).as(inCompiled.get(i).scenario().title())
                    .isEqualTo(inWhole.get(i).decisions());
        }
        assertThat(compiled.ruleBases()).hasSizeGreaterThan(10);
    }

    @Test
    void an_assignment_check_runs_with_the_assignment_rules_only() {
        VolunteerRules engine = VolunteerRules.builder().build();
        EvaluationRequest request = TestRequests.assignments(LocalDate.of(2012, 4, 21), LocalDate.of(1990, 1, 1));
        List<Decision> decisions = engine.evaluate(request);
        assertThat(decisions).isEqualTo(whole.evaluate(request));

        List<RuleBases.Base> bases = engine.ruleBases();
        assertThat(bases).hasSize(2);
        Set<String> packages = packagesWithRules(bases.get(1));
        // (a few rules of other areas need no question or case fact, only facts derived from them: they stay)
        assertThat(packages).contains("rules.capacity", "rules.training", "rules.suitability", "rules.insurance")
                .doesNotContain("rules.records", "rules.hours", "rules.incentives", "rules.recruitment",
                        "rules.organisations", "rules.credits");
        assertThat(bases.get(1).rules()).isLessThan(bases.get(0).rules() / 2);
        // the same kind of request again runs in the same rule base
        engine.evaluate(TestRequests.assignments(LocalDate.of(2000, 1, 1)));
        assertThat(engine.ruleBases()).hasSize(2);
    }

    @Test
    void no_more_rule_bases_are_kept_than_the_bound_whatever_the_requests_ask() throws ReflectiveOperationException {
        RuleBases bases = new RuleBases(cut.ruleBases().get(0).kieBase(), () -> VolunteerRules.builder().build()
                .ruleBases().get(0).kieBase(), 2, true);
        List<Object> questions = new ArrayList<>();
        for (Class<?> kind : Question.class.getPermittedSubclasses()) {
            questions.add(anyOf(kind));
        }
        assertThat(questions).hasSizeGreaterThanOrEqualTo(6);
        RuleBases.Base first = bases.all().get(0);
        // every set of six kinds of question: 64 sets, twice the bound
        for (int set = 1; set < 64; set++) {
            long mask = 0;
            for (int i = 0; i < 6; i++) {
                if ((set & (1 << i)) != 0) {
                    mask = RuleBases.mask(mask, questions.get(i));
                }
            }
            RuleBases.Base base = bases.forFacts(mask);
            assertThat(base.rules()).isLessThanOrEqualTo(first.rules());
        }
        assertThat(bases.all()).hasSizeLessThanOrEqualTo(1 + RuleBases.MAX_KEPT);
        // past the bound, a new set of facts runs in the whole rule base
        long beyond = 0;
        for (int i = 6; i < questions.size(); i++) {
            beyond = RuleBases.mask(beyond, questions.get(i));
        }
        assertThat(bases.forFacts(beyond)).isSameAs(first);
        // and a fact that is not engine-made changes no mask
        assertThat(RuleBases.mask(beyond, "text")).isEqualTo(beyond);
    }

    @Test
    void all_rule_bases_together_keep_no_more_sessions_than_their_budget() throws ReflectiveOperationException {
        RuleBases bases = new RuleBases(cut.ruleBases().get(0).kieBase(), () -> VolunteerRules.builder().build()
                .ruleBases().get(0).kieBase(), 2, true);
        List<RuleBases.Base> used = new ArrayList<>();
        for (Class<?> kind : List.of(io.volunteerrules.core.request.AssignmentQuestion.class,
                io.volunteerrules.core.request.StarRatingQuestion.class,
                io.volunteerrules.core.request.TimeBankBalanceQuestion.class)) {
            used.add(bases.forFacts(RuleBases.mask(0, anyOf(kind))));
        }
        used.add(bases.all().get(0));
        assertThat(used).doesNotHaveDuplicates();
        List<org.kie.api.runtime.KieSession> sessions = used.stream().map(b -> b.sessions().take()).toList();
        for (int i = 0; i < used.size(); i++) {
            used.get(i).sessions().giveBack(sessions.get(i));
        }
        // four rule bases each handed back a session; two are kept, the others disposed of
        assertThat(bases.idleSessions()).isEqualTo(2);
        // a kept session taken again frees its place in the budget
        RuleBases.Base first = used.get(0);
        org.kie.api.runtime.KieSession again = first.sessions().take();
        used.get(2).sessions().giveBack(used.get(2).sessions().take());
        first.sessions().giveBack(again);
        assertThat(bases.idleSessions()).isEqualTo(2);
    }

    private static Set<String> packagesWithRules(RuleBases.Base base) {
        return base.kieBase().getKiePackages().stream().filter(p -> !p.getRules().isEmpty())
                .map(KiePackage::getName).collect(Collectors.toSet());
    }

    /** A question of this kind, its text fields "x" and the rest null (it is never evaluated). */
    private static Object anyOf(Class<?> kind) throws ReflectiveOperationException {
        RecordComponent[] components = kind.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical = kind.getDeclaredConstructor(types);
        Object[] args = Arrays.stream(types).map(t -> t == String.class ? "x" : null).toArray();
        return canonical.newInstance(args);
    }
}
