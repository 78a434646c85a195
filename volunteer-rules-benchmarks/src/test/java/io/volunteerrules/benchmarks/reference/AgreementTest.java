package io.volunteerrules.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.benchmarks.city.CityGenerator;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.drools.VolunteerRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second opinion: the rules engine and the plain-Java reference decide every assignment of a
 * small generated city, and must agree on each outcome and on every rule that fired (with its
 * effect). A difference means one of them misreads the policy: the failure lists the first ones.
 */
class AgreementTest {

    private static final int VOLUNTEERS = 4_000;

    private static VolunteerRules engine;
    private static List<Verdict> fromEngine;
    private static List<Verdict> fromReference;

    @BeforeAll
    static void decideTheCity() {
        engine = VolunteerRules.builder().build();
        PlainJavaRules reference = new PlainJavaRules(engine.parameters());
        CityGenerator city = new CityGenerator(7, LocalDate.of(2026, 5, 1), 200, 400);
        List<EvaluationRequest> requests = city.requests(VOLUNTEERS).toList();
        fromEngine = new ArrayList<>();
        for (List<Decision> ds : engine.evaluateAll(requests)) {
            ds.forEach(d -> fromEngine.add(Verdict.of(d)));
        }
        fromReference = new ArrayList<>();
        requests.forEach(r -> fromReference.addAll(reference.check(r)));
    }

    @Test
    void engine_and_reference_agree_on_every_outcome_and_every_fired_rule() {
        assertThat(fromReference).hasSameSizeAs(fromEngine);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < fromEngine.size(); i++) {
            Verdict e = fromEngine.get(i);
            Verdict r = fromReference.get(i);
            if (!e.equals(r)) {
                differences.add(e.subject() + ": engine " + e.status() + " " + e.rules() + " / reference " + r.status()
                        + " " + r.rules());
            }
        }
        assertThat(differences).as("%d of %d decisions differ; the first: %s", differences.size(), fromEngine.size(),
                differences.stream().limit(10).toList()).isEmpty();
    }

    @Test
    void the_generated_city_fires_every_rule_of_the_assignment_check() {
        Set<String> fired = new TreeSet<>();
        fromEngine.forEach(v -> fired.addAll(v.rules().keySet()));
        Set<String> areas = Set.of("capacity", "suitability", "training", "insurance");
        Set<String> assignmentRules = new TreeSet<>();
        engine.rules().rules().values().stream().filter(r -> areas.contains(r.area())).forEach(r -> assignmentRules.add(r.name()));
        assertThat(assignmentRules).isNotEmpty();
        assertThat(fired).containsAll(assignmentRules);
    }

    @Test
    void the_generated_city_has_every_outcome_in_realistic_shares() {
        Map<String, Integer> counts = new TreeMap<>();
        fromEngine.forEach(v -> counts.merge(v.status(), 1, Integer::sum));
        assertThat(counts).containsKeys("ALLOWED", "REFUSED", "NEEDS_REVIEW");
        assertThat(counts.get("ALLOWED")).isGreaterThan(fromEngine.size() / 5);
    }
}
