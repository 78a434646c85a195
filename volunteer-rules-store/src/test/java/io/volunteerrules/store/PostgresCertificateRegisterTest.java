package io.volunteerrules.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The register on PostgreSQL (the embedded test server, or the one {@link TestPostgres} names). */
class PostgresCertificateRegisterTest extends CertificateRegisterContract {

    private final List<String> schemas = new ArrayList<>();

    @Override
    JdbcDatabase database() {
        return TestPostgres.freshSchema("register_test", schemas);
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        TestPostgres.drop(schemas);
    }
}
