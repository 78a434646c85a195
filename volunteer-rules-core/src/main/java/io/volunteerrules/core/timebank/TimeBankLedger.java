package io.volunteerrules.core.timebank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The time-bank ledger (时间银行, ZZ-2.4): one account per volunteer, credited with the hours of
 * counted service records (each record once) and debited by redemptions for community services. A
 * redemption that would take the balance below zero, on its day or any later day, is refused with the
 * balance stated; a balance of exactly zero is allowed. Whether the time bank runs at all is the
 * parameter {@code timebank.enabled}; the ledger only keeps the accounts.
 *
 * <p>Implementations must be safe for many threads and processes at once: concurrent redemptions never
 * overdraw. The JDBC one lives in {@code volunteer-rules-store} ({@code JdbcTimeBankLedger}).
 */
public interface TimeBankLedger {

    /**
     * Credits the hours of a counted service record to the volunteer, once per record id.
     *
     * @param recordId the service record; crediting it again changes nothing
     * @param hours    the record's counted hours, not negative
     * @param on       the day of the service
     * @return {@code APPLIED} the first time, {@code DUPLICATE} when the record was already credited
     * @throws IllegalArgumentException if an argument is missing or the hours are negative
     * @throws LedgerException          if the ledger cannot store the entry; nothing is kept then
     */
    LedgerResult earn(String volunteerId, String recordId, BigDecimal hours, LocalDate on);

    /**
     * Debits a redemption if the volunteer's balance covers it on {@code on} and on every later day.
     *
     * @param redemptionId the redemption; redeeming it again changes nothing
     * @param itemId       the catalogue item redeemed
     * @param hours        its cost in hours, positive
     * @return {@code APPLIED} with the balance left, {@code INSUFFICIENT_BALANCE} with the balance that
     *         was available (nothing is debited then), or {@code DUPLICATE}
     * @throws IllegalArgumentException if an argument is missing or the hours are not positive
     * @throws LedgerException          if the ledger cannot store the entry; nothing is kept then
     */
    LedgerResult redeem(String volunteerId, String redemptionId, String itemId, BigDecimal hours, LocalDate on);

    /** The volunteer's balance at the end of {@code asOf}: every entry dated on or before it. */
    BigDecimal balance(String volunteerId, LocalDate asOf);

    /** The volunteer's entries, by date then by the order they were made. */
    List<LedgerEntry> entries(String volunteerId);
}
