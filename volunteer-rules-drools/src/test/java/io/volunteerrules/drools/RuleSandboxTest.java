package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.volunteerrules.core.clauses.ClauseCatalogue;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule sandbox: a rules directory is linted before anything compiles, and what compiles sees
 * only allowlisted types, so a name the linter missed still fails.
 */
class RuleSandboxTest {

    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private static String rule(String when, String then) {
        return """
                package rules.hostile;

                import io.volunteerrules.drools.internal.facts.AssignmentCase;

                rule "hostile"
                    @clause("ZZ-2.3")
                    @zh("恶意")
                    @en("hostile")
                when
                    %s
                then
                    %s
                end
                """.formatted(when, then);
    }

    /** Compiled straight away, as if the linter had missed it. */
    private static RuleSetException compileWithoutLint(String drl) {
        RuleSetFiles files = RuleSetFiles.of("test", List.of(
                new RuleFile("hostile/hostile.drl", drl.getBytes(StandardCharsets.UTF_8))));
        return catchThrowableOfType(RuleSetException.class, () -> RuleSet.compile(files, ClauseCatalogue.bundled()));
    }

    @Test
    void compile_cannot_see_process_builder_even_when_lint_is_bypassed() {
        Path marker = outside.resolve("ran");
        RuleSetException e = compileWithoutLint(rule("$c : AssignmentCase()",
                "new java.lang.ProcessBuilder(\"touch\", \"" + marker + "\").start();"));
        assertThat(e).as("the rule must not compile").isNotNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("java.lang.ProcessBuilder cannot be resolved"));
        assertThat(marker).doesNotExist();
    }

    @Test
    void compile_cannot_see_system_in_a_condition_even_when_lint_is_bypassed() {
        // Drools' classic compiler runs conditions through MVEL, which finds System without any class
        // loader; the executable model compiles them as Java against the sandbox
        RuleSetException e = compileWithoutLint(rule("$c : AssignmentCase(System.currentTimeMillis() > 0)", ""));
        assertThat(e).as("the rule must not compile").isNotNull();
    }

    @Test
    void compile_cannot_see_file_io_even_when_lint_is_bypassed() {
        RuleSetException e = compileWithoutLint(rule("$c : AssignmentCase()",
                "java.nio.file.Files.writeString(java.nio.file.Path.of(\"owned\"), \"x\");"));
        assertThat(e).as("the rule must not compile").isNotNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("cannot be resolved"));
    }

    @Test
    void builder_lints_a_rules_directory_before_compiling_and_lists_every_finding() throws IOException {
        RuleSetFiles.fromClasspath(getClass().getClassLoader()).writeTo(dir);
        Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(dir.resolve("hostile/hostile.drl"), rule("$c : AssignmentCase()",
                "String s = \"\"\"\n        \"\"\"; System.exit(42);"));
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> VolunteerRules.builder().rulesDirectory(dir).build());
        assertThat(e).isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p).startsWith("lint: hostile/hostile.drl:"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("[construct] text blocks"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("[call] System"));
    }

    /** Issue 14: a text block hid System.exit from the old linter, and reload then ran it. */
    @Test
    void live_reload_refuses_a_text_block_hiding_system_exit_and_keeps_serving() throws IOException {
        RuleSetFiles.fromClasspath(getClass().getClassLoader()).writeTo(dir);
        LiveRules live = LiveRules.startingWith(VolunteerRules.builder().build(), dir, null);
        String before = live.version();
        Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(dir.resolve("hostile/hostile.drl"), rule("$c : AssignmentCase()",
                "String s = \"\"\"\n        \"\"\"; System.exit(42);"));
        LiveRules.Change change = live.reload();
        assertThat(change.accepted()).isFalse();
        assertThat(change.problems()).anySatisfy(p -> assertThat(p).startsWith("lint: hostile/hostile.drl:12: [construct] text blocks"));
        assertThat(live.version()).isEqualTo(before);
    }

    @Test
    void builder_lints_rule_set_files_too() {
        RuleSetFiles files = RuleSetFiles.of("memory", List.of(new RuleFile("hostile/hostile.drl",
                rule("$c : AssignmentCase()", "Integer.getInteger(\"x\");").getBytes(StandardCharsets.UTF_8))));
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> VolunteerRules.builder().ruleSetFiles(files).build());
        assertThat(e.problems()).singleElement().asString()
                .startsWith("lint: hostile/hostile.drl:12: [call] Integer.getInteger");
    }

    @Test
    void builder_refuses_a_rules_directory_with_a_symbolic_link() throws IOException {
        RuleSetFiles.fromClasspath(getClass().getClassLoader()).writeTo(dir);
        Path elsewhere = Files.writeString(outside.resolve("elsewhere.drl"), rule("$c : AssignmentCase()", ""));
        Files.createSymbolicLink(dir.resolve("capacity/linked.drl"), elsewhere);
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> VolunteerRules.builder().rulesDirectory(dir).build());
        assertThat(e).hasMessageContaining("capacity/linked.drl is a symbolic link");
    }
}
