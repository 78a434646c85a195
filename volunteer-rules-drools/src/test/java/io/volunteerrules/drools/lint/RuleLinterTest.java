package io.volunteerrules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RuleLinterTest {

    private final RuleLinter linter = RuleLinter.standard();

    @Test
    void lint_passes_every_bundled_rule_file() {
        List<LintFinding> findings = linter.lint(RuleSetFiles.fromClasspath(getClass().getClassLoader()));
        assertThat(findings).isEmpty();
    }

    /** Each file of the hostile corpus says on its first line which check must reject it. */
    @TestFactory
    Stream<DynamicTest> lint_rejects_every_hostile_rule_file() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/lint/hostile").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(70);
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String expected = text.lines().findFirst().orElseThrow().replace("// expect:", "").trim();
            List<LintFinding> findings = linter.lint(p.getFileName().toString(), text);
            assertThat(findings).as("findings for %s", p.getFileName()).extracting(LintFinding::check).contains(expected);
        }));
    }

    @Test
    void lint_ignores_forbidden_words_inside_messages_and_comments() {
        String drl = """
                package io.volunteerrules.rules.ok;
                import io.volunteerrules.drools.internal.facts.AssignmentCase;
                import io.volunteerrules.drools.internal.support.Findings;
                // a comment may say System.exit(0) or age < 16 without harm
                rule "quoted-words-are-text"
                    @clause("ZZ-2.3, VSR-17")
                    @zh("任务需要16小时的文件和线程")
                    @en("System.exit is only a word here, as is 18")
                when
                    $c : AssignmentCase(age > 0)
                then
                    Findings.info(kcontext, $c.subject(), "word", "Runtime");
                end
                """;
        assertThat(linter.lint("ok.drl", drl)).isEmpty();
    }

    @Test
    void lint_allows_value_types_of_any_core_package_by_import_or_full_name() {
        String drl = """
                package rules.ok;
                import io.volunteerrules.core.certificate.CertificateContent;
                import io.volunteerrules.core.model.*;
                import io.volunteerrules.drools.internal.facts.AssignmentCase;
                rule "value-types"
                    @clause("ZZ-2.5")
                    @zh("某")
                    @en("x")
                when
                    $c : AssignmentCase()
                then
                    io.volunteerrules.core.certificate.CertificateContent.class.getName();
                end
                """;
        assertThat(linter.lint("ok.drl", drl)).extracting(LintFinding::check).containsOnly("call");
    }

    @Test
    void lint_rejects_messages_that_do_not_read_as_chinese_or_a_refusal_without_a_next_step() {
        String drl = """
                package rules.staff;
                import io.volunteerrules.drools.internal.facts.AssignmentCase;
                import io.volunteerrules.drools.internal.support.Findings;
                rule "ascii-and-codes"
                    @clause("ZZ-2.3")
                    @zh("{volunteer}缺少PERSONAL_ACCIDENT保险,日期—")
                    @en("{volunteer} lacks insurance")
                when
                    $c : AssignmentCase()
                then
                    Findings.refuse(kcontext, $c.subject(), "volunteer", $c.volunteerName());
                end
                rule "reviewed-with-next-step"
                    @clause("ZZ-2.3")
                    @zh("{volunteer}需人工核实[，保单{policy}]")
                    @en("{volunteer} needs a person's review[ of policy {policy}]")
                    @nextZh("组织方在{start}前核实{volunteer}的保险")
                    @nextEn("the organiser checks {volunteer}'s insurance before {start}")
                when
                    $c : AssignmentCase()
                then
                    Findings.review(kcontext, $c.subject(), "volunteer", $c.volunteerName(), "policy", null, "start", $c.start());
                end
                """;
        assertThat(linter.lint("staff/staff.drl", drl)).extracting(LintFinding::toString).containsExactly(
                "staff/staff.drl:4: [message] rule \"ascii-and-codes\": @zh uses ASCII punctuation \",\": Chinese is written with ，。；：（）“”",
                "staff/staff.drl:4: [message] rule \"ascii-and-codes\": @zh has Latin letters in its own words (\"缺少PERSON\"):"
                        + " names come from the facts, everything else is written in Chinese",
                "staff/staff.drl:4: [message] rule \"ascii-and-codes\": @zh writes \"—\": leave out an absent value with an optional part [...] instead",
                "staff/staff.drl:4: [message] rule \"ascii-and-codes\": it refuses or asks for review but has no @nextZh(\"…\") saying what would change the answer",
                "staff/staff.drl:4: [message] rule \"ascii-and-codes\": it refuses or asks for review but has no @nextEn(\"…\") saying what would change the answer");
    }

    @Test
    void lint_names_file_line_and_reason() {
        String drl = """
                package io.volunteerrules.rules.bad;
                import io.volunteerrules.drools.internal.facts.AssignmentCase;
                rule "bad"
                    @clause("ZZ-2.3")
                    @zh("某")
                    @en("x")
                when
                    $c : AssignmentCase(age < 16)
                then
                    System.exit(0);
                end
                """;
        assertThat(linter.lint("bad/bad.drl", drl)).extracting(LintFinding::toString).containsExactly(
                "bad/bad.drl:8: [number] the number 16 belongs in the area's parameter table (with its dates and source), not in the rule",
                "bad/bad.drl:10: [call] System: not an imported type of the allowlist (java.lang types other than String,"
                        + " Integer, Long, Boolean, Double, Math and Object are not available to rules)");
    }

    @Test
    void a_rule_file_that_is_not_utf8_is_rejected_with_the_line_of_its_first_bad_byte() {
        // a message saved as GBK by a Windows editor: read leniently it became U+FFFD and passed
        byte[] gbk = """
                package rules.ok;
                // 第二行
                rule "x" @clause("ZZ-2.4") @zh("志愿者") @en("A volunteer") when then end
                """.getBytes(java.nio.charset.Charset.forName("GBK"));
        List<LintFinding> findings = linter.lint(RuleSetFiles.of("test",
                List.of(new io.volunteerrules.core.ruleset.RuleFile("ok/ok.drl", gbk))));
        assertThat(findings).filteredOn(f -> f.check().equals("encoding")).singleElement()
                .satisfies(f -> {
                    assertThat(f.file()).isEqualTo("ok/ok.drl");
                    assertThat(f.line()).isEqualTo(2);
                    assertThat(f.message()).startsWith("the file is not UTF-8 text");
                });
    }
}
