package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.request.Question;
import io.volunteerrules.core.request.ServiceRecordQuestion;
import io.volunteerrules.core.scenario.Scenario;
import io.volunteerrules.core.scenario.ScenarioLoader;
import io.volunteerrules.drools.internal.facts.AssignmentCase;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CasesTest {

    @Test
    void every_question_kind_has_its_case_resolver() {
        assertThatCode(Cases::checkEveryKindResolved).doesNotThrowAnyException();
    }

    @Test
    void only_an_assignment_question_goes_without_the_shared_record_and_organisation_facts() {
        assertThat(Cases.needsSharedFacts(new AssignmentQuestion("A1"))).isFalse();
        assertThat(Cases.needsSharedFacts(new ServiceRecordQuestion("R1"))).isTrue();
    }

    @Test
    void every_question_kind_is_asked_by_some_bundled_scenario() {
        VolunteerRules rules = VolunteerRules.builder().build();
        Set<String> asked = new TreeSet<>();
        for (var f : rules.files().scenarios()) {
            for (Scenario s : ScenarioLoader.read(f.path(), f.text())) {
                s.request().path("questions").forEach(q -> asked.add(q.path("type").asText()));
            }
        }
        Set<String> kinds = Arrays.stream(Question.class.getPermittedSubclasses()).map(k -> {
            try {
                return (String) k.getField("TYPE").get(null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }).collect(Collectors.toCollection(TreeSet::new));
        assertThat(asked).containsAll(kinds);
    }

    /** A few facts of a type are looked through, more are indexed: either way each question finds its own. */
    @ParameterizedTest
    @ValueSource(ints = {1, 4, 5, 12})
    void each_assignment_question_is_resolved_to_its_own_assignment_and_volunteer(int volunteers) {
        LocalDate[] births = new LocalDate[volunteers];
        Arrays.fill(births, LocalDate.of(1990, 1, 1));
        EvaluationRequest request = TestRequests.assignments(births);
        VolunteerRules rules = VolunteerRules.builder().build();
        Cases cases = new Cases(request, rules.parameters().inForceOn(request.asOf()));
        for (int i = 0; i < volunteers; i++) {
            AssignmentCase c = (AssignmentCase) cases.of(request.questions().get(i)).get(0);
            assertThat(c.assignment().id()).isEqualTo("A" + (i + 1));
            assertThat(c.volunteer().id()).isEqualTo("V" + (i + 1));
            assertThat(c.task().id()).isEqualTo("T1");
            assertThat(c.activity().id()).isEqualTo("ACT1");
        }
    }
}
