package io.volunteerrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands under the evaluation bounds: a rule set that loops fails its scenarios, it does not hang. */
class BoundsCommandsTest {

    /** Two rules that loop for every assignment: each derived count derives the next. */
    static final String LOOP = """

            rule "capacity-loop-seed"
                @clause("CC-17")
                @zh("计数开始")
                @en("count starts")
            when
                $c : AssignmentCase()
            then
                Findings.value(kcontext, $c.subject(), "loop", 0);
            end

            rule "capacity-loop"
                @clause("CC-17")
                @zh("计数{loop}")
                @en("count {loop}")
            when
                $v : io.volunteerrules.drools.internal.facts.DerivedValue(name == "loop", $n : value)
            then
                Findings.value(kcontext, $v.subject(), "loop", (Integer) $n + 1);
            end
            """;

    @TempDir
    Path tmp;

    private Path looping() throws IOException {
        Path dir = tmp.resolve("rules");
        Cli c = Cli.run("export-rules", dir.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        Files.writeString(dir.resolve("capacity/capacity.drl"), LOOP, StandardOpenOption.APPEND);
        return dir;
    }

    @Test
    void test_and_evaluate_stop_a_looping_rule_set_at_the_firing_limit_and_say_why() throws IOException {
        Path dir = looping();
        Cli test = Cli.run("test", "--rules", dir.toString(), "--max-firings", "500", "--firings-per-fact", "0");
        assertThat(test.exit()).as(test.err()).isEqualTo(Main.FAILED);
        assertThat(test.out()).contains("FAIL capacity/capacity.scenarios.yaml: An adult is of full capacity and may be assigned")
                .contains("evaluation stopped: the rules fired more than 500 times (500 + 0 per fact")
                .contains("\"capacity-loop\"");
        // the scenarios without an assignment question never start the loop, and the run goes on to them
        assertThat(test.lastLine()).matches("[1-9]\\d* passed, [1-9]\\d* failed");

        Cli evaluate = Cli.runWithInput(CommandsTest.REQUEST, "evaluate", "--rules", dir.toString());
        assertThat(evaluate.exit()).isEqualTo(Main.UNUSABLE);
        JsonNode errors = Json.mapper().readTree(evaluate.out()).path("errors");
        assertThat(errors.get(0).path("message").asText()).startsWith("evaluation stopped: the rules fired more than ");
        assertThat(evaluate.err()).startsWith("stopped: evaluation stopped: ");
    }

    @Test
    void diff_reports_the_requests_a_rule_set_stops_on() throws IOException {
        Path dir = looping();
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("minor.json"), CommandsTest.REQUEST);
        Cli c = Cli.run("diff", "bundled", dir.toString(), "--corpus", corpus.toString());
        assertThat(c.exit()).as(c.err()).isEqualTo(Main.FAILED);
        assertThat(c.out()).contains("minor.json / assignment:A1").contains("before: REFUSED")
                .contains("after:  (no decision: evaluation stopped: the rules fired more than ");
    }

    @Test
    void the_bounds_options_refuse_values_that_make_no_sense() {
        Cli c = Cli.run("test", "--time-budget", "0");
        assertThat(c.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(c.err()).contains("time budget must be positive");
    }

    @Test
    void a_bound_that_makes_no_sense_is_refused_naming_its_option() {
        Cli firings = Cli.run("test", "--max-firings", "-5");
        assertThat(firings.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(firings.err()).contains("error: --max-firings must be a positive whole number, was -5");
        Cli perFact = Cli.run("test", "--firings-per-fact", "-1");
        assertThat(perFact.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(perFact.err()).contains("error: --firings-per-fact must not be negative, was -1");
        Cli nan = Cli.run("test", "--time-budget", "NaN");
        assertThat(nan.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(nan.err()).contains("error: --time-budget: the time budget must be positive, in seconds (at least 0.001); was NaN");
    }
}
