package io.volunteerrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.model.Acceptance;
import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.HealthDeclaration;
import io.volunteerrules.core.model.InsurancePolicy;
import io.volunteerrules.core.model.InsuranceType;
import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.TrainingRecord;
import io.volunteerrules.core.model.TrainingTier;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The quick check may only ever vouch for a request the full validator finds no fault with: for each
 * kind of constraint the records carry, a request that breaks it must not be vouched for.
 */
class QuickConstraintCheckTest {

    private static final LocalDate D = LocalDate.of(2026, 5, 1);
    private static final Validator FULL = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static Volunteer volunteer(String id, LocalDate birth, List<String> skills, List<HealthDeclaration> health) {
        return new Volunteer(id, "name", null, birth, false, null, null, null, null, null, null, skills, health);
    }

    private static Task task(Integer minAge, Integer maxAge) {
        return new Task("T1", "ACT1", null, null, null, null, null, minAge, maxAge, true, List.of("x"), List.of(), List.of(),
                List.of(), false);
    }

    private static EvaluationRequest.Builder valid() {
        return EvaluationRequest.builder(D)
                .activity(new Activity("ACT1", "act", "O1", null, ServiceField.OTHER, true, D, D, null, null, null, false,
                        false, false, false))
                .assignment(new Assignment("A1", "T1", "V1", D, Acceptance.ACCEPTED, null, null))
                .question(new AssignmentQuestion("A1"));
    }

    static Stream<Arguments> broken() {
        List<UnaryOperator<EvaluationRequest.Builder>> cases = Arrays.asList(
                b -> b.volunteer(volunteer(" ", D, List.of(), List.of())),
                b -> b.volunteer(volunteer("V1", null, List.of(), List.of())),
                b -> b.volunteer(volunteer("V1", D, Arrays.asList("a", null), List.of())),
                b -> b.volunteer(volunteer("V1", D, List.of("\u3000"), List.of())),
                b -> b.volunteer(volunteer("V1", D, List.of(), List.of(new HealthDeclaration(null, List.of())))),
                b -> b.volunteer(volunteer("V1", D, List.of(), Arrays.asList((HealthDeclaration) null))),
                b -> b.task(task(-1, null)),
                b -> b.task(task(null, 151)),
                b -> b.catalogueItem(new io.volunteerrules.core.model.ServiceCatalogueItem("S1", "理发", BigDecimal.ZERO)),
                b -> b.catalogueItem(new io.volunteerrules.core.model.ServiceCatalogueItem("S1", "理发", new BigDecimal("-0.01"))),
                b -> b.catalogueItem(new io.volunteerrules.core.model.ServiceCatalogueItem("S1", "\u3000\u2029", BigDecimal.ONE)),
                b -> b.trainingRecord(new TrainingRecord("TR", "V1", "t", ServiceField.OTHER, TrainingTier.BASIC, null, D,
                        null, null, new BigDecimal("-0.5"), null)),
                b -> b.insurancePolicy(new InsurancePolicy("P", InsuranceType.LIABILITY, null, null, null, null, List.of(), D,
                        D, D)),
                b -> b.question(new AssignmentQuestion("")),
                b -> EvaluationRequest.builder(D));
        return cases.stream().map(c -> Arguments.of(c.apply(valid()).build()));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void a_request_breaking_a_constraint_is_not_vouched_for(EvaluationRequest request) {
        assertThat(FULL.validate(request)).as("the full validator finds the fault").isNotEmpty();
        assertThat(new QuickConstraintCheck().certainlyValid(request)).isFalse();
    }

    static Stream<Arguments> outOfBounds() {
        List<UnaryOperator<EvaluationRequest.Builder>> cases = Arrays.asList(
                b -> b.volunteer(volunteer("V1", LocalDate.of(-5, 1, 1), List.of(), List.of())),
                b -> b.volunteer(volunteer("V1", D, List.of("急救", "\ud800"), List.of())),
                b -> b.volunteer(new Volunteer("V1", "王\udc00", null, D, false, null, null, null, null, null, null, List.of(),
                        List.of(), null)),
                b -> b.volunteer(new Volunteer("V1", "王某", null, D, false, null, null, null, null, null, null, List.of(),
                        List.of(), new io.volunteerrules.core.model.CourtDeclaration(
                                io.volunteerrules.core.model.DeclaredCapacity.LIMITED, LocalDate.of(12_000, 1, 1)))),
                b -> b.trainingRecord(new TrainingRecord("TR", "V1", "t", ServiceField.OTHER, TrainingTier.BASIC, null, D,
                        null, null, new BigDecimal("1E+100000"), null)));
        return cases.stream().map(c -> Arguments.of(c.apply(valid()).build()));
    }

    /** What ValueBounds would refuse, the quick check must not vouch for: the two share one walk. */
    @ParameterizedTest
    @MethodSource("outOfBounds")
    void a_request_with_a_value_out_of_bounds_is_not_vouched_for(EvaluationRequest request) {
        List<Violation> bounds = new java.util.ArrayList<>();
        new ValueBounds().check(request, bounds);
        assertThat(bounds).as("ValueBounds finds the fault").isNotEmpty();
        assertThat(new QuickConstraintCheck().certainlyValid(request)).isFalse();
    }

    @Test
    void a_request_meeting_every_constraint_is_vouched_for() {
        EvaluationRequest request = valid().volunteer(volunteer("V1", D, List.of("a"), List.of(new HealthDeclaration(D, List.of()))))
                .task(task(16, 70)).build();
        assertThat(FULL.validate(request)).isEmpty();
        assertThat(new QuickConstraintCheck().certainlyValid(request)).isTrue();
    }

    @Test
    void limits_are_vouched_for_up_to_their_edge_and_not_beyond() {
        EvaluationRequest edge = valid().volunteer(volunteer("V1", D, List.of(), List.of())).task(task(0, 150)).build();
        assertThat(FULL.validate(edge)).isEmpty();
        assertThat(new QuickConstraintCheck().certainlyValid(edge)).isTrue();
        EvaluationRequest beyond = valid().volunteer(volunteer("V1", D, List.of(), List.of())).task(task(0, 151)).build();
        assertThat(new QuickConstraintCheck().certainlyValid(beyond)).isFalse();
    }

    /** The fast path for characters above U+3000 must not change what counts as visible. */
    @Test
    void every_character_is_visible_exactly_when_it_is_neither_white_space_nor_a_space_nor_a_control() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = c > ' ' && c < 0x7f || c >= 0xa0 && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
            assertThat(QuickConstraintCheck.hasVisibleCharacter(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }
}
