package io.volunteerrules.drools.internal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.core.text.Language;
import io.volunteerrules.drools.lint.MessageCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Test
    void a_rule_sets_own_names_add_to_and_replace_the_bundled_ones_for_the_terms_of_a_message() {
        List<String> problems = new ArrayList<>();
        Vocabulary own = Vocabulary.read("vocabulary.properties", """
                # comment
                skill.rope-rescue.zh = 绳索救援
                skill.rope-rescue.en = rope rescue

                qualification.NURSE.zh = 护士执业资格
                qualification.NURSE.en = a nurse's practising licence
                skill.first-aid.zh = 现场急救
                skill.first-aid.en = on-site first aid
                """, problems).over(Vocabulary.bundled());
        assertThat(problems).isEmpty();
        Map<String, Object> values = Map.of("missing", Vocabulary.skills(List.of("rope-rescue", "first-aid", "driving")),
                "qualification", Vocabulary.qualification("NURSE"), "volunteer", "李某");
        Map<String, Object> named = own.named(values);
        assertThat(((List<?>) named.get("missing")).stream().map(l -> ((Labelled) l).label(Language.ZH)))
                .containsExactly("绳索救援", "现场急救", "驾驶");
        assertThat(((Labelled) named.get("qualification")).label(Language.EN)).isEqualTo("a nurse's practising licence");
        assertThat(named.get("volunteer")).isEqualTo("李某");
        // asked directly, a term has the bundled names
        assertThat(Vocabulary.qualification("NURSE").label(Language.ZH)).isEqualTo("“NURSE”");
        assertThat(own.names("skill", "rope-rescue")).isTrue();
        assertThat(Vocabulary.bundled().names("skill", "rope-rescue")).isFalse();
    }

    @Test
    void values_without_terms_are_returned_as_they_are() {
        Map<String, Object> values = Map.of("volunteer", "李某", "days", List.of("一", "二"));
        assertThat(Vocabulary.bundled().named(values)).isSameAs(values);
    }

    @Test
    void the_bundled_vocabulary_names_every_code_in_both_languages() {
        List<String> problems = new ArrayList<>();
        Vocabulary.read("bundled", """
                skill.first-aid.zh = 急救
                """, problems);
        assertThat(problems).containsExactly("bundled:1: \"skill.first-aid\" has a Chinese name but no English one "
                + "(skill.first-aid.en): a message in each language needs it");
        // the bundled file is read by the same reader, and a problem in it fails every use of the class
        assertThat(Vocabulary.bundled().names("volunteer-field", "idNumber")).isTrue();
    }
}
