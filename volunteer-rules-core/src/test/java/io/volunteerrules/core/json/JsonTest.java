package io.volunteerrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.Fixtures;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Effect;
import io.volunteerrules.core.decision.Outcome;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.model.ConsentScope;
import io.volunteerrules.core.model.GuardianConsent;
import io.volunteerrules.core.model.HealthDeclaration;
import io.volunteerrules.core.model.InsurancePolicy;
import io.volunteerrules.core.model.InsuranceType;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void a_request_round_trips_through_json() {
        LocalDate d = LocalDate.of(2026, 5, 1);
        EvaluationRequest request = Fixtures.oneAssignment()
                .volunteer(new Volunteer("V2", "李某", null, LocalDate.of(2010, 2, 28), true, null, "ZZ-0001", "居民身份证",
                        "410105201002280000", "13800000000", "金水区", List.of("first-aid"),
                        List.of(new HealthDeclaration(d, List.of("asthma")))))
                .guardianConsent(new GuardianConsent("GC1", "V2", "李父", "父亲", ConsentScope.ALL_ACTIVITIES, null, null,
                        d, d.plusDays(30), null))
                .insurancePolicy(new InsurancePolicy("P1", InsuranceType.PERSONAL_ACCIDENT, "保险公司", "NO1", "ACT1",
                        "ORG1", List.of("V1", "V2"), d, d, d.minusDays(3)))
                .build();
        String json = Json.write(request);
        assertThat(Json.readRequest(json)).isEqualTo(request);
        assertThat(json).contains("\"type\" : \"assignment\"").contains("\"birthDate\" : \"2010-02-28\"");
    }

    @Test
    void a_decision_round_trips_through_json() {
        Reason reason = new Reason("guardian-consent-missing", List.of("HN-8", "CC-19"), Effect.REFUSE,
                "王某在2026-05-01时为15周岁", "王某 is 15 on 2026-05-01");
        Decision decision = new Decision(new AssignmentQuestion("A1"), LocalDate.of(2026, 4, 20),
                new Outcome.Refused(List.of(reason)), List.of(), Map.of("hours", new BigDecimal("99.5")), "sha256:abc");
        String json = Json.write(decision);
        assertThat(json).contains("\"status\" : \"REFUSED\"");
        Decision back = Json.readDecision(json);
        assertThat(back.outcome()).isEqualTo(decision.outcome());
        assertThat(back.question()).isEqualTo(decision.question());
        assertThat(back.values()).containsEntry("hours", new BigDecimal("99.5"));
        assertThat(back.ruleSetVersion()).isEqualTo("sha256:abc");
    }

    @Test
    void an_unreadable_date_is_reported_with_its_path() {
        String json = """
                {"asOf": "2026-04-20", "volunteers": [{"id": "V1", "name": "王某", "birthDate": "2010-02-30"}],
                 "questions": [{"type": "assignment", "assignmentId": "A1"}]}""";
        assertThatThrownBy(() -> Json.readRequest(json)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations()).extracting(Violation::toString)
                        .containsExactly("volunteers[0].birthDate: \"2010-02-30\" is not a date of the calendar (line 1, column 79)"));
    }

    @Test
    void an_unknown_field_is_reported_rather_than_ignored() {
        String json = """
                {"asOf": "2026-04-20", "volunteers": [{"id": "V1", "name": "王某", "birthdate": "2010-02-28"}],
                 "questions": [{"type": "assignment", "assignmentId": "A1"}]}""";
        assertThatThrownBy(() -> Json.readRequest(json)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations().get(0).toString())
                        .startsWith("volunteers[0].birthdate: unknown field (known fields: ")
                        .contains("birthDate"));
    }

    @Test
    void an_unknown_enum_value_lists_the_allowed_ones() {
        String json = """
                {"asOf": "2026-04-20", "assignments": [{"id": "A1", "taskId": "T1", "volunteerId": "V1",
                 "arrangedOn": "2026-04-01", "acceptance": "MAYBE"}],
                 "questions": [{"type": "assignment", "assignmentId": "A1"}]}""";
        assertThatThrownBy(() -> Json.readRequest(json)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations()).extracting(Violation::toString)
                        .containsExactly("assignments[0].acceptance: \"MAYBE\" is not one of [ACCEPTED, PENDING, DECLINED]"
                                + " (line 2, column 44)"));
    }

    @Test
    void an_unknown_question_type_is_reported_with_its_path() {
        String json = """
                {"asOf": "2026-04-20", "questions": [{"type": "horoscope", "assignmentId": "A1"}]}""";
        assertThatThrownBy(() -> Json.readRequest(json)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations()).extracting(Violation::toString)
                        .containsExactly("questions[0]: unknown type \"horoscope\" (line 1, column 47)"));
    }

    @Test
    void malformed_json_says_where() {
        assertThatThrownBy(() -> Json.readRequest("{\"asOf\": ")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("malformed input (line 1, column 10): the input ends before the JSON document does");
    }

    @Test
    void malformed_json_inside_a_field_says_where_in_words() {
        assertThatThrownBy(() -> Json.readRequest("{\"asOf\": \"2026-01-01\",\n \"volunteers\": [}"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::toString)
                        .containsExactly("volunteers: malformed input (line 2, column 17): unexpected close marker '}': "
                                + "expected ']' (for the list opened at line 2, column 16)"));
    }

    @Test
    void decimals_are_read_exactly() {
        String json = """
                {"asOf": "2026-04-20", "serviceRecords": [{"id": "R1", "volunteerId": "V1", "hours": 0.1}],
                 "questions": [{"type": "assignment", "assignmentId": "A1"}]}""";
        assertThat(Json.readRequest(json).serviceRecords().get(0).hours()).isEqualByComparingTo("0.1");
    }

    @Test
    void strict_reading_refuses_what_a_lenient_reader_would_guess() {
        String base = """
                {"asOf": %s, "tasks": [{"id": "T1", "activityId": "ACT1", "minAge": %s}],
                 "questions": [{"type": "assignment", "assignmentId": "A1"}]}""";
        assertThat(problem(base.formatted("20260428", "18"))).isEqualTo(
                "asOf: expected a date written yyyy-mm-dd, not the number 20260428 (line 1, column 10)");
        assertThat(problem(base.formatted("\"2026-04-27T16:30:00Z\"", "18"))).isEqualTo(
                "asOf: expected a date written yyyy-mm-dd, not \"2026-04-27T16:30:00Z\" (line 1, column 10)");
        assertThat(problem(base.formatted("\"2026-04-28\"", "18.9"))).startsWith(
                "tasks[0].minAge: expected a whole number, not the number 18.9");
        assertThat(problem(base.formatted("\"2026-04-28\"", "18") + " {}")).startsWith(
                "unexpected content after the end of the JSON document (one document per input)");
    }

    @Test
    void null_and_empty_inputs_are_refused_in_words() {
        assertThat(problem("null")).isEqualTo("the input is null: expected one JSON object (EvaluationRequest)");
        assertThat(problem("")).isEqualTo("no input: expected one JSON object (EvaluationRequest), found nothing");
        assertThat(problem(null)).isEqualTo("no input: expected one JSON object (EvaluationRequest), found nothing");
    }

    @Test
    void a_yes_no_field_absent_or_null_is_false() {
        String json = """
                {"asOf": "2026-04-20", "tasks": [{"id": "T1", "activityId": "ACT1", "minorsAllowed": null}],
                 "questions": [{"type": "assignment", "assignmentId": "A1"}]}""";
        assertThat(Json.readRequest(json).tasks().get(0).minorsAllowed()).isFalse();
    }

    @Test
    void an_absurd_number_is_refused_while_it_is_read() {
        String json = """
                {"asOf": "2026-04-20", "serviceRecords": [{"id": "R1", "volunteerId": "V1", "hours": 1E+10000000}],
                 "questions": [{"type": "assignment", "assignmentId": "A1"}]}""";
        assertThat(problem(json)).isEqualTo("serviceRecords[0].hours: 1E+10000000 is too large: at most 12 digits"
                + " before the decimal point (line 1, column 86)");
    }

    @Test
    void a_field_given_twice_is_refused_rather_than_the_last_value_taken() {
        // a lenient reader keeps the second asOf, and the request is judged as of another day
        assertThat(problem("""
                {"asOf": "2026-04-28", "asOf": "2026-01-01",
                 "questions": [{"type": "assignment", "assignmentId": "A1"}]}""")).isEqualTo(
                "asOf: is given twice in the same object; which value is meant would be a guess (line 1, column 30)");
        assertThat(problem("""
                {"asOf": "2026-04-28",
                 "questions": [{"type": "assignment", "assignmentId": "A1", "assignmentId": "A2"}]}""")).isEqualTo(
                "questions[0].assignmentId: is given twice in the same object; which value is meant would be a guess"
                        + " (line 2, column 75)");
    }

    @Test
    void a_byte_order_mark_before_the_request_is_skipped() {
        // Windows editors start a UTF-8 file with U+FEFF; Jackson skips it in bytes, and a string read says so
        String json = """
                \uFEFF{"asOf": "2026-04-20", "questions": [{"type": "assignment", "assignmentId": "A1"}]}""";
        assertThat(Json.readRequest(json).asOf()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(problem("\uFEFF")).isEqualTo("no input: expected one JSON object (EvaluationRequest), found nothing");
    }

    @Test
    void what_json_does_not_allow_is_said_without_jacksons_advice_to_programmers() {
        String base = """
                {"asOf": "2026-04-20", "serviceRecords": [{"id": "R1", "volunteerId": "V1", "hours": %s}],
                 "questions": [{"type": "assignment", "assignmentId": "A1"}]}""";
        assertThat(problem(base.formatted("NaN"))).isEqualTo("serviceRecords[0]: malformed input (line 1, column 89):"
                + " non-standard token 'NaN': JSON has no such value");
        assertThat(problem(base.formatted("04"))).isEqualTo("serviceRecords[0]: malformed input (line 1, column 87):"
                + " invalid numeric value: a number must not start with 0");
        assertThat(problem("// the request\n" + base.formatted("4"))).isEqualTo(
                "malformed input (line 1, column 1): unexpected character ('/'): JSON has no comments");
    }

    private static String problem(String json) {
        try {
            Json.readRequest(json);
            return "no problem";
        } catch (InvalidRequestException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0).toString();
        }
    }
}
