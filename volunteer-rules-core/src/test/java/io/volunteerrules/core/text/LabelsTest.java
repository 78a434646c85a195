package io.volunteerrules.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.model.InsuranceType;
import io.volunteerrules.core.model.RecordStatus;
import io.volunteerrules.core.model.ServiceField;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

    /** Two constants: one fully labelled, one with a Chinese label only (see this package's labels.properties in test resources). */
    enum HalfLabelled implements Labelled {
        BOTH,
        ZH_ONLY
    }

    /** A constant-specific body makes a subclass; its labels are still those of the enum. */
    enum WithBody implements Labelled {
        PLAIN {
            @Override
            public String toString() {
                return "plain";
            }
        }
    }

    static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_labelled_enum_of_the_core_has_both_labels_for_every_constant() {
        List<Class<? extends Enum<?>>> enums = Labels.labelledEnums(classesOf(Labelled.class), getClass().getClassLoader());

        assertThat(enums).contains(InsuranceType.class, ServiceField.class, RecordStatus.class).hasSizeGreaterThan(15);
        for (Class<? extends Enum<?>> type : enums) {
            assertThat(Labels.problems(type)).as(type.getName()).isEmpty();
        }
    }

    @Test
    void labels_are_read_from_the_package_bundle() {
        assertThat(InsuranceType.PERSONAL_ACCIDENT.zh()).isEqualTo("人身意外伤害保险");
        assertThat(InsuranceType.PERSONAL_ACCIDENT.en()).isEqualTo("personal accident insurance");
        assertThat(ServiceField.MEDICAL_RESCUE.label(Language.ZH)).isEqualTo("医疗救护");
        assertThat(RecordStatus.PENDING.label(Language.EN)).isEqualTo("pending verification");
        assertThat(WithBody.PLAIN.zh()).isEqualTo("普通");
    }

    @Test
    void problems_name_a_missing_label_and_a_key_for_no_constant() {
        assertThat(Labels.problems(HalfLabelled.class)).containsExactly(
                "no label HalfLabelled.ZH_ONLY.en in io/volunteerrules/core/text/labels.properties",
                "label HalfLabelled.GONE.zh in io/volunteerrules/core/text/labels.properties"
                        + " names no constant of io.volunteerrules.core.text.LabelsTest$HalfLabelled");
        assertThat(Labels.problems(WithBody.class)).isEmpty();
    }

    @Test
    void a_missing_label_fails_when_read_naming_the_key_and_the_bundle() {
        assertThat(HalfLabelled.ZH_ONLY.zh()).isEqualTo("只有中文");
        assertThatThrownBy(HalfLabelled.ZH_ONLY::en)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no label HalfLabelled.ZH_ONLY.en in io/volunteerrules/core/text/labels.properties");
    }

    @Test
    void a_labelled_class_that_is_no_enum_must_give_its_own_labels() {
        Labelled bare = new Labelled() { };

        assertThatThrownBy(bare::zh)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not an enum: it must override zh() and en()");
        assertThat(new Bilingual("甲", "a").label(Language.EN)).isEqualTo("a");
    }
}
