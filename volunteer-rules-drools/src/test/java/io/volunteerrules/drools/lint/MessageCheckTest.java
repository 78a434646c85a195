package io.volunteerrules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The English half of the message check: each bad form fails, and messages written well pass. */
class MessageCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The certificate is complete: 张某, 3.5 hours in \"社区助老\" from 1 service record, 1 training, 1 commendation",
        "王某 is 16 on 1 May 2026, a minor; the task \"陪伴老人\" does not admit minors",
        "Issuer: 金水区青年志愿者协会 (ORG-A)",
        "陈某's personal accident insurance (policy P-FLOOD, covering 1 to 2 May 2026) does not cover 3 May 2026",
        "1 record is not counted, 1 was entered late and 1 has no place",
        "The organisation brings its staff up to 2, or the city reviews whether 1 is enough",
        "0.1 hours and 2.1 hours and 21 hours are counted",
        "\"社区助老\" was merged into 金水区社区志愿服务联合会 on 30 June 2025",
        "Li Li is 36 on 1 May 2026",
        "The volunteer's skills lack \"first aid\" and \"place\"",
        "1 class, 1 bonus and 1 basis",
        "Overdrawn by 3 hours on 1 May 2026"})
    void english_messages_written_well_pass(String message) {
        assertThat(MessageCheck.renderedEnglishProblems(message)).isEmpty();
    }

    @Test
    void a_lower_case_start_fails() {
        assertThat(MessageCheck.renderedEnglishProblems("the organiser buys insurance"))
                .singleElement().asString().contains("starts with a lower-case letter");
        assertThat(MessageCheck.renderedEnglishProblems("王某 buys insurance")).isEmpty();
        assertThat(MessageCheck.renderedEnglishProblems("\"社区助老\" is not volunteer service")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 activities", "1 trainings", "1 hours", "1 records", "1 service records",
        "1 working days", "from 1 evaluations"})
    void one_with_a_plural_fails(String bad) {
        assertThat(MessageCheck.renderedEnglishProblems("Counted: " + bad + " in all"))
                .singleElement().asString().contains("one takes the singular");
    }

    @Test
    void a_plural_written_with_s_in_brackets_fails() {
        assertThat(MessageCheck.renderedEnglishProblems("2 training(s) are missing"))
                .singleElement().asString().contains("\"(s)\"");
    }

    @Test
    void a_word_written_twice_fails_but_a_name_does_not() {
        assertThat(MessageCheck.renderedEnglishProblems("The organiser verifies the the record"))
                .singleElement().asString().contains("repeats the word \"the\"");
        assertThat(MessageCheck.renderedEnglishProblems("The the record is pending"))
                .singleElement().asString().contains("repeats the word \"The\"");
        assertThat(MessageCheck.renderedEnglishProblems("Li Li is 36")).isEmpty();
    }

    @Test
    void a_clause_started_again_with_the_same_verb_fails() {
        assertThat(MessageCheck.renderedEnglishProblems(
                "Step 1: 文化路街道志愿服务站, merged on 30 June 2025, merged into 金水区社区志愿服务联合会"))
                .singleElement().asString().contains("starts two clauses in a row with \"merged\"");
    }

    @Test
    void a_raw_enum_constant_fails() {
        assertThat(MessageCheck.renderedEnglishProblems("The policy is not of the required type (PERSONAL_ACCIDENT)"))
                .singleElement().asString().contains("shows the code PERSONAL_ACCIDENT where a label belongs");
    }

    @Test
    void an_id_outside_brackets_fails_and_one_inside_passes() {
        assertThat(MessageCheck.renderedEnglishProblems("The details of the body ORG-X are added"))
                .singleElement().asString().contains("shows the id ORG-X where a name belongs");
        assertThat(MessageCheck.renderedEnglishProblems("Record R1 is pending"))
                .singleElement().asString().contains("shows the id R1");
        assertThat(MessageCheck.renderedEnglishProblems("The details of the body (ORG-X) are added")).isEmpty();
    }

    @Test
    void a_code_with_no_name_fails() {
        assertThat(MessageCheck.renderedEnglishProblems("李某 lacks the skill \"rope-rescue\""))
                .singleElement().asString().contains("shows the code \"rope-rescue\", which has no name");
    }

    @Test
    void a_dash_or_null_for_a_value_fails() {
        assertThat(MessageCheck.renderedEnglishProblems("张某 agreed on —"))
                .singleElement().asString().contains("writes \"—\" for a value");
        assertThat(MessageCheck.renderedEnglishProblems("张某 agreed on null"))
                .singleElement().asString().contains("writes \"null\" for a value");
    }

    @Test
    void an_english_template_with_a_plural_in_brackets_fails_the_lint() {
        assertThat(MessageCheck.templateProblems("{volunteer}缺少{n}项培训", "{volunteer} lacks {n} training(s)",
                null, null, false)).singleElement().asString().contains("@en writes a plural as \"(s)\"");
        assertThat(MessageCheck.templateProblems("{volunteer}缺少{n}项培训", "{volunteer} lacks {n|training|trainings}",
                null, null, false)).isEmpty();
    }
}
