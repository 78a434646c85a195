package io.volunteerrules.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The register on a real PostgreSQL server. It is skipped, with the reason, when no server is
 * reachable; {@code .ci/run} installs and starts one. Point it elsewhere with
 * {@code VOLUNTEER_RULES_PG_URL}, {@code VOLUNTEER_RULES_PG_USER} and {@code VOLUNTEER_RULES_PG_PASSWORD}.
 * Each test works in a schema of its own, dropped afterwards.
 */
class PostgresCertificateRegisterTest extends CertificateRegisterContract {

    static final String URL = env("VOLUNTEER_RULES_PG_URL", "jdbc:postgresql://localhost:5432/volunteer_rules");
    static final String USER = env("VOLUNTEER_RULES_PG_USER", "volunteer_rules");
    static final String PASSWORD = env("VOLUNTEER_RULES_PG_PASSWORD", "volunteer_rules");

    private final List<String> schemas = new ArrayList<>();

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static String problem;

    @BeforeAll
    static void probeServer() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.isValid(3);
        } catch (SQLException e) {
            problem = "PostgreSQL tests skipped: no server reachable at " + URL + " as " + USER + " (" + e.getMessage()
                    + "). Run .ci/run, or set VOLUNTEER_RULES_PG_URL/_USER/_PASSWORD.";
            System.err.println(problem);
        }
    }

    @BeforeEach
    void serverReachable() {
        assumeTrue(problem == null, problem);
    }

    @Override
    JdbcDatabase database() {
        String schema = "register_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema, e);
        }
        schemas.add(schema);
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return JdbcDatabase.of(url, USER, PASSWORD);
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
