package io.volunteerrules.drools.support;

import io.volunteerrules.core.model.Redemption;
import io.volunteerrules.core.model.ServiceCatalogueItem;
import java.math.BigDecimal;

/**
 * Time-bank arithmetic: the hours a redemption costs at its catalogue price. Which redemptions spend
 * hours, and which hours are banked, is decided in timebank.drl.
 */
public final class TimeBank {

    private TimeBank() {
    }

    /** What one redemption costs: its item's price times its quantity. */
    public static BigDecimal cost(Redemption r, ServiceCatalogueItem item) {
        return item.priceHours().multiply(BigDecimal.valueOf(r.quantity()));
    }
}
