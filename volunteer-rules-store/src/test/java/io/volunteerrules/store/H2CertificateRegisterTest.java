package io.volunteerrules.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
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
}
