package io.volunteerrules.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the default engine: SQLite in a file. */
class SqliteCertificateRegisterTest extends CertificateRegisterContract {

    private static final AtomicInteger N = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    JdbcDatabase database() {
        return JdbcDatabase.sqliteFile(dir.resolve("register-" + N.incrementAndGet() + ".db"));
    }
}
