package io.volunteerrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.model.Ref;
import io.volunteerrules.core.model.Volunteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    record Visit(@Ref(Volunteer.class) String volunteerId, String note) {
    }

    record Misdeclared(@Ref(Violation.class) String violationId) {
    }

    @Test
    void a_declared_reference_must_name_a_fact_of_its_type_and_a_blank_one_is_left_alone() {
        List<Violation> out = new ArrayList<>();
        Map<Class<?>, Map<String, Integer>> ids = Map.of(Volunteer.class, Map.of("V1", 0));
        References.check("visits", 0, new Visit("V1", "x"), ids, out);
        References.check("visits", 1, new Visit(" ", "x"), ids, out);
        References.check("visits", 2, new Visit("V9", "V9"), ids, out);
        assertThat(out).containsExactly(new Violation("visits[2].volunteerId", "unknown volunteer \"V9\""));
    }

    @Test
    void a_reference_to_a_type_that_is_no_fact_list_is_a_declaration_error() {
        assertThatThrownBy(() -> References.check("x", 0, new Misdeclared("A"), Map.of(), new ArrayList<>()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Misdeclared.violationId refers to Violation, which is no fact list of a request with ids");
    }

    @Test
    void every_bundled_declaration_is_sound() {
        References.checkDeclarations();
    }
}
