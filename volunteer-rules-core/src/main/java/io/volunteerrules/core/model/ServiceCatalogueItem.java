package io.volunteerrules.core.model;

import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** A community service the time bank offers (ZZ-2.4), priced in service hours. */
public record ServiceCatalogueItem(
        @NotBlank String id,
        @NotBlank String name,
        @NotNull @Positive BigDecimal priceHours) implements StrictFields {
}
