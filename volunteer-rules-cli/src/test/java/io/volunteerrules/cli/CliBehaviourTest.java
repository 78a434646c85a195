package io.volunteerrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What makes the tool a good command-line tool: help on every command, readable help, progress on
 * stderr only, errors in words (never a stack trace or Jackson's internals), exit codes as documented.
 */
class CliBehaviourTest {

    @TempDir
    Path tmp;

    private static List<String> commandNames() {
        CommandLine cli = new CommandLine(new Main(System.in, false));
        return cli.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
    }

    private Path export() {
        Path dir = tmp.resolve("rules");
        Cli c = Cli.run("export-rules", dir.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        return dir;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** Output that a person should never see: a stack trace, Java's or Jackson's internals. */
    private static void assertNoInternals(String text) {
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.fasterxml")
                .doesNotContain("Source:").doesNotContain("(code ").doesNotContain("jackson");
    }

    @Test
    void every_command_answers_help_with_its_usage_and_exit_0() {
        assertThat(commandNames()).contains("evaluate", "test", "coverage", "diff", "lint", "catalogue", "export-rules",
                "convert-table");
        for (String name : commandNames()) {
            for (String flag : List.of("--help", "-h")) {
                Cli c = Cli.run(name, flag);
                assertThat(c.exit()).as(name + " " + flag + ": " + c.err()).isZero();
                assertThat(c.out()).as(name).startsWith("Usage: volunteer-rules " + name).contains("--help");
                assertThat(c.err()).as(name).isEmpty();
            }
        }
    }

    /**
     * Each paragraph of help is one piece of text that picocli wraps to the width, so no line breaks
     * in the middle of a sentence; the first is a whole sentence, which the command list shows.
     */
    @Test
    void help_paragraphs_are_whole_sentences_and_never_broken_by_hand() {
        CommandLine cli = new CommandLine(new Main(System.in, false));
        List<String> broken = new ArrayList<>();
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(cli.getCommandSpec());
        cli.getSubcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
        for (CommandSpec spec : specs) {
            if (spec.name().equals("help")) {
                continue;
            }
            for (String paragraph : spec.usageMessage().description()) {
                if (!paragraph.strip().endsWith(".")) {
                    broken.add(spec.name() + ": " + paragraph);
                }
            }
            for (ArgSpec arg : spec.args()) {
                for (String d : arg.description()) {
                    if (!d.strip().endsWith(".")) {
                        broken.add(spec.name() + " " + arg.paramLabel() + ": " + d);
                    }
                }
            }
        }
        assertThat(broken).as("help text that stops mid-sentence").isEmpty();
        // the command list gives each command its first sentence, whole
        String usage = Cli.run("--help").out();
        assertThat(usage).contains("Runs every scenario of a rule set and says which failed.")
                .contains("Every command has --help.");
    }

    @Test
    void progress_is_shown_in_place_on_a_terminal_with_the_loading_phase() {
        Cli c = Cli.runOnTerminal("test");
        assertThat(c.exit()).as(c.out()).isZero();
        assertThat(c.err()).contains("loading the bundled rules…").containsPattern("the bundled rules: \\d+ rules ready \\(\\d+\\.\\d s\\)")
                .contains("\rtest ").contains("(100%)");
        assertThat(c.out()).doesNotContain("(100%)").doesNotContain("loading");
    }

    @Test
    void progress_is_not_shown_when_stderr_is_not_a_terminal_unless_asked() {
        Cli quiet = Cli.run("test");
        assertThat(quiet.err()).isEmpty();
        Cli logged = Cli.run("test", "--progress");
        // whole lines for a log: no carriage returns, a line per tenth of the run, not one per scenario
        assertThat(logged.err()).doesNotContain("\r").contains("loading the bundled rules…").contains("(100%)\n");
        long counts = logged.err().lines().filter(l -> l.startsWith("test ")).count();
        assertThat(counts).isBetween(2L, 11L);
    }

    @Test
    void progress_covers_compiling_a_rules_directory() {
        Path dir = export();
        for (String[] args : List.of(new String[] {"test", "--rules", dir.toString(), "--progress"},
                new String[] {"evaluate", "--rules", dir.toString(), "--progress", "-"},
                new String[] {"catalogue", "--rules", dir.toString(), "--progress", "--out", tmp.resolve("c.html").toString()},
                new String[] {"diff", "bundled", dir.toString(), "--progress"},
                new String[] {"coverage", "--rules", dir.toString(), "--progress"})) {
            Cli c = args[0].equals("evaluate") ? Cli.runWithInput(CommandsTest.REQUEST, args) : Cli.run(args);
            assertThat(c.exit()).as(String.join(" ", args) + c.err()).isIn(Main.OK, Main.FAILED);
            assertThat(c.err()).as(args[0])
                    .contains("loading " + dir + ": checking the rule files (lint), reading the tables, compiling the DRL…")
                    .containsPattern(java.util.regex.Pattern.quote(dir.toString()) + ": \\d+ rules ready \\(\\d+\\.\\d s\\)");
        }
    }

    @Test
    void a_missing_file_is_named_in_words() {
        for (String[] args : List.of(new String[] {"evaluate", tmp.resolve("nosuch.json").toString()},
                new String[] {"convert-table", tmp.resolve("nosuch.parameters.yaml").toString(), "--to", "csv"},
                new String[] {"diff", "bundled", "bundled", "--corpus", tmp.resolve("nosuch").toString()})) {
            Cli c = Cli.run(args);
            assertThat(c.exit()).as(String.join(" ", args)).isEqualTo(Main.UNUSABLE);
            assertThat(c.err()).as(String.join(" ", args)).startsWith("error: ").contains("no such file or folder: " + tmp.resolve("nosuch"));
            assertNoInternals(c.err());
        }
        Cli rules = Cli.run("test", "--rules", tmp.resolve("nosuch").toString());
        assertThat(rules.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(rules.err()).contains(tmp.resolve("nosuch") + " does not exist");
    }

    @Test
    void malformed_json_is_named_by_line_and_column_without_jacksons_words() throws IOException {
        String bad = "{\"asOf\": \"2026-01-01\",\n \"volunteers\": [}";
        Cli c = Cli.runWithInput(bad, "evaluate");
        assertThat(c.exit()).isEqualTo(Main.UNUSABLE);
        JsonNode error = Json.mapper().readTree(c.out()).path("errors").get(0);
        assertThat(error.path("message").asText()).isEqualTo("malformed input (line 2, column 17): unexpected close marker '}': "
                + "expected ']' (for the list opened at line 2, column 16)");
        assertNoInternals(c.out());
        assertNoInternals(c.err());

        // the same in a request list and in a diff corpus
        Cli list = Cli.runWithInput("[" + bad + "]", "evaluate");
        assertThat(list.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(list.out()).contains("malformed input (line 2, column 17)");
        assertNoInternals(list.out());
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("bad.json"), bad);
        Cli diff = Cli.run("diff", "bundled", "bundled", "--corpus", corpus.toString());
        assertThat(diff.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(diff.err()).contains("corpus: bad.json: malformed input (line 2, column 17): unexpected close marker '}'");
        assertNoInternals(diff.err());
    }

    @Test
    void coverage_exits_as_its_help_and_the_guide_say() throws IOException {
        // gaps alone: listed, exit 0; with --fail-on-gaps, exit 1
        Path dir = export();
        Path table = dir.resolve("capacity/capacity.parameters.yaml");
        // a row from 2031 on, which no scenario is dated in
        replace(table, """
                      - from: 2021-01-01
                        value: 18
                        source: 民法典 第十七条、第十八条
                        clause: CC-17
                """, """
                      - from: 2021-01-01
                        to: 2030-12-31
                        value: 18
                        source: 民法典 第十七条、第十八条
                        clause: CC-17
                      - from: 2031-01-01
                        value: 18
                        source: 民法典 第十七条、第十八条
                        clause: CC-17
                """);
        Cli gaps = Cli.run("coverage", "--rules", dir.toString());
        assertThat(gaps.exit()).as(gaps.err() + gaps.out()).isZero();
        assertThat(gaps.out()).containsPattern("NEVER USED +capacity.full-age 2031-01-01\\.\\.");
        assertThat(Cli.run("coverage", "--rules", dir.toString(), "--fail-on-gaps").exit()).isEqualTo(Main.FAILED);

        // a failing scenario: exit 1 with or without --fail-on-gaps, and it says so
        Path scenarios = dir.resolve("capacity/capacity.scenarios.yaml");
        Files.writeString(scenarios, Files.readString(scenarios).replaceFirst("outcome: ALLOWED", "outcome: REFUSED"));
        Cli failing = Cli.run("coverage", "--rules", dir.toString());
        assertThat(failing.exit()).isEqualTo(Main.FAILED);
        assertThat(failing.out()).containsPattern("Failed: \\d+ passed, 1 failed");

        // an unusable rule set: exit 2
        Files.writeString(dir.resolve("capacity/capacity.drl"), "rule \"x\" when then", java.nio.file.StandardOpenOption.APPEND);
        assertThat(Cli.run("coverage", "--rules", dir.toString()).exit()).isEqualTo(Main.UNUSABLE);

        // the help says the same
        assertThat(Cli.run("coverage", "--help").out().replaceAll("\\s+", " "))
                .contains("Exit codes: 0 every scenario passed (gaps are listed, not failed); 1 a scenario failed, or, "
                        + "with --fail-on-gaps, some rule, clause or table row was never exercised; 2 the rules cannot be used.");
    }

    @Test
    void counts_say_what_they_count() throws IOException {
        Cli test = Cli.run("test");
        assertThat(test.out()).containsPattern("\\d+ scenarios in \\d+ files, each one request with the decisions expected "
                + "of it \\(\\d+ decisions: one per question\\)\n\\d+ passed, 0 failed");
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("minor.json"), CommandsTest.REQUEST);
        Cli diff = Cli.run("diff", "bundled", "bundled", "--corpus", corpus.toString());
        assertThat(diff.out()).contains("Impact report: 0 of 1 decisions changed")
                .contains("corpus: 1 request (from the JSON files in " + corpus + "); each question of a request is one decision");
    }

    @Test
    void every_table_problem_and_every_compile_error_is_listed_in_one_run() throws IOException {
        Path dir = export();
        replace(dir.resolve("stars/stars.parameters.yaml"), "value: 300", "value: 300 hours");
        replace(dir.resolve("capacity/capacity.parameters.yaml"), "value: 18", "value: eighteen");
        Path drl = dir.resolve("training/training.drl");
        // the first rule's consequence (a line that is only "then"; the word also occurs in comments)
        replace(drl, "\nthen\n", "\nthen\n    int broken = \"text\";\n");
        List<String> lines = Files.readAllLines(drl);
        int ruleLine = 0;
        String rule = null;
        for (int i = 0; i < lines.size() && rule == null; i++) {
            if (lines.get(i).startsWith("rule \"")) {
                ruleLine = i + 1;
                rule = lines.get(i).substring(6, lines.get(i).indexOf('"', 6));
            }
        }
        Cli c = Cli.run("test", "--rules", dir.toString());
        assertThat(c.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(c.err()).contains("training/training.drl:" + ruleLine + ": rule \"" + rule + "\": Type mismatch")
                .containsPattern("stars/stars.parameters.yaml: parameters\\[\\d+]\\.rows\\[0]\\.value: expected a number but found \"300 hours\"")
                .containsPattern("capacity/capacity.parameters.yaml: parameters\\[\\d+]\\.rows\\[0]\\.value: expected a whole number but found \"eighteen\"");
        assertNoInternals(c.err());
    }
}
