package io.volunteerrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.type.TypeReference;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.RequestLimits;
import io.volunteerrules.core.validation.RequestValidator;
import io.volunteerrules.core.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus: every input in {@code bad-input/} is read as a request and validated, and
 * must be refused with exactly the errors {@code bad-input/expected.yaml} lists for it — each a field
 * path, what is wrong, and where the JSON says line and column. The corpus covers the parseable but
 * wrong inputs and the small inputs that cost a lot; an input that gets through is added here.
 * A generous time bound per input catches a path that is costly again (one used to take 39 s).
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");

    /** One corpus entry: the limits it is validated with (defaults where absent) and its errors. */
    record Entry(String problem, Map<String, Integer> limits, List<String> errors) {
    }

    private static Map<String, Entry> expected() throws IOException {
        return Json.yamlMapper().readValue(CORPUS.resolve("expected.yaml").toFile(),
                new TypeReference<Map<String, Entry>>() { });
    }

    @Test
    void every_input_has_an_expected_error_and_every_expectation_an_input() throws IOException {
        TreeSet<String> inputs = new TreeSet<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .forEach(n -> inputs.add(n.substring(0, n.length() - ".json".length())));
        }
        inputs.remove("valid");
        assertThat(new TreeSet<>(expected().keySet())).isEqualTo(inputs);
    }

    @Test
    void the_request_the_bad_inputs_vary_is_valid() throws IOException {
        EvaluationRequest request = Json.readRequest(Files.readString(CORPUS.resolve("valid.json")));
        assertThat(new RequestValidator().check(request)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> each_bad_input_is_refused_with_its_expected_errors() throws IOException {
        return expected().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String text = Files.readString(CORPUS.resolve(e.getKey() + ".json"), StandardCharsets.UTF_8);
            List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> errors(text, limits(e.getValue())));
            assertThat(errors).as(e.getValue().problem()).containsExactlyElementsOf(e.getValue().errors());
        }));
    }

    private static RequestLimits limits(Entry entry) {
        RequestLimits limits = RequestLimits.defaults();
        Map<String, Integer> l = entry.limits() == null ? Map.of() : entry.limits();
        if (l.containsKey("maxFacts")) {
            limits = limits.withMaxFacts(l.get("maxFacts"));
        }
        if (l.containsKey("maxRecordsPerVolunteer")) {
            limits = limits.withMaxRecordsPerVolunteer(l.get("maxRecordsPerVolunteer"));
        }
        if (l.containsKey("maxSuccessionSteps")) {
            limits = limits.withMaxSuccessionSteps(l.get("maxSuccessionSteps"));
        }
        return limits;
    }

    /** The errors reading and validating the input gives, as {@code path: message}. */
    static List<String> errors(String text, RequestLimits limits) {
        try {
            EvaluationRequest request = Json.readRequest(text);
            return new RequestValidator(limits).check(request).stream().map(Violation::toString).toList();
        } catch (InvalidRequestException e) {
            return e.violations().stream().map(Violation::toString).toList();
        }
    }
}
