package io.volunteerrules.benchmarks.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.volunteerrules.benchmarks.city.CityGenerator;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.drools.VolunteerRules;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonLinesJobTest {

    private static VolunteerRules engine;

    @BeforeAll
    static void build() {
        engine = VolunteerRules.builder().build();
    }

    private static String line(Object value) throws Exception {
        return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    }

    @Test
    void run_answers_every_line_in_input_order_and_reports_bad_lines_in_their_place() throws Exception {
        CityGenerator city = new CityGenerator(3, LocalDate.of(2026, 5, 1), 20, 40);
        String input = String.join("\n", line(city.volunteer(0)), "not json",
                "{\"asOf\":\"2026-05-01\",\"questions\":[]}", line(city.volunteer(1)), "");
        long expected = city.volunteer(0).questions().size() + city.volunteer(1).questions().size();
        StringWriter out = new StringWriter();
        List<JsonLinesJob.Totals> progress = new ArrayList<>();

        JsonLinesJob.Totals totals = new JsonLinesJob(engine, 2, JsonLinesJob.Output.SUMMARY)
                .run(new BufferedReader(new StringReader(input)), out, progress::add);

        assertThat(totals.requests()).isEqualTo(2);
        assertThat(totals.decisions()).isEqualTo(expected);
        assertThat(totals.invalid()).isEqualTo(2);
        assertThat(progress).isNotEmpty();
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            lines.add(Json.mapper().readTree(l));
        }
        assertThat(lines).hasSize((int) expected + 2);
        int first = city.volunteer(0).questions().size();
        assertThat(lines.get(0).get("subject").asText()).startsWith("assignment:A0-");
        assertThat(lines.get(first).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(first + 1).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(first + 1).get("errors").get(0).get("path").asText()).isEqualTo("questions");
        assertThat(lines.get(first + 2).get("subject").asText()).startsWith("assignment:A1-");
    }
}
