package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rules directory outside the jar: loaded at run time, with every problem reported at once. */
class RulesDirectoryLoadingTest {

    @TempDir
    Path dir;

    private void exportBundled() {
        RuleSetFiles.fromClasspath(getClass().getClassLoader()).writeTo(dir);
    }

    /** Exports the bundled rules with the capacity table as CSV in place of YAML, its full age written {@code fullAge}. */
    private void exportWithCapacityTableInCsv(String fullAge) throws IOException {
        exportBundled();
        Files.delete(dir.resolve("capacity/capacity.parameters.yaml"));
        Files.writeString(dir.resolve("capacity/capacity.parameters.csv"), """
                key,description,type,unit,from,to,value,source,clause
                capacity.full-age,Full age,integer,years,2021-01-01,,%s,民法典 第十七条,CC-17
                capacity.self-supporting-age,Self,integer,years,2021-01-01,,16,民法典 第十八条,CC-18
                capacity.limited-from-age,Limited,integer,years,2021-01-01,,8,民法典 第十九条,CC-19
                """.formatted(fullAge));
    }

    /** The number of the first line of {@code file} that is exactly {@code line} or starts with it and a space. */
    private static int firstLine(Path file, String line) throws IOException {
        java.util.List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(line) || lines.get(i).startsWith(line + " ")) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line " + line);
    }

    /**
     * Puts {@code statement} first in every consequence of {@code file}: after each line that holds only
     * the keyword {@code then}, never after the word where a comment or a message uses it.
     */
    private static void insertAfterThen(Path file, String statement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).containsPattern(THEN_LINE);
        Files.writeString(file, THEN_LINE.matcher(text).replaceAll("then\n    " + Matcher.quoteReplacement(statement)));
    }

    /** A line holding only the keyword that starts a rule's consequence. */
    private static final Pattern THEN_LINE = Pattern.compile("(?m)^then$");

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void build_from_an_exported_copy_gives_the_bundled_version() {
        exportBundled();
        VolunteerRules fromDir = VolunteerRules.builder().rulesDirectory(dir).build();
        assertThat(fromDir.ruleSetVersion()).isEqualTo(VolunteerRules.builder().build().ruleSetVersion());
        assertThat(fromDir.rules().names()).isEqualTo(VolunteerRules.builder().build().rules().names());
    }

    /** A directory is compiled at run time in the sandbox, the bundled rules at build time: same decisions, byte for byte. */
    @Test
    void a_directory_decides_every_scenario_exactly_as_the_bundled_rules_do() throws Exception {
        exportBundled();
        VolunteerRules bundled = VolunteerRules.builder().build();
        VolunteerRules fromDir = VolunteerRules.builder().rulesDirectory(dir).build();
        int compared = 0;
        for (io.volunteerrules.core.ruleset.RuleFile f : bundled.files().scenarios()) {
            for (io.volunteerrules.core.scenario.Scenario s : io.volunteerrules.core.scenario.ScenarioLoader.read(f.path(), f.text())) {
                if (s.expectsError()) {
                    continue;
                }
                io.volunteerrules.core.request.EvaluationRequest r = io.volunteerrules.core.json.Json.yamlMapper()
                        .treeToValue(s.request(), io.volunteerrules.core.request.EvaluationRequest.class);
                assertThat(io.volunteerrules.core.json.Json.write(fromDir.evaluate(r)))
                        .as(s.title()).isEqualTo(io.volunteerrules.core.json.Json.write(bundled.evaluate(r)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(50);
    }

    @Test
    void every_bundled_scenario_passes_on_a_rules_directory_too() {
        exportBundled();
        ScenarioSuite.Report report = ScenarioSuite.of(VolunteerRules.builder().rulesDirectory(dir).build()).run();
        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isPositive();
    }

    @Test
    void a_scenario_file_not_saved_as_utf8_is_a_file_problem_not_a_run_of_garbled_expectations() throws IOException {
        exportBundled();
        Path scenarios = dir.resolve("stars/stars.scenarios.yaml");
        String text = Files.readString(scenarios, java.nio.charset.StandardCharsets.UTF_8);
        Files.write(scenarios, text.getBytes(java.nio.charset.Charset.forName("GB18030")));
        int firstChinese = (int) text.lines().takeWhile(l -> l.chars().allMatch(c -> c < 128)).count() + 1;
        ScenarioSuite suite = ScenarioSuite.of(VolunteerRules.builder().rulesDirectory(dir).build());
        assertThat(suite.fileProblems()).containsExactly("stars/stars.scenarios.yaml: line " + firstChinese
                + ": the file is not UTF-8 text: a byte on this line is not a character of UTF-8 (saved in another"
                + " encoding, such as GBK?); save the file as UTF-8");
        assertThat(suite.scenarios()).noneMatch(s -> s.file().equals("stars/stars.scenarios.yaml"));
    }

    @Test
    void build_reports_lint_findings_of_several_files_at_once_with_file_and_line() throws IOException {
        exportBundled();
        int insuranceThen = firstLine(dir.resolve("insurance/insurance.drl"), "then");   // the call goes on the next line
        replace(dir.resolve("capacity/capacity.drl"), "declaredCapacity == null)\nthen", "declaredCapacity == null\nthen");
        insertAfterThen(dir.resolve("insurance/insurance.drl"), "undefinedMethod();");
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> VolunteerRules.builder().rulesDirectory(dir).build());
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).matches("lint: capacity/capacity\\.drl:\\d+: \\[parse\\] .+"));
        assertThat(e.problems()).contains("lint: insurance/insurance.drl:" + (insuranceThen + 1) + ": [call] undefinedMethod(...): not a method rules"
                + " may call (functions are not allowed)");
    }

    @Test
    void build_reports_compile_errors_of_several_files_at_once_with_file_and_line() throws IOException {
        exportBundled();
        int capacityRule = firstLine(dir.resolve("capacity/capacity.drl"), "rule");
        int insuranceRule = firstLine(dir.resolve("insurance/insurance.drl"), "rule");
        // both pass lint (a local variable given a text); neither compiles
        insertAfterThen(dir.resolve("capacity/capacity.drl"), "int broken = \"text\";");
        insertAfterThen(dir.resolve("insurance/insurance.drl"), "int broken = \"text\";");
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> VolunteerRules.builder().rulesDirectory(dir).build());
        // a consequence's error names the line of its rule, and the rule
        assertThat(e.problems()).contains(
                "capacity/capacity.drl:" + capacityRule + ": rule \"capacity-full-adult\": Type mismatch: cannot convert from String to int",
                "insurance/insurance.drl:" + insuranceRule + ": rule \"insurance-covers-hazardous-task\": Type mismatch: cannot convert from String to int");
    }

    @Test
    void build_lists_the_tables_problems_with_the_compile_errors() throws IOException {
        exportBundled();
        int capacityRule = firstLine(dir.resolve("capacity/capacity.drl"), "rule");
        insertAfterThen(dir.resolve("capacity/capacity.drl"), "int broken = \"text\";");
        replace(dir.resolve("stars/stars.parameters.yaml"), "value: 300", "value: 300 hours");
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> VolunteerRules.builder().rulesDirectory(dir).build());
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("capacity/capacity.drl:" + capacityRule + ": rule \"capacity-full-adult\""))
                .anySatisfy(p -> assertThat(p).startsWith("stars/stars.parameters.yaml: parameters[")
                        .endsWith("].rows[0].value: expected a number but found \"300 hours\""));
    }

    @Test
    void build_checks_the_readable_tables_even_when_another_is_broken() throws IOException {
        exportBundled();
        replace(dir.resolve("stars/stars.parameters.yaml"), "value: 300", "value: 300 hours");
        // a row of the Civil Code's table starting before the Civil Code is in force
        replace(dir.resolve("capacity/capacity.parameters.yaml"), "from: 2021-01-01", "from: 2020-06-01");
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> VolunteerRules.builder().rulesDirectory(dir).build());
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("stars/stars.parameters.yaml").contains("300 hours"))
                .anySatisfy(p -> assertThat(p).contains("capacity/capacity.parameters.yaml").contains("2020-06-01"));
    }

    @Test
    void build_reports_a_broken_parameter_table_with_its_cell() throws IOException {
        exportWithCapacityTableInCsv("eighteen");
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> VolunteerRules.builder().rulesDirectory(dir).build());
        assertThat(e.problems()).containsExactly(
                "capacity/capacity.parameters.csv: cell G2: expected a whole number but found \"eighteen\"");
    }

    @Test
    void build_reads_a_csv_parameter_table_in_place_of_the_yaml_one() throws IOException {
        exportWithCapacityTableInCsv("18");
        VolunteerRules rules = VolunteerRules.builder().rulesDirectory(dir).build();
        assertThat(rules.parameters().parameters().get("capacity.full-age").file())
                .isEqualTo("capacity/capacity.parameters.csv");
    }
}
