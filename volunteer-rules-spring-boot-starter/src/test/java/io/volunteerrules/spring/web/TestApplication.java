package io.volunteerrules.spring.web;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.spring.VolunteerRulesService;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal application using the starter, as an application would. */
@SpringBootApplication
public class TestApplication {

    @RestController
    static class Decisions {

        private final VolunteerRulesService rules;

        Decisions(VolunteerRulesService rules) {
            this.rules = rules;
        }

        @PostMapping("/decisions")
        List<Decision> decide(@RequestBody EvaluationRequest request) {
            return rules.evaluate(request);
        }
    }
}
