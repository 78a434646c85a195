package io.volunteerrules.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.volunteerrules.core.certificate.RegisterException;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.drools.EvaluationException;
import io.volunteerrules.drools.EvaluationLimitException;
import io.volunteerrules.drools.VolunteerRules;
import java.time.Duration;
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
    void malformed_json_is_a_400_naming_line_and_column_in_words() {
        com.fasterxml.jackson.core.JsonProcessingException cause = org.assertj.core.api.Assertions.catchThrowableOfType(
                com.fasterxml.jackson.core.JsonProcessingException.class,
                () -> new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"asOf\": \"2026-01-01\",\n \"x\": }"));
        ProblemDetail p = advice.unreadable(new org.springframework.http.converter.HttpMessageNotReadableException(
                "JSON parse error", cause, new org.springframework.mock.http.MockHttpInputMessage(new byte[0])));
        assertThat(p.getStatus()).isEqualTo(400);
        assertThat(p.getType()).isEqualTo(InvalidRequestProblemDetails.TYPE);
        assertThat(p.getDetail()).isEqualTo("the request has 1 problem: malformed input (line 2, column 7): unexpected character ('}'): "
                + "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')")
                .doesNotContain("Source:").doesNotContain("(code ");
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

    @Test
    void an_evaluation_stopped_by_its_bounds_is_a_503_past_its_time_budget_and_a_500_for_runaway_rules() {
        EvaluationRequest request = TestRequests.request();
        EvaluationLimitException firings = catchThrowableOfType(EvaluationLimitException.class,
                () -> VolunteerRules.builder().maxRuleFirings(1, 0).build().evaluate(request));
        EvaluationLimitException time = catchThrowableOfType(EvaluationLimitException.class,
                () -> VolunteerRules.builder().timeBudget(Duration.ofNanos(1)).build().evaluate(request));
        // with so low a bound the rules stop for their firings or the facts they add, whichever comes first
        assertThat(firings.limit()).isIn(EvaluationLimitException.Limit.RULE_FIRINGS, EvaluationLimitException.Limit.DERIVED_FACTS);
        assertThat(time.limit()).isEqualTo(EvaluationLimitException.Limit.TIME_BUDGET);

        // through the handler for the library's exceptions too, as Spring would pick either
        for (ProblemDetail p : List.of(advice.evaluationStopped(firings), advice.libraryFailure(firings))) {
            assertThat(p.getStatus()).isEqualTo(500);
            assertThat(p.getType()).isEqualTo(InvalidRequestProblemDetails.EVALUATION_STOPPED);
            assertThat(p.getTitle()).isEqualTo("Evaluation stopped");
            assertThat(p.getDetail()).isEqualTo(firings.getMessage()).startsWith("evaluation stopped: the rules ");
            assertThat(p.getProperties()).containsEntry("limit", firings.limit().name())
                    .containsEntry("ruleSetVersion", firings.ruleSetVersion())
                    .containsEntry("exception", "EvaluationLimitException");
        }
        ProblemDetail slow = advice.libraryFailure(time);
        assertThat(slow.getStatus()).isEqualTo(503);
        assertThat(slow.getType()).isEqualTo(InvalidRequestProblemDetails.EVALUATION_STOPPED);
        assertThat(slow.getProperties()).containsEntry("limit", "TIME_BUDGET");
    }
}
