package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Redemption;
import io.volunteerrules.core.model.ServiceCatalogueItem;
import java.math.BigDecimal;

/**
 * A redemption question resolved: the redemption, its catalogue item and its cost in hours
 * (price times quantity).
 */
@EngineMade
public record RedemptionCase(String subject, Redemption redemption, ServiceCatalogueItem item, BigDecimal cost) {
}
