package io.volunteerrules.store;

import io.volunteerrules.core.timebank.LedgerEntry;
import io.volunteerrules.core.timebank.LedgerException;
import io.volunteerrules.core.timebank.LedgerResult;
import io.volunteerrules.core.timebank.TimeBankLedger;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The time-bank ledger in a database, beside the certificate register and on the same
 * {@link JdbcDatabase} support (SQLite in a file by default, or PostgreSQL).
 *
 * <pre>{@code
 * TimeBankLedger ledger = JdbcTimeBankLedger.open(JdbcDatabase.sqliteFile(Path.of("data/time-bank.db")));
 * ledger.earn("V1", "R1", new BigDecimal("2.5"), LocalDate.of(2026, 5, 1));
 * LedgerResult r = ledger.redeem("V1", "X1", "C1", new BigDecimal("2"), LocalDate.of(2026, 6, 1));
 * }</pre>
 *
 * <p>Every change to an account first locks the account (its row, {@code SELECT … FOR UPDATE}; in
 * SQLite the whole database, taken when the transaction begins), then reads the entries and decides,
 * then writes, all in one transaction: two redemptions of one volunteer are applied one after the
 * other, in any number of threads or processes, and the second sees the first. An entry returned as
 * applied is on disk. Each entry's reference (the record id of an earning, the redemption id of a
 * redemption) is its idempotency key: sending it again, for instance after a crash left the caller
 * unsure whether it went through, answers {@code DUPLICATE} and changes nothing.
 *
 * <p>Hours are kept to {@value #SCALE} decimal places, up to {@code 9999999999.9999}; finer or larger
 * amounts are refused, never rounded. Ids (volunteer, record, redemption, item) are at most 200
 * characters, without NUL or half a surrogate pair, on every database: SQLite would otherwise store
 * two ids that differ only in such a half as one account. Thread-safe.
 */
public final class JdbcTimeBankLedger implements TimeBankLedger {

    /** How long (ms) an H2 transaction waits for an account row another transaction holds. */
    private static final int H2_LOCK_TIMEOUT_MS = 30_000;

    /** The decimal places the ledger keeps (the schemas' {@code DECIMAL(14, 4)}). */
    public static final int SCALE = 4;

    private static final BigDecimal LARGEST = new BigDecimal("9999999999.9999");

    private final JdbcDatabase db;

    private JdbcTimeBankLedger(JdbcDatabase db) {
        this.db = db;
    }

    /**
     * Opens the ledger, creating its tables if missing.
     *
     * @throws LedgerException if the tables cannot be created
     */
    public static JdbcTimeBankLedger open(JdbcDatabase db) {
        Objects.requireNonNull(db, "database must not be null");
        try {
            db.runScript(JdbcTimeBankLedger.class, "time-bank-ledger");
        } catch (StoreException e) {
            throw new LedgerException(e.getMessage(), e);
        }
        return new JdbcTimeBankLedger(db);
    }

    @Override
    public LedgerResult earn(String volunteerId, String recordId, BigDecimal hours, LocalDate on) {
        require(volunteerId, "volunteerId");
        require(recordId, "recordId");
        Objects.requireNonNull(on, "on must not be null");
        if (hours == null || hours.signum() < 0) {
            throw new IllegalArgumentException("hours must be given and not negative");
        }
        requireStorable(hours);
        return change("crediting record " + recordId, volunteerId, (c, entries) -> {
            if (exists(entries, LedgerEntry.Kind.EARN, recordId) || taken(c, LedgerEntry.Kind.EARN, recordId)) {
                return new LedgerResult(LedgerResult.Status.DUPLICATE, balanceOn(entries, on));
            }
            insert(c, new LedgerEntry(volunteerId, LedgerEntry.Kind.EARN, recordId, null, hours, on));
            return new LedgerResult(LedgerResult.Status.APPLIED, balanceOn(entries, on).add(hours));
        });
    }

    @Override
    public LedgerResult redeem(String volunteerId, String redemptionId, String itemId, BigDecimal hours, LocalDate on) {
        require(volunteerId, "volunteerId");
        require(redemptionId, "redemptionId");
        require(itemId, "itemId");
        Objects.requireNonNull(on, "on must not be null");
        if (hours == null || hours.signum() <= 0) {
            throw new IllegalArgumentException("hours must be given and positive");
        }
        requireStorable(hours);
        return change("redeeming " + redemptionId, volunteerId, (c, entries) -> {
            if (exists(entries, LedgerEntry.Kind.REDEEM, redemptionId) || taken(c, LedgerEntry.Kind.REDEEM, redemptionId)) {
                return new LedgerResult(LedgerResult.Status.DUPLICATE, balanceOn(entries, on));
            }
            BigDecimal available = leastBalanceFrom(entries, on);
            if (available.compareTo(hours) < 0) {
                return new LedgerResult(LedgerResult.Status.INSUFFICIENT_BALANCE, available);
            }
            insert(c, new LedgerEntry(volunteerId, LedgerEntry.Kind.REDEEM, redemptionId, itemId, hours, on));
            return new LedgerResult(LedgerResult.Status.APPLIED, balanceOn(entries, on).subtract(hours));
        });
    }

    @Override
    public BigDecimal balance(String volunteerId, LocalDate asOf) {
        require(volunteerId, "volunteerId");
        Objects.requireNonNull(asOf, "asOf must not be null");
        return balanceOn(entries(volunteerId), asOf);
    }

    @Override
    public List<LedgerEntry> entries(String volunteerId) {
        require(volunteerId, "volunteerId");
        return transaction("reading the time bank of " + volunteerId, c -> read(c, volunteerId));
    }

    private interface Change {
        LedgerResult apply(Connection c, List<LedgerEntry> entries) throws SQLException;
    }

    /** Locks the volunteer's account (creating it if needed), reads its entries, applies the change. */
    private LedgerResult change(String what, String volunteerId, Change change) {
        createAccount(volunteerId);
        return transaction(what, c -> {
            if (db.dialect() == Dialect.SQLITE) {   // the transaction began holding the database's write lock
                return change.apply(c, read(c, volunteerId));
            }
            if (db.dialect() == Dialect.H2) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MS);
                }
            }
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT volunteer_id FROM time_bank_account WHERE volunteer_id = ? FOR UPDATE")) {
                lock.setString(1, volunteerId);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("time-bank account " + volunteerId + " vanished");
                    }
                }
            }
            return change.apply(c, read(c, volunteerId));
        });
    }

    private void createAccount(String volunteerId) {
        transaction("opening the time-bank account of " + volunteerId, c -> {
            boolean h2 = db.dialect() == Dialect.H2;
            String sql = h2
                    ? "INSERT INTO time_bank_account (volunteer_id) SELECT ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM time_bank_account WHERE volunteer_id = ?)"
                    : "INSERT INTO time_bank_account (volunteer_id) VALUES (?) ON CONFLICT (volunteer_id) DO NOTHING";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, volunteerId);
                if (h2) {
                    s.setString(2, volunteerId);
                }
                s.executeUpdate();
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {   // another transaction opened it just now
                    throw e;
                }
            }
            return null;
        });
    }

    private <T> T transaction(String what, JdbcDatabase.Work<T> work) {
        try {
            return db.inTransaction(what, work);
        } catch (StoreException e) {
            throw new LedgerException(e.getMessage(), e);
        }
    }

    private List<LedgerEntry> read(Connection c, String volunteerId) throws SQLException {
        List<LedgerEntry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT kind, reference_id, item_id, hours, entry_date "
                + "FROM time_bank_entry WHERE volunteer_id = ? ORDER BY entry_date, serial")) {
            s.setString(1, volunteerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new LedgerEntry(volunteerId, LedgerEntry.Kind.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getString(3), plain(db.getDecimal(rs, 4)), db.getDate(rs, 5)));
                }
            }
        }
        return out;
    }

    private void insert(Connection c, LedgerEntry e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO time_bank_entry "
                + "(volunteer_id, kind, reference_id, item_id, hours, entry_date) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, e.volunteerId());
            s.setString(2, e.kind().name());
            s.setString(3, e.referenceId());
            s.setString(4, e.itemId());
            db.setDecimal(s, 5, e.hours());
            db.setDate(s, 6, e.on());
            s.executeUpdate();
        }
    }

    /** Whether another volunteer's account already holds this reference (a record credited elsewhere). */
    private static boolean taken(Connection c, LedgerEntry.Kind kind, String referenceId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM time_bank_entry WHERE kind = ? AND reference_id = ?")) {
            s.setString(1, kind.name());
            s.setString(2, referenceId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean exists(List<LedgerEntry> entries, LedgerEntry.Kind kind, String referenceId) {
        return entries.stream().anyMatch(e -> e.kind() == kind && e.referenceId().equals(referenceId));
    }

    private static BigDecimal balanceOn(List<LedgerEntry> entries, LocalDate day) {
        return plain(entries.stream().filter(e -> !e.on().isAfter(day)).map(LedgerEntry::signedHours)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The least balance from {@code day} on: what a redemption on {@code day} may take without overdrawing later. */
    private static BigDecimal leastBalanceFrom(List<LedgerEntry> entries, LocalDate day) {
        BigDecimal least = balanceOn(entries, day);
        for (LedgerEntry e : entries) {
            if (e.on().isAfter(day)) {
                BigDecimal b = balanceOn(entries, e.on());
                if (b.compareTo(least) < 0) {
                    least = b;
                }
            }
        }
        return least;
    }

    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Refuses an amount the ledger cannot keep exactly, rather than let the database round it. */
    private static void requireStorable(BigDecimal hours) {
        BigDecimal plain = plain(hours);
        if (plain.scale() > SCALE) {
            throw new IllegalArgumentException("hours " + plain.toPlainString() + " are finer than the ledger keeps: "
                    + "at most " + SCALE + " decimal places");
        }
        if (plain.compareTo(LARGEST) > 0) {
            throw new IllegalArgumentException("hours " + plain.toPlainString() + " exceed the most the ledger keeps ("
                    + LARGEST.toPlainString() + ")");
        }
    }

    private static void require(String value, String name) {
        StorableText.requireId(value, name);
    }
}
