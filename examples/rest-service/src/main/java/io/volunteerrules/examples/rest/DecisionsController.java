package io.volunteerrules.examples.rest;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.spring.VolunteerRulesService;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /decisions}: one decision per question of the request, in the order asked. An invalid
 * request never gets here half-read: the starter answers it with problem details. docs/spring-boot.md
 * quotes this class; {@code DocsSnippetTest} keeps the two the same.
 */
// docs:begin
@RestController
public class DecisionsController {

    private final VolunteerRulesService rules;

    public DecisionsController(VolunteerRulesService rules) {
        this.rules = rules;
    }

    @PostMapping(path = "/decisions", consumes = "application/json", produces = "application/json")
    public List<Decision> decide(@RequestBody EvaluationRequest request) {
        return rules.evaluate(request);
    }
}
// docs:end
