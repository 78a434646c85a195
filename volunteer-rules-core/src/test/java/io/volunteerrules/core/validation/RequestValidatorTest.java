package io.volunteerrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.Fixtures;
import io.volunteerrules.core.model.ConsentScope;
import io.volunteerrules.core.model.GuardianConsent;
import io.volunteerrules.core.model.InsurancePolicy;
import io.volunteerrules.core.model.InsuranceType;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {

    private final RequestValidator validator = new RequestValidator();

    @Test
    void check_accepts_a_complete_request() {
        assertThat(validator.check(Fixtures.oneAssignment().build())).isEmpty();
    }

    @Test
    void check_names_the_field_path_of_a_missing_birth_date() {
        EvaluationRequest r = Fixtures.oneAssignment()
                .volunteer(Fixtures.volunteer("V2", LocalDate.of(2000, 1, 1)))
                .volunteer(Fixtures.volunteer("V3", null))
                .build();
        assertThat(validator.check(r)).extracting(Violation::toString)
                .containsExactly("volunteers[2].birthDate: must not be null");
    }

    @Test
    void check_reports_every_problem_at_once_in_path_order() {
        Volunteer blankName = new Volunteer("V1", " ", null, null, false, null, null, null, null, null, null,
                Arrays.asList("first-aid", ""), null);
        EvaluationRequest r = EvaluationRequest.builder(null).volunteer(blankName)
                .question(new AssignmentQuestion("A9")).build();
        assertThat(validator.check(r)).extracting(Violation::toString).containsExactly(
                "asOf: must not be null",
                "questions[0].assignmentId: unknown assignment \"A9\"",
                "volunteers[0].birthDate: must not be null",
                "volunteers[0].name: must not be blank",
                "volunteers[0].skills[1]: must not be blank");
    }

    @Test
    void check_reports_a_null_item_of_a_list_by_index() {
        EvaluationRequest r = EvaluationRequest.builder(LocalDate.of(2026, 1, 1))
                .volunteer(Fixtures.volunteer("V1", LocalDate.of(1990, 1, 1))).volunteer(null)
                .question(new AssignmentQuestion("A1")).build();
        assertThat(validator.check(r)).extracting(Violation::toString)
                .contains("volunteers[1]: must not be null");
    }

    @Test
    void check_requires_at_least_one_question() {
        EvaluationRequest r = EvaluationRequest.builder(LocalDate.of(2026, 1, 1)).build();
        assertThat(validator.check(r)).extracting(Violation::toString).containsExactly("questions: must not be empty");
    }

    @Test
    void check_rejects_duplicate_ids_naming_both_places() {
        EvaluationRequest r = Fixtures.oneAssignment().volunteer(Fixtures.volunteer("V1", LocalDate.of(1991, 1, 1)))
                .build();
        assertThat(validator.check(r)).extracting(Violation::toString)
                .containsExactly("volunteers[1].id: duplicate id \"V1\" (also volunteers[0])");
    }

    @Test
    void check_rejects_references_to_unknown_facts() {
        EvaluationRequest r = Fixtures.oneAssignment()
                .task(Fixtures.task("T2", "ACT9"))
                .assignment(Fixtures.assignment("A2", "T9", "V9"))
                .build();
        assertThat(validator.check(r)).extracting(Violation::toString).containsExactly(
                "assignments[1].taskId: unknown task \"T9\"",
                "assignments[1].volunteerId: unknown volunteer \"V9\"",
                "tasks[1].activityId: unknown activity \"ACT9\"");
    }

    @Test
    void check_rejects_periods_that_end_before_they_begin() {
        LocalDate may1 = LocalDate.of(2026, 5, 1);
        EvaluationRequest r = Fixtures.oneAssignment()
                .guardianConsent(new GuardianConsent("GC1", "V1", "王父", null, ConsentScope.ALL_ACTIVITIES, null, null,
                        may1, may1.minusDays(1), null))
                .insurancePolicy(new InsurancePolicy("P1", InsuranceType.PERSONAL_ACCIDENT, null, null, null, null,
                        List.of("V1"), may1, may1.minusDays(2), may1))
                .build();
        assertThat(validator.check(r)).extracting(Violation::toString).containsExactly(
                "guardianConsents[0].validTo: must not be before validFrom (2026-05-01)",
                "insurancePolicies[0].coverageEnd: must not be before coverageStart (2026-05-01)");
    }

    @Test
    void check_requires_the_scope_detail_of_a_consent() {
        EvaluationRequest r = Fixtures.oneAssignment()
                .guardianConsent(new GuardianConsent("GC1", "V1", "王父", null, ConsentScope.ACTIVITY, null, null,
                        LocalDate.of(2026, 1, 1), null, null))
                .guardianConsent(new GuardianConsent("GC2", "V1", "王父", null, ConsentScope.FIELD, null, null,
                        LocalDate.of(2026, 1, 1), null, null))
                .build();
        assertThat(validator.check(r)).extracting(Violation::toString).containsExactly(
                "guardianConsents[0].activityId: must be given when the scope is ACTIVITY",
                "guardianConsents[1].field: must be given when the scope is FIELD");
    }

    @Test
    void check_keeps_task_dates_within_the_activity() {
        Task outside = new Task("T2", "ACT1", null, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 2), null, null,
                30, 20, true, null, null, null, null, false);
        EvaluationRequest r = Fixtures.oneAssignment().task(outside).build();
        assertThat(validator.check(r)).extracting(Violation::toString).containsExactly(
                "tasks[1].endDate: must fall within its activity, 2026-05-01 to 2026-05-01",
                "tasks[1].maxAge: must not be below minAge (30)",
                "tasks[1].startDate: must fall within its activity, 2026-05-01 to 2026-05-01");
    }

    @Test
    void check_rejects_the_same_question_asked_twice() {
        EvaluationRequest r = Fixtures.oneAssignment().question(new AssignmentQuestion("A1")).build();
        assertThat(validator.check(r)).extracting(Violation::toString)
                .containsExactly("questions[1]: asks the same question as questions[0]");
    }

    @Test
    void validate_throws_with_every_violation_in_the_message() {
        EvaluationRequest r = Fixtures.oneAssignment().volunteer(Fixtures.volunteer("V2", null))
                .volunteer(Fixtures.volunteer("V3", null)).build();
        assertThatThrownBy(() -> validator.validate(r))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("2 problems")
                .hasMessageContaining("volunteers[1].birthDate: must not be null")
                .hasMessageContaining("volunteers[2].birthDate: must not be null");
    }

    @Test
    void violations_order_numeric_indexes_numerically() {
        List<Violation> sorted = List.of(new Violation("volunteers[10].id", "x"), new Violation("volunteers[2].id", "x"))
                .stream().sorted().toList();
        assertThat(sorted).extracting(Violation::path).containsExactly("volunteers[2].id", "volunteers[10].id");
    }

    @Test
    void check_refuses_dates_and_decimals_of_absurd_size_in_a_request_built_in_java() {
        EvaluationRequest r = Fixtures.oneAssignment()
                .volunteer(Fixtures.volunteer("V2", LocalDate.of(-999_999_999, 1, 1)))
                .serviceRecord(new io.volunteerrules.core.model.ServiceRecord("R1", "V1", null, null,
                        LocalDate.of(2026, 4, 1), null, null, new java.math.BigDecimal("1E+10000000"), null, null, null,
                        null, null, null))
                .build();
        assertThat(validator.check(r)).extracting(Violation::toString).containsExactly(
                "serviceRecords[0].hours: is too large: at most 12 digits before the decimal point",
                "volunteers[1].birthDate: must be a date from 1000-01-01 to 9999-12-31");
    }

    @Test
    void a_value_out_of_bounds_deep_in_a_fact_is_named_by_its_whole_path() {
        Volunteer v = new Volunteer("V2", "王某", null,
                LocalDate.of(1990, 1, 1), false, null, null, null, null, null, null, List.of("急救", "\ud800"), List.of(),
                new io.volunteerrules.core.model.CourtDeclaration(io.volunteerrules.core.model.DeclaredCapacity.LIMITED,
                        LocalDate.of(99_999, 1, 1)));
        EvaluationRequest r = Fixtures.oneAssignment().volunteer(v).build();
        assertThat(validator.check(r)).extracting(Violation::path)
                .contains("volunteers[1].skills[1]", "volunteers[1].courtDeclaration.declaredOn");
    }

    @Test
    void check_refuses_what_no_real_request_holds() {
        LocalDate asOf = LocalDate.of(2026, 4, 20);
        EvaluationRequest r = EvaluationRequest.builder(asOf)
                .volunteer(Fixtures.volunteer("V1", LocalDate.of(1880, 1, 1)))
                .volunteer(Fixtures.volunteer("V2", LocalDate.of(2026, 5, 1)))
                .serviceRecord(new io.volunteerrules.core.model.ServiceRecord("R1", "V1", null, null,
                        LocalDate.of(2026, 4, 1), null, null, new java.math.BigDecimal("20"), new java.math.BigDecimal("5"),
                        null, null, LocalDate.of(2026, 3, 31), null, null))
                .question(new io.volunteerrules.core.request.StarRatingQuestion("V1"))
                .build();
        assertThat(validator.check(r)).extracting(Violation::toString).containsExactly(
                "serviceRecords[0].hours: with travelHours exceeds 24 hours a day over its day",
                "serviceRecords[0].recordedOn: must not be before the service's date (2026-04-01)",
                "volunteers[0].birthDate: is not within a human life: more than 130 years before asOf (2026-04-20)",
                "volunteers[1].birthDate: must not be after asOf (2026-04-20)");
    }

    @Test
    void the_limits_are_configurable_and_name_themselves() {
        EvaluationRequest r = Fixtures.oneAssignment().build();
        assertThat(new RequestValidator(RequestLimits.defaults().withMaxFacts(2)).check(r))
                .extracting(Violation::message).singleElement().asString()
                .endsWith("more than the limit of 2 (RequestLimits.maxFacts)");
        assertThatThrownBy(() -> RequestLimits.defaults().withMaxFacts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxFacts must be positive, not 0");
    }
}
