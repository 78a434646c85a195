package io.volunteerrules.core.timebank;

import java.math.BigDecimal;

/**
 * What an earning or a redemption did.
 *
 * @param status  whether it was applied, refused for lack of balance, or already in the ledger
 * @param balance after an applied entry, the balance it left on its day; after a refusal, the balance
 *                that was available (the least from its day on); after a duplicate, the balance on its day
 */
public record LedgerResult(Status status, BigDecimal balance) {

    /** The outcome of an earning or a redemption. */
    public enum Status {
        APPLIED, INSUFFICIENT_BALANCE, DUPLICATE
    }

    /** Whether the entry was applied now. */
    public boolean applied() {
        return status == Status.APPLIED;
    }
}
