package io.volunteerrules.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.timebank.LedgerEntry;
import io.volunteerrules.core.timebank.LedgerResult;
import io.volunteerrules.core.timebank.TimeBankLedger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every time-bank ledger must do, run against each engine by a subclass. */
abstract class TimeBankLedgerContract {

    static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    abstract JdbcDatabase database();

    private static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    @Test
    void earn_credits_a_record_once() {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());

        LedgerResult first = ledger.earn("V1", "R1", h("2.5"), MAY_1);
        LedgerResult again = ledger.earn("V1", "R1", h("2.5"), MAY_1);

        assertThat(first.status()).isEqualTo(LedgerResult.Status.APPLIED);
        assertThat(first.balance()).isEqualByComparingTo("2.5");
        assertThat(again.status()).isEqualTo(LedgerResult.Status.DUPLICATE);
        assertThat(ledger.balance("V1", JUNE_1)).isEqualByComparingTo("2.5");
        assertThat(ledger.entries("V1")).hasSize(1);
    }

    @Test
    void ids_the_store_cannot_keep_exactly_are_refused_before_anything_is_written() {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());
        // SQLite wrote both as "V?": the second volunteer read the balance the first one earned
        assertThatThrownBy(() -> ledger.earn("V\uD800", "R1", h("1"), MAY_1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("volunteerId holds half of a surrogate pair (U+D800 at index 1), which is no character and"
                        + " which the store cannot keep");
        assertThatThrownBy(() -> ledger.balance("V\uDBFF", JUNE_1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.earn("V1", "R" + "9".repeat(10_000_000), h("1"), MAY_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recordId is 10000001 characters long; the store keeps ids of at most 200"
                        + " (it starts \"R9999999999999999999…\")");
        assertThatThrownBy(() -> ledger.redeem("V\u0000", "X1", "C1", h("1"), MAY_1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("volunteerId holds the character NUL");
        assertThat(ledger.entries("V1")).isEmpty();
    }

    @Test
    void earn_refuses_a_record_already_credited_to_another_volunteer() {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());
        ledger.earn("V1", "R1", h("3"), MAY_1);

        assertThat(ledger.earn("V2", "R1", h("3"), MAY_1).status()).isEqualTo(LedgerResult.Status.DUPLICATE);
        assertThat(ledger.balance("V2", JUNE_1)).isEqualByComparingTo("0");
    }

    @Test
    void redeem_allows_a_balance_of_exactly_zero() {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());
        ledger.earn("V1", "R1", h("4"), MAY_1);

        LedgerResult r = ledger.redeem("V1", "X1", "C1", h("4"), JUNE_1);

        assertThat(r.status()).isEqualTo(LedgerResult.Status.APPLIED);
        assertThat(r.balance()).isEqualByComparingTo("0");
        assertThat(ledger.balance("V1", JUNE_1)).isEqualByComparingTo("0");
    }

    @Test
    void redeem_refuses_below_zero_and_states_the_balance() {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());
        ledger.earn("V1", "R1", h("4"), MAY_1);

        LedgerResult r = ledger.redeem("V1", "X1", "C1", h("4.5"), JUNE_1);

        assertThat(r.status()).isEqualTo(LedgerResult.Status.INSUFFICIENT_BALANCE);
        assertThat(r.balance()).isEqualByComparingTo("4");
        assertThat(ledger.entries("V1")).extracting(LedgerEntry::kind).containsExactly(LedgerEntry.Kind.EARN);
    }

    @Test
    void redeem_counts_only_hours_earned_by_its_day() {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());
        ledger.earn("V1", "R1", h("2"), MAY_1);
        ledger.earn("V1", "R2", h("5"), JUNE_1);

        assertThat(ledger.redeem("V1", "X1", "C1", h("3"), MAY_1).status())
                .isEqualTo(LedgerResult.Status.INSUFFICIENT_BALANCE);
        assertThat(ledger.redeem("V1", "X2", "C1", h("3"), JUNE_1).status()).isEqualTo(LedgerResult.Status.APPLIED);
    }

    @Test
    void redeem_refuses_what_would_overdraw_a_later_day() {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());
        ledger.earn("V1", "R1", h("5"), MAY_1);
        ledger.redeem("V1", "X1", "C1", h("4"), JUNE_1);

        // on 15 May 5 hours are there, but 4 of them are spent on 1 June
        LedgerResult r = ledger.redeem("V1", "X2", "C1", h("2"), LocalDate.of(2026, 5, 15));

        assertThat(r.status()).isEqualTo(LedgerResult.Status.INSUFFICIENT_BALANCE);
        assertThat(r.balance()).isEqualByComparingTo("1");
    }

    @Test
    void redeem_applies_a_redemption_once() {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());
        ledger.earn("V1", "R1", h("5"), MAY_1);

        ledger.redeem("V1", "X1", "C1", h("2"), JUNE_1);
        LedgerResult again = ledger.redeem("V1", "X1", "C1", h("2"), JUNE_1);

        assertThat(again.status()).isEqualTo(LedgerResult.Status.DUPLICATE);
        assertThat(ledger.balance("V1", JUNE_1)).isEqualByComparingTo("3");
    }

    @Test
    void balance_is_taken_as_of_any_date() {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());
        ledger.earn("V1", "R1", h("2.25"), MAY_1);
        ledger.earn("V1", "R2", h("1.75"), JUNE_1);
        ledger.redeem("V1", "X1", "C1", h("1"), JUNE_1.plusDays(1));

        assertThat(ledger.balance("V1", MAY_1.minusDays(1))).isEqualByComparingTo("0");
        assertThat(ledger.balance("V1", MAY_1)).isEqualByComparingTo("2.25");
        assertThat(ledger.balance("V1", JUNE_1)).isEqualByComparingTo("4");
        assertThat(ledger.balance("V1", JUNE_1.plusDays(1))).isEqualByComparingTo("3");
    }

    @Test
    void the_ledger_survives_reopening() {
        JdbcDatabase db = database();
        JdbcTimeBankLedger.open(db).earn("V1", "R1", h("3"), MAY_1);

        assertThat(JdbcTimeBankLedger.open(db).balance("V1", JUNE_1)).isEqualByComparingTo("3");
    }

    @Test
    void bad_arguments_are_refused_with_the_field_named() {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());

        assertThatThrownBy(() -> ledger.earn("V1", "R1", h("-1"), MAY_1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("hours must be given and not negative");
        assertThatThrownBy(() -> ledger.redeem("V1", "X1", "C1", h("0"), MAY_1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("hours must be given and positive");
        assertThatThrownBy(() -> ledger.redeem(" ", "X1", "C1", h("1"), MAY_1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("volunteerId must not be blank");
    }

    @Test
    void amounts_finer_than_the_ledger_keeps_are_refused_not_rounded() {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());

        assertThatThrownBy(() -> ledger.earn("V1", "R1", h("0.00001"), MAY_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours 0.00001 are finer than the ledger keeps: at most 4 decimal places");
        assertThatThrownBy(() -> ledger.redeem("V1", "X1", "C1", h("1.23456"), MAY_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours 1.23456 are finer than the ledger keeps: at most 4 decimal places");
        assertThatThrownBy(() -> ledger.earn("V1", "R2", h("1E+10"), MAY_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours 10000000000 exceed the most the ledger keeps (9999999999.9999)");
        assertThat(ledger.entries("V1")).isEmpty();

        // four places, and trailing zeros beyond them, are kept exactly
        ledger.earn("V1", "R3", h("2.00010000"), MAY_1);
        ledger.earn("V1", "R4", h("9999999999.9999"), MAY_1);
        assertThat(ledger.entries("V1")).extracting(LedgerEntry::hours)
                .containsExactly(h("2.0001"), h("9999999999.9999"));
    }

    /**
     * Many threads, through two ledger instances on the same database, redeem one hour each from an
     * account of 10 hours: exactly 10 succeed, the rest are refused, and the balance ends at zero.
     */
    @Test
    void concurrent_redemptions_never_overdraw() throws Exception {
        JdbcDatabase db = database();
        TimeBankLedger a = JdbcTimeBankLedger.open(db);
        TimeBankLedger b = JdbcTimeBankLedger.open(db);
        a.earn("V1", "R1", h("6"), MAY_1);
        a.earn("V1", "R2", h("4"), MAY_1);
        int threads = 16;
        int attempts = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LedgerResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                TimeBankLedger ledger = i % 2 == 0 ? a : b;
                String id = "X" + i;
                Callable<LedgerResult> task = () -> {
                    start.await();
                    return ledger.redeem("V1", id, "C1", h("1"), JUNE_1);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            int applied = 0;
            int refused = 0;
            for (Future<LedgerResult> f : results) {
                LedgerResult r = f.get(2, TimeUnit.MINUTES);
                if (r.applied()) {
                    applied++;
                } else {
                    assertThat(r.status()).isEqualTo(LedgerResult.Status.INSUFFICIENT_BALANCE);
                    assertThat(r.balance()).isEqualByComparingTo("0");
                    refused++;
                }
            }
            assertThat(applied).isEqualTo(10);
            assertThat(refused).isEqualTo(attempts - 10);
            assertThat(a.balance("V1", JUNE_1)).isEqualByComparingTo("0");
            assertThat(b.entries("V1")).filteredOn(e -> e.kind() == LedgerEntry.Kind.REDEEM).hasSize(10);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Concurrent earnings of the same record credit it once. */
    @Test
    void concurrent_earnings_of_one_record_credit_it_once() throws Exception {
        TimeBankLedger ledger = JdbcTimeBankLedger.open(database());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LedgerResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return ledger.earn("V1", "R1", h("3"), MAY_1);
                }));
            }
            start.countDown();
            long applied = 0;
            for (Future<LedgerResult> f : results) {
                if (f.get(2, TimeUnit.MINUTES).applied()) {
                    applied++;
                }
            }
            assertThat(applied).isEqualTo(1);
            assertThat(ledger.balance("V1", JUNE_1)).isEqualByComparingTo("3");
        } finally {
            pool.shutdownNow();
        }
    }
}
