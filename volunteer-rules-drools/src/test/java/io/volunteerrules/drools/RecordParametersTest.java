package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record rules read their policy from the parameter table: a rule set whose staff switched
 * {@code records.travel-time-counted} on counts travel, with no change to the rules.
 */
class RecordParametersTest {

    private static final String REQUEST = """
            {"asOf": "2026-06-01",
             "organisations": [{"id": "ORG1", "name": "金水区青年志愿者协会", "kind": "VOLUNTEER_SERVICE_ORGANISATION"}],
             "activities": [{"id": "ACT1", "name": "社区助老", "organiserId": "ORG1", "field": "ELDERLY_CARE",
                             "startDate": "2026-04-30", "endDate": "2026-04-30", "place": "文化路街道",
                             "content": "陪伴独居老人", "personInCharge": "赵某"}],
             "volunteers": [{"id": "V1", "name": "张某", "birthDate": "1992-09-09"}],
             "serviceRecords": [{"id": "R1", "volunteerId": "V1", "activityId": "ACT1", "date": "2026-04-30",
                                 "hours": 3.5, "travelHours": 1.5, "recordedOn": "2026-05-08", "status": "VERIFIED"}],
             "questions": [{"type": "service-record", "recordId": "R1"}]}
            """;

    @Test
    void travel_counts_when_the_parameter_says_so(@TempDir Path dir) throws IOException {
        Path rules = copyBundledRules(dir);
        Path table = rules.resolve("records/records.parameters.yaml");
        String yaml = Files.readString(table);
        String flipped = yaml.replaceFirst("(key: records.travel-time-counted[\\s\\S]*?value: )false", "$1true");
        assertThat(flipped).isNotEqualTo(yaml);
        Files.writeString(table, flipped);
        EvaluationRequest request = Json.readRequest(REQUEST);

        Decision bundled = VolunteerRules.builder().build().evaluate(request).get(0);
        Decision changed = VolunteerRules.builder().rulesDirectory(rules).build().evaluate(request).get(0);

        assertThat((BigDecimal) bundled.values().get("countedHours")).isEqualByComparingTo("3.5");
        assertThat((BigDecimal) changed.values().get("countedHours")).isEqualByComparingTo("5.0");
        assertThat(changed.allReasons()).anySatisfy(r -> assertThat(r.en())
                .contains("travel time of 1.5 hours is counted as well under the parameter in force, 5 hours in all"));
    }

    private static Path copyBundledRules(Path dir) throws IOException {
        Path source = Path.of("src/main/resources/rules");
        Path target = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(p -> {
                try {
                    Path t = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }
}
