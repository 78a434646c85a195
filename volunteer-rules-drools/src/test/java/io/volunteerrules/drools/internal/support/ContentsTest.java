package io.volunteerrules.drools.internal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.OrganisationKind;
import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.TrainingRecord;
import io.volunteerrules.core.model.TrainingTier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentsTest {

    private static final TrainingRecord TRAINING = new TrainingRecord("TR1", "V1", "急救培训", ServiceField.MEDICAL_RESCUE,
            TrainingTier.BASIC, " ", LocalDate.of(2026, 3, 1), null, null, new BigDecimal("4"), null);

    private static final Organisation ISSUER = new Organisation("ORG1", "金水区志愿者协会",
            OrganisationKind.VOLUNTEER_SERVICE_ORGANISATION, true, "", null, null, null, null, null, "周某", null, null,
            null, null, null);

    @Test
    void missing_fields_are_the_required_ones_absent_or_blank_in_the_order_required() {
        assertThat(Contents.missingTrainingFields(TRAINING, List.of("providerId", "name", "content", "durationHours")))
                .containsExactly("providerId", "content");
        assertThat(Contents.missingIssuerFields(ISSUER, List.of("contact", "registrationNumber", "personInCharge", "handler")))
                .containsExactly("contact", "registrationNumber", "handler");
        assertThat(Contents.missingIssuerFields(ISSUER, List.of())).isEmpty();
    }

    @Test
    void a_required_field_the_fact_does_not_have_is_refused_naming_the_fields_it_has() {
        assertThatThrownBy(() -> Contents.missingIssuerFields(ISSUER, List.of("name", "adress")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown organisation field \"adress\"; known: contact, handler, name, personInCharge, "
                        + "registrationNumber");
        assertThatThrownBy(() -> Contents.missingTrainingFields(TRAINING, List.of("hours")))
                .hasMessage("unknown training-record field \"hours\"; known: completedOn, content, durationHours, name, "
                        + "providerId");
    }
}
