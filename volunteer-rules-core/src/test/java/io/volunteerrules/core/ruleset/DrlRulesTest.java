package io.volunteerrules.core.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DrlRulesTest {

    static final String DRL = """
            package rules.x;

            // the file's own comment
            import a.B;

            // ---- Classify ----

            // A: quoted clause
            // second line of A's comment
            rule "a"
                @clause("ZZ-1")
            when
                B()
            then
                /* a block comment
            end
                is not the end of the rule */
            end

            // ---- Decide ----

            // B's comment
            rule "b" // trailing words
            when
            then
            end // closes b
            rule c
            when
            then
            end

            // the end of the file
            """;

    @Test
    void parse_splits_header_rules_and_footer_and_writes_the_file_back_unchanged() {
        DrlRules drl = DrlRules.parse("x/x.drl", DRL);
        assertThat(drl.rules()).extracting(DrlRules.Rule::name).containsExactly("a", "b", "c");
        assertThat(drl.rules()).extracting(DrlRules.Rule::line).containsExactly(10, 23, 27);
        assertThat(drl.text()).isEqualTo(DRL);
        assertThat(drl.rules().get(0).text()).startsWith("// A: quoted clause\n").contains("is not the end of the rule */\nend\n");
        assertThat(drl.rules().get(1).text()).startsWith("\n// ---- Decide ----\n\n// B's comment\nrule \"b\"").endsWith("end // closes b\n");
    }

    @Test
    void reversed_keeps_the_header_first_each_rule_with_its_comments_and_the_footer_last() {
        String reversed = DrlRules.parse("x/x.drl", DRL).reversed();
        assertThat(reversed).startsWith("package rules.x;\n\n// the file's own comment\nimport a.B;\n\n// ---- Classify ----\n\nrule c\n");
        assertThat(reversed.indexOf("rule c")).isLessThan(reversed.indexOf("// B's comment\nrule \"b\""));
        assertThat(reversed.indexOf("rule \"b\"")).isLessThan(reversed.indexOf("// A: quoted clause\n// second line of A's comment\nrule \"a\""));
        assertThat(reversed).endsWith("end\n\n// the end of the file\n");
        DrlRules again = DrlRules.parse("x/x.drl", reversed);
        assertThat(again.rules()).extracting(DrlRules.Rule::name).containsExactly("c", "b", "a");
        assertThat(again.reversed().length()).isEqualTo(DRL.length());
    }

    @Test
    void shuffled_is_the_same_for_the_same_seed_and_keeps_every_rule() {
        DrlRules drl = DrlRules.parse("x/x.drl", DRL);
        String one = drl.shuffled(new Random(7));
        assertThat(drl.shuffled(new Random(7))).isEqualTo(one);
        assertThat(DrlRules.parse("x/x.drl", one).rules()).extracting(DrlRules.Rule::name)
                .containsExactlyInAnyOrder("a", "b", "c");
        assertThat(one).hasSameSizeAs(DRL);
    }

    @Test
    void a_file_without_rules_is_all_header() {
        DrlRules drl = DrlRules.parse("x/x.drl", "package rules.x;\n// nothing yet\n");
        assertThat(drl.rules()).isEmpty();
        assertThat(drl.reversed()).isEqualTo("package rules.x;\n// nothing yet\n");
    }

    @Test
    void a_rule_without_its_end_line_is_reported_with_file_and_line() {
        assertThatThrownBy(() -> DrlRules.parse("x/x.drl", "package rules.x;\nrule \"open\"\nwhen\nthen\n    end();\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x/x.drl:2: rule \"open\" has no line \"end\" after it");
    }
}
