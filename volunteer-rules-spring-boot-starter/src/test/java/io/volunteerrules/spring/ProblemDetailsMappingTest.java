package io.volunteerrules.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.certificate.RegisterException;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import io.volunteerrules.drools.EvaluationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ProblemDetailsMappingTest {

    private final InvalidRequestProblemDetails advice = new InvalidRequestProblemDetails();

    @Test
    void an_invalid_request_is_a_400_listing_every_violation_by_path() {
        ProblemDetail p = advice.invalidRequest(new InvalidRequestException(List.of(
                new Violation("volunteers[10].birthDate", "must not be null"),
                new Violation("volunteers[2].birthDate", "must not be null"))));
        assertThat(p.getStatus()).isEqualTo(400);
        assertThat(p.getType()).isEqualTo(InvalidRequestProblemDetails.TYPE);
        assertThat(p.getDetail()).startsWith("the request has 2 problems: volunteers[2].birthDate");
        assertThat(p.getProperties().get("violations").toString()).contains("volunteers[2]", "volunteers[10]");
    }

    @Test
    void a_failure_of_the_rules_is_a_500_and_a_store_failure_a_503() {
        ProblemDetail rules = advice.libraryFailure(new EvaluationException("rule x failed in sha256:abc", null));
        assertThat(rules.getStatus()).isEqualTo(500);
        assertThat(rules.getType()).isEqualTo(InvalidRequestProblemDetails.EVALUATION_FAILED);
        assertThat(rules.getDetail()).isEqualTo("rule x failed in sha256:abc");
        assertThat(rules.getProperties()).containsEntry("exception", "EvaluationException");

        ProblemDetail store = advice.libraryFailure(new RegisterException("cannot write the register", null));
        assertThat(store.getStatus()).isEqualTo(503);
        assertThat(store.getType()).isEqualTo(InvalidRequestProblemDetails.STORE_UNAVAILABLE);
    }
}
