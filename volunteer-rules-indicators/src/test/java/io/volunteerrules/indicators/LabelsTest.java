package io.volunteerrules.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.text.Labels;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every labelled enum this module compiles has a Chinese and an English label for every constant. */
class LabelsTest {

    @Test
    void every_labelled_enum_of_the_indicators_module_has_both_labels_for_every_constant() throws URISyntaxException {
        Path classes = Path.of(FundingSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        List<Class<? extends Enum<?>>> enums = Labels.labelledEnums(classes, getClass().getClassLoader());

        assertThat(enums).contains(FundingSource.class);
        for (Class<? extends Enum<?>> type : enums) {
            assertThat(Labels.problems(type)).as(type.getName()).isEmpty();
        }
        assertThat(FundingSource.DONATIONS.en()).isEqualTo("donations and sponsorship");
    }
}
