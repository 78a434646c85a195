package io.volunteerrules.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request types read strictly by a host's Jackson 3 mapper (Spring Boot 4's), as they do by the
 * library's own Jackson 2 reader: the README's example request is accepted and reads exactly as the
 * library reads it; a misspelt field is refused, naming it; a whole number with a fraction and an
 * absurd decimal are refused.
 */
class Jackson3HostMapperTest {

    private static final Path EXAMPLE = Path.of("../examples/src/main/resources/example-request.json");

    /** Plain Jackson 3 defaults: unknown properties ignored, nulls for primitives refused. */
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper WITH_MODULE = JsonMapper.builder()
            .addModule(new VolunteerRulesJackson3Module()).build();

    @Test
    void the_readme_example_is_accepted_and_reads_as_the_library_reads_it() throws IOException {
        String json = Files.readString(EXAMPLE);
        EvaluationRequest expected = Json.readRequest(json);
        assertThat(WITH_MODULE.readValue(json, EvaluationRequest.class)).isEqualTo(expected);
        // even without the module: absent yes/no fields are false, not "Cannot map `null`"
        assertThat(PLAIN.readValue(json, EvaluationRequest.class)).isEqualTo(expected);
    }

    @Test
    void a_misspelt_field_is_refused_naming_it_with_or_without_the_module() throws IOException {
        String json = Files.readString(EXAMPLE).replaceFirst("\"minorsAllowed\"", "\"minorAllowed\"");
        assertThat(json).contains("\"minorAllowed\"");
        for (ObjectMapper mapper : new ObjectMapper[] {PLAIN, WITH_MODULE}) {
            assertThatThrownBy(() -> mapper.readValue(json, EvaluationRequest.class))
                    .isInstanceOf(DatabindException.class)
                    .hasMessageContaining("unknown field")
                    .satisfies(e -> assertThat(((DatabindException) e).getPath().get(
                            ((DatabindException) e).getPath().size() - 1).getPropertyName()).isEqualTo("minorAllowed"));
        }
    }

    @Test
    void dates_and_enums_are_strict_with_or_without_the_module() {
        for (ObjectMapper mapper : new ObjectMapper[] {PLAIN, WITH_MODULE}) {
            assertThatThrownBy(() -> mapper.readValue("{\"asOf\": 20260428}", EvaluationRequest.class))
                    .isInstanceOf(DatabindException.class);
            assertThatThrownBy(() -> mapper.readValue("{\"asOf\": \"2026-04-27T16:30:00Z\"}", EvaluationRequest.class))
                    .isInstanceOf(DatabindException.class);
            assertThatThrownBy(() -> mapper.readValue("""
                    {"asOf": "2026-04-28", "assignments": [{"id": "A1", "acceptance": 0}]}""", EvaluationRequest.class))
                    .isInstanceOf(DatabindException.class).hasMessageContaining("is not one of");
        }
    }

    @Test
    void the_module_refuses_fractions_of_whole_numbers_absurd_decimals_and_five_digit_years() {
        assertThatThrownBy(() -> WITH_MODULE.readValue("""
                {"asOf": "2026-04-28", "tasks": [{"id": "T1", "minAge": 18.9}]}""", EvaluationRequest.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("expected a whole number, not the number 18.9");
        assertThatThrownBy(() -> WITH_MODULE.readValue("""
                {"asOf": "2026-04-28", "serviceRecords": [{"id": "R1", "hours": 1E+10000000}]}""", EvaluationRequest.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("1E+10000000 is too large");
        assertThatThrownBy(() -> WITH_MODULE.readValue("{\"asOf\": \"+12026-04-28\"}", EvaluationRequest.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("expected a date written yyyy-mm-dd");
    }
}
