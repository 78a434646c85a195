package io.volunteerrules.drools.support;

import io.volunteerrules.core.model.Redemption;
import io.volunteerrules.core.model.ServiceCatalogueItem;
import io.volunteerrules.drools.facts.SpentRedemption;
import java.math.BigDecimal;
import java.util.Collection;

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

    /** The hours the spent redemptions ({@link SpentRedemption} facts) took, in all. */
    public static BigDecimal spent(Collection<?> spentRedemptions) {
        BigDecimal total = BigDecimal.ZERO;
        for (Object o : spentRedemptions) {
            total = total.add(((SpentRedemption) o).cost());
        }
        return total;
    }
}
