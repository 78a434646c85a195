package io.volunteerrules.store;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;

/**
 * The JDBC support every store of this module shares (the certificate register and the time-bank
 * ledger): where the database is, which engine it is, schema scripts per engine, and transactions
 * that either commit whole or roll back, retried when the engine reports a serialization conflict.
 *
 * <pre>{@code
 * JdbcDatabase db = JdbcDatabase.sqliteFile(Path.of("data/volunteer-rules.db"));   // the default
 * JdbcDatabase pg = JdbcDatabase.of("jdbc:postgresql://localhost/vr", "vr", "secret");
 * }</pre>
 *
 * <p>Durability: a transaction that has returned is on disk. SQLite runs with a write-ahead log synced
 * at every commit ({@code journal_mode=WAL}, {@code synchronous=FULL}) and every transaction takes the
 * write lock when it begins ({@code BEGIN IMMEDIATE}), so any number of threads and processes may use
 * one file at once; a transaction waits up to a minute for the lock ({@code busy_timeout}). These
 * settings are applied to every {@code jdbc:sqlite:} URL unless the URL's properties set them.
 * PostgreSQL is as durable as its server is configured to be (the defaults are).
 *
 * <p>Thread-safe: every operation takes its own connection. Immutable.
 */
public final class JdbcDatabase {

    private static final int RETRIES = 5;

    private final String url;
    private final Properties properties;
    private final Dialect dialect;

    /** How long (ms) an SQLite transaction waits for the write lock another connection holds. */
    static final int SQLITE_BUSY_TIMEOUT_MS = 60_000;

    private JdbcDatabase(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
        this.dialect = Dialect.of(url);
        if (dialect == Dialect.SQLITE) {
            properties.putIfAbsent("journal_mode", "WAL");
            properties.putIfAbsent("synchronous", "FULL");
            properties.putIfAbsent("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS));
            properties.putIfAbsent("foreign_keys", "true");
            properties.putIfAbsent("transaction_mode", "IMMEDIATE");
        }
    }

    /**
     * The default embedded store: an SQLite database in {@code file}, created when missing (with its
     * directory). SQLite keeps {@code file-wal} and {@code file-shm} beside it while it is open; copy
     * all three, or back up with SQLite's own tools.
     */
    public static JdbcDatabase sqliteFile(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                java.nio.file.Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of " + absolute + ": " + e.getMessage(), e);
        }
        return of("jdbc:sqlite:" + absolute, null, null);
    }

    /**
     * An embedded H2 database in {@code file} (H2 adds {@code .mv.db}), created when missing and kept
     * open while the JVM runs. Only one process may open the file; another gets an error saying the
     * database is in use.
     */
    public static JdbcDatabase h2File(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String path = file.toAbsolutePath().toString().replace('\\', '/');
        return of("jdbc:h2:file:" + path + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0", "sa", "");
    }

    /**
     * A database by JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}).
     *
     * @throws IllegalArgumentException for another engine
     */
    public static JdbcDatabase of(String url, String user, String password) {
        Objects.requireNonNull(url, "url must not be null");
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return new JdbcDatabase(url, p);
    }

    /** The engine. */
    public Dialect dialect() {
        return dialect;
    }

    /** The JDBC URL (without credentials). */
    public String url() {
        return url;
    }

    /** A new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws.
     * A serialization conflict or deadlock (SQLState 40001, 40P01) is retried a few times.
     *
     * @throws StoreException if it still fails; nothing it did is kept
     */
    public <T> T inTransaction(String what, Work<T> work) {
        SQLException last = null;
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                last = e;
                if (!retryable(e)) {
                    break;
                }
            }
        }
        if (dialect == Dialect.H2 && last.getErrorCode() == 90020) {   // DATABASE_ALREADY_OPEN
            throw new StoreException(what + " failed: the H2 database " + url + " is open in another process, and H2 "
                    + "lets one process use a file at a time; stop the other process, or keep the store in SQLite "
                    + "(the default) or PostgreSQL, which processes can share", last);
        }
        if ("08001".equals(last.getSQLState()) && last.getMessage() != null
                && last.getMessage().startsWith("No suitable driver")) {
            throw new StoreException(what + " failed: no JDBC driver for " + url + " is on the class path; add "
                    + (dialect == Dialect.POSTGRESQL ? "org.postgresql:postgresql" : dialect == Dialect.H2
                            ? "com.h2database:h2" : "org.xerial:sqlite-jdbc") + " to the application", last);
        }
        throw new StoreException(what + " failed on " + url + ": " + last.getMessage(), last);
    }

    private boolean retryable(SQLException e) {
        String state = e.getSQLState();
        if (dialect == Dialect.SQLITE) {
            int primary = e.getErrorCode() & 0xff;
            return primary == 5 || primary == 6;   // SQLITE_BUSY, SQLITE_LOCKED after the busy timeout
        }
        return "40001".equals(state) || "40P01".equals(state);
    }

    /** Binds a date: a DATE where the engine has one, ISO text ({@code 2026-05-01}) in SQLite. */
    void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            s.setString(index, date.toString());
        } else {
            s.setDate(index, java.sql.Date.valueOf(date));
        }
    }

    /** Reads a date bound by {@link #setDate}. */
    LocalDate getDate(ResultSet rs, int index) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            return LocalDate.parse(rs.getString(index));
        }
        return rs.getDate(index).toLocalDate();
    }

    /** Binds a decimal: a DECIMAL where the engine has one, exact text in SQLite (which has none). */
    void setDecimal(PreparedStatement s, int index, BigDecimal value) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            s.setString(index, value.toPlainString());
        } else {
            s.setBigDecimal(index, value);
        }
    }

    /** Reads a decimal bound by {@link #setDecimal}. */
    BigDecimal getDecimal(ResultSet rs, int index) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            return new BigDecimal(rs.getString(index));
        }
        return rs.getBigDecimal(index);
    }

    /**
     * Runs a schema script from the class path, {@code <base>.<dialect>.sql} (statements separated by
     * {@code ;} at the end of a line). Scripts must be idempotent ({@code CREATE … IF NOT EXISTS}).
     *
     * @throws StoreException if the script is missing or fails
     */
    public void runScript(Class<?> owner, String base) {
        String name = base + "." + dialect.scriptSuffix() + ".sql";
        String sql;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("schema script " + name + " not found next to " + owner.getName(), null);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("schema script " + name + " cannot be read", e);
        }
        inTransaction("creating schema " + name, c -> {
            try (Statement s = c.createStatement()) {
                for (String statement : sql.split(";\\s*\\n")) {
                    String trimmed = statement.lines().filter(l -> !l.trim().startsWith("--"))
                            .reduce("", (a, b) -> a + "\n" + b).trim();
                    if (!trimmed.isEmpty()) {
                        s.execute(trimmed);
                    }
                }
            }
            return null;
        });
    }
}
