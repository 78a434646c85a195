package io.volunteerrules.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;

/**
 * The JDBC support every store of this module shares (the certificate register now; ledgers such as
 * the time bank beside it): where the database is, which engine it is, schema scripts per engine,
 * and transactions that either commit whole or roll back, retried when the engine reports a
 * serialization conflict.
 *
 * <pre>{@code
 * JdbcDatabase db = JdbcDatabase.h2File(Path.of("data/volunteer-rules"));      // the default
 * JdbcDatabase pg = JdbcDatabase.of("jdbc:postgresql://localhost/vr", "vr", "secret");
 * }</pre>
 *
 * <p>Thread-safe: every operation takes its own connection. Immutable.
 */
public final class JdbcDatabase {

    private static final int RETRIES = 5;

    private final String url;
    private final Properties properties;
    private final Dialect dialect;

    private JdbcDatabase(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
        this.dialect = Dialect.of(url);
    }

    /**
     * An embedded H2 database in {@code file} (H2 adds {@code .mv.db}), created when missing and kept
     * open while the JVM runs.
     */
    public static JdbcDatabase h2File(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String path = file.toAbsolutePath().toString().replace('\\', '/');
        return of("jdbc:h2:file:" + path + ";DB_CLOSE_DELAY=-1", "sa", "");
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
        throw new StoreException(what + " failed on " + url + ": " + last.getMessage(), last);
    }

    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state);
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
