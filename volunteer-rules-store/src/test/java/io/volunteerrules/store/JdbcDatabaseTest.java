package io.volunteerrules.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void an_sqlite_file_is_opened_with_a_synced_write_ahead_log_in_a_new_directory() throws Exception {
        JdbcDatabase db = JdbcDatabase.sqliteFile(dir.resolve("new/dir/store.db"));
        JdbcCertificateRegister.open(db, CertificateKeys.of("k", new byte[16]));

        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThat(pragma(s, "journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(pragma(s, "synchronous")).isEqualTo("2");   // FULL
            assertThat(pragma(s, "busy_timeout")).isEqualTo(String.valueOf(JdbcDatabase.SQLITE_BUSY_TIMEOUT_MS));
        }
        assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
    }

    private static String pragma(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void another_engine_is_refused_naming_the_ones_supported() {
        assertThatThrownBy(() -> JdbcDatabase.of("jdbc:mysql://localhost/vr", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported database \"jdbc:mysql://localhost/vr\": use jdbc:sqlite:, jdbc:postgresql: or jdbc:h2:");
    }

    @Test
    void a_missing_driver_is_named() throws Exception {
        org.h2.Driver.unload();
        try {
            JdbcDatabase db = JdbcDatabase.h2File(dir.resolve("no-driver"));
            assertThatThrownBy(() -> JdbcCertificateRegister.open(db,
                    CertificateKeys.of("k", "sixteen bytes at least".getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("creating schema certificate-register.h2.sql failed: no JDBC driver for " + db.url()
                            + " is on the class path; add com.h2database:h2 to the application");
        } finally {
            org.h2.Driver.load();
        }
    }
}
