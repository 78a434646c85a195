package io.volunteerrules.core.timebank;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entry of a time-bank account.
 *
 * @param kind        {@code EARN} (a service record credited) or {@code REDEEM} (a redemption debited)
 * @param referenceId the service record's or the redemption's id
 * @param itemId      the catalogue item redeemed; {@code null} for an earning
 * @param hours       the hours, always positive; a redemption subtracts them
 */
public record LedgerEntry(String volunteerId, Kind kind, String referenceId, String itemId, BigDecimal hours,
        LocalDate on) {

    /** Whether an entry credits or debits the account. */
    public enum Kind {
        EARN, REDEEM
    }

    /** The entry's effect on the balance: {@code +hours} or {@code -hours}. */
    public BigDecimal signedHours() {
        return kind == Kind.EARN ? hours : hours.negate();
    }
}
