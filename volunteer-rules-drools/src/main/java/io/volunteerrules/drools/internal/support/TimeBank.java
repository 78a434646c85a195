package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.model.Redemption;
import io.volunteerrules.core.model.ServiceCatalogueItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Time-bank arithmetic: the hours redemptions cost at their catalogue prices. */
public final class TimeBank {

    private TimeBank() {
    }

    /** What one redemption costs: its item's price times its quantity. */
    public static BigDecimal cost(Redemption r, ServiceCatalogueItem item) {
        return item.priceHours().multiply(BigDecimal.valueOf(r.quantity()));
    }

    /** {@code earned} less what the other redemptions made by {@code day} spent. */
    public static BigDecimal balance(BigDecimal earned, Collection<?> redemptions, Collection<?> items, LocalDate day,
            String exceptId) {
        return earned.subtract(spent(redemptions, items, day, exceptId));
    }

    /**
     * The hours spent by the redemptions made on or before {@code day}, leaving out {@code exceptId}
     * (the redemption being asked about; may be null).
     */
    public static BigDecimal spent(Collection<?> redemptions, Collection<?> items, LocalDate day, String exceptId) {
        Map<String, ServiceCatalogueItem> byId = items.stream().map(ServiceCatalogueItem.class::cast)
                .collect(Collectors.toMap(ServiceCatalogueItem::id, Function.identity(), (a, b) -> a));
        BigDecimal total = BigDecimal.ZERO;
        for (Object o : redemptions) {
            Redemption r = (Redemption) o;
            if (r.id().equals(exceptId) || r.redeemedOn().isAfter(day)) {
                continue;
            }
            total = total.add(cost(r, byId.get(r.itemId())));
        }
        return total;
    }
}
