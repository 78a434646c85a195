package io.volunteerrules.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register on H2 in a file, the engine applications may still choose. */
class H2CertificateRegisterTest extends CertificateRegisterContract {

    private static final AtomicInteger N = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    JdbcDatabase database() {
        return JdbcDatabase.h2File(dir.resolve("register-" + N.incrementAndGet()));
    }

    /**
     * H2 records a LOB outside its transactions; a process killed while creating one could leave the
     * next close of the store failing H2's own check. The content is therefore text, and H2 creates no
     * LOB for it.
     */
    @Test
    void the_content_is_kept_as_text_so_h2_creates_no_lob_for_it() throws SQLException {
        JdbcDatabase db = database();
        JdbcCertificateRegister.open(db, KEYS).register(content("V1", "3.5"), DAY);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (ResultSet column = s.executeQuery("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_NAME = 'CERTIFICATE_REGISTER' AND COLUMN_NAME = 'CONTENT'")) {
                assertThat(column.next()).isTrue();
                assertThat(column.getString(1)).isEqualTo("CHARACTER VARYING");
            }
            try (ResultSet row = s.executeQuery("SELECT content FROM certificate_register")) {
                assertThat(row.next()).isTrue();
                // larger than the 256 bytes H2 keeps in the row: as a CHARACTER LARGE OBJECT this was a LOB
                assertThat(row.getObject(1)).isInstanceOf(String.class).asString().hasSizeGreaterThan(256);
            }
        }
    }
}
