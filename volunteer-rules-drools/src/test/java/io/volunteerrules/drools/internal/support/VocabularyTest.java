package io.volunteerrules.drools.internal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.core.text.Language;
import io.volunteerrules.drools.lint.MessageCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void a_named_code_is_written_by_its_names() {
        Labelled skill = Vocabulary.skills(List.of("first-aid")).get(0);
        assertThat(skill.label(Language.ZH)).isEqualTo("急救");
        assertThat(skill.label(Language.EN)).isEqualTo("first aid");
        assertThat(Vocabulary.qualification("PRACTISING_PHYSICIAN").label(Language.ZH)).isEqualTo("执业医师资格");
    }

    @Test
    void a_code_with_no_name_is_written_as_a_code_in_quotation_marks() {
        assertThat(Vocabulary.skills(List.of("rope-rescue")).get(0).label(Language.ZH)).isEqualTo("“rope-rescue”");
        assertThat(Vocabulary.skills(List.of("rope-rescue")).get(0).label(Language.EN)).isEqualTo("\"rope-rescue\"");
        assertThat(Vocabulary.conditions(List.of("asthma")).get(0).label(Language.ZH)).isEqualTo("“asthma”");
        assertThat(Vocabulary.qualification("NURSE").label(Language.ZH)).isEqualTo("“NURSE”");
    }

    @Test
    void the_message_check_reports_a_code_with_no_name_and_nothing_else_about_it() {
        String zh = "李某缺少任务“现场引导”要求的技能：" + Vocabulary.skills(List.of("rope-rescue")).get(0).label(Language.ZH);
        assertThat(MessageCheck.renderedProblems(zh)).singleElement().asString()
                .contains("shows the code “rope-rescue”, which has no name");
        String constant = "任务要求" + Vocabulary.qualification("RESCUE_DIVER").label(Language.ZH);
        assertThat(MessageCheck.renderedProblems(constant)).singleElement().asString()
                .contains("shows the code “RESCUE_DIVER”, which has no name");
        // a name in quotation marks is no code
        assertThat(MessageCheck.renderedProblems("李某缺少任务“现场引导”要求的技能：急救")).isEmpty();
    }
}
