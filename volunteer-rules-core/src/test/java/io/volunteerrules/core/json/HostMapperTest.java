package io.volunteerrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.volunteerrules.core.request.EvaluationRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request types read strictly by a host's own Jackson 2 mapper — a plain one with the module,
 * and one configured as Spring Boot configures it (unknown properties ignored) — as by the
 * library's reader. The build runs this class twice: with the project's Jackson and with Spring
 * Boot 3.5's (2.19), see the core's pom.
 */
class HostMapperTest {

    private static final Path EXAMPLE = Path.of("../examples/src/main/resources/example-request.json");

    private static List<ObjectMapper> mappers() {
        return List.of(new ObjectMapper().registerModule(new VolunteerRulesJacksonModule()),
                // Spring Boot's Jackson2ObjectMapperBuilder turns unknown-property failures off
                new ObjectMapper().registerModule(new VolunteerRulesJacksonModule())
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    @Test
    void runs_with_the_jackson_version_the_build_chose() {
        // printed so that the report shows which of the two runs this was
        System.out.println("HostMapperTest with jackson-databind " + PackageVersion.VERSION);
        assertThat(PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
    }

    @Test
    void the_readme_example_is_accepted_and_reads_as_the_library_reads_it() throws IOException {
        String json = Files.readString(EXAMPLE);
        EvaluationRequest expected = Json.readRequest(json);
        for (ObjectMapper mapper : mappers()) {
            assertThat(mapper.readValue(json, EvaluationRequest.class)).isEqualTo(expected);
        }
    }

    @Test
    void a_misspelt_field_is_refused_naming_it_even_when_unknown_properties_are_ignored() throws IOException {
        String json = Files.readString(EXAMPLE).replaceFirst("\"minorsAllowed\"", "\"minorAllowed\"");
        assertThat(json).contains("\"minorAllowed\"");
        for (ObjectMapper mapper : mappers()) {
            assertThatThrownBy(() -> mapper.readValue(json, EvaluationRequest.class))
                    .isInstanceOfSatisfying(JsonMappingException.class, e -> {
                        assertThat(Json.path(e.getPath())).isEqualTo("tasks[0].minorAllowed");
                        assertThat(Json.violation(e).message()).startsWith("unknown field (known fields: ")
                                .contains("minorsAllowed");
                    });
        }
    }

    @Test
    void a_fraction_of_a_whole_number_an_absurd_decimal_and_a_number_date_are_refused() {
        for (ObjectMapper mapper : mappers()) {
            assertThatThrownBy(() -> mapper.readValue("""
                    {"asOf": "2026-04-28", "tasks": [{"id": "T1", "minAge": 18.9}]}""", EvaluationRequest.class))
                    .hasMessageContaining("expected a whole number, not the number 18.9");
            assertThatThrownBy(() -> mapper.readValue("""
                    {"asOf": "2026-04-28", "serviceRecords": [{"id": "R1", "hours": 1E+10000000}]}""",
                    EvaluationRequest.class)).hasMessageContaining("1E+10000000 is too large");
            assertThatThrownBy(() -> mapper.readValue("{\"asOf\": 20260428}", EvaluationRequest.class))
                    .hasMessageContaining("expected a date written yyyy-mm-dd");
            assertThatThrownBy(() -> mapper.readValue("""
                    {"asOf": "2026-04-28", "assignments": [{"id": "A1", "acceptance": 0}]}""", EvaluationRequest.class))
                    .hasMessageContaining("is not one of");
        }
    }
}
