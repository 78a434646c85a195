package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/**
 * Time-bank hours exchanged for a community service from the catalogue (ZZ-2.4). It costs the
 * item's price times {@code quantity} (1 when absent). A redemption whose {@code status} is
 * {@link RedemptionStatus#REFUSED} spent nothing; absent, the status is {@link RedemptionStatus#MADE}.
 */
public record Redemption(
        @NotBlank String id,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @NotBlank @Ref(ServiceCatalogueItem.class) String itemId,
        @Positive Integer quantity,
        @NotNull @IsoDate LocalDate redeemedOn,
        RedemptionStatus status) implements StrictFields {

    public Redemption {
        quantity = quantity == null ? 1 : quantity;
        status = status == null ? RedemptionStatus.MADE : status;
    }
}
