package io.volunteerrules.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use: an embedded one (the PostgreSQL binaries come from Maven Central
 * and run as any user, root included), started once per test JVM and stopped when it exits, so the
 * PostgreSQL tests run on every machine and never skip. Set {@code VOLUNTEER_RULES_PG_URL} (with
 * {@code _USER} and {@code _PASSWORD}) to test against another server instead. Each test works in a
 * schema of its own.
 */
final class TestPostgres {

    private static String url;
    private static String user;
    private static String password;

    private TestPostgres() {
    }

    /** The server's JDBC URL, starting the embedded server on first use. */
    static synchronized String url() {
        if (url == null) {
            String external = System.getenv("VOLUNTEER_RULES_PG_URL");
            if (external != null && !external.isBlank()) {
                url = external;
                user = System.getenv("VOLUNTEER_RULES_PG_USER");
                password = System.getenv("VOLUNTEER_RULES_PG_PASSWORD");
            } else {
                try {
                    // commits wait for the write-ahead log, as on a production server
                    EmbeddedPostgres server = EmbeddedPostgres.builder()
                            .setServerConfig("synchronous_commit", "on")
                            .start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            server.close();
                        } catch (IOException e) {
                            // the JVM is exiting; the server's directory is temporary
                        }
                    }));
                    url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
                    user = "postgres";
                    password = "";
                } catch (IOException e) {
                    throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
                }
            }
        }
        return url;
    }

    static synchronized String user() {
        url();
        return user;
    }

    static synchronized String password() {
        url();
        return password;
    }

    /** A fresh schema, recorded in {@code created} so that the caller drops it. */
    static JdbcDatabase freshSchema(String prefix, List<String> created) {
        String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + url(), e);
        }
        created.add(schema);
        return JdbcDatabase.of(schemaUrl(schema), user(), password());
    }

    /** The URL of one schema. */
    static String schemaUrl(String schema) {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops the schemas and forgets them. */
    static void drop(List<String> schemas) throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
        schemas.clear();
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }
}
