package io.volunteerrules.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.certificate.IssuedCertificate;
import io.volunteerrules.core.certificate.Verification;
import io.volunteerrules.core.timebank.LedgerEntry;
import io.volunteerrules.core.timebank.LedgerResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing returned to the caller is lost or handed out again when the process is killed (kill -9):
 * a child JVM ({@link CrashChild}) issues certificates and earns and redeems hours in four threads,
 * reporting each result after the call returned; the test kills it at a random moment, reopens the
 * store and checks every reported certificate (present, its content and code intact, verifying as
 * genuine) and every reported ledger entry (present once); it then sends every redemption again,
 * including the one in flight at the kill, and each is applied at most once; new numbers never repeat
 * an old one. Several kills per engine, each at another moment, on one store.
 */
class CrashTest {

    private static final byte[] KEY = "crash-test-key-of-32-bytes-long!".getBytes(StandardCharsets.UTF_8);
    private static final CertificateKeys KEYS = CertificateKeys.of("crash", KEY);
    /** Kills per engine; {@code -Dcrash.rounds=20} measures more. */
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 3);
    private static final int THREADS = 4;

    @TempDir
    Path dir;

    private final List<String> schemas = new ArrayList<>();

    @AfterEach
    void dropSchemas() throws SQLException {
        if (!schemas.isEmpty()) {
            TestPostgres.drop(schemas);
        }
    }

    @Test
    void sqlite_keeps_everything_returned_before_a_kill() throws Exception {
        Path file = dir.resolve("store.db");
        killRepeatedly(JdbcDatabase.sqliteFile(file), "jdbc:sqlite:" + file.toAbsolutePath(), "-", "-", ROUNDS);
    }

    /**
     * H2 with the settings {@link JdbcDatabase#h2File} gives it (each commit written at once); without
     * them the first kill loses certificates already returned. The test closes the database between
     * kills (no {@code DB_CLOSE_DELAY}), since H2 lets one process open a file at a time.
     */
    @Test
    void h2_keeps_everything_returned_before_a_kill() throws Exception {
        // as in an application (see the module's pom): with its assertions on, H2 could stop on closing
        // the reopened file over a temporary LOB a kill left half recorded, which it otherwise removes
        assertThat(org.h2.mvstore.db.LobStorageMap.class.desiredAssertionStatus())
                .as("H2's own assertions are off in the tests, as in an application").isFalse();
        assertThat(CrashTest.class.desiredAssertionStatus()).as("our assertions stay on").isTrue();
        String url = JdbcDatabase.h2File(dir.resolve("h2-store")).url().replace(";DB_CLOSE_DELAY=-1", "");
        killRepeatedly(JdbcDatabase.of(url, "sa", ""), url, "sa", "-", ROUNDS);
    }

    @Test
    void postgresql_keeps_everything_returned_before_a_kill() throws Exception {
        JdbcDatabase db = TestPostgres.freshSchema("crash_test", schemas);
        String password = TestPostgres.password();
        killRepeatedly(db, db.url(), TestPostgres.user(), password == null || password.isEmpty() ? "-" : password,
                ROUNDS);
    }

    private void killRepeatedly(JdbcDatabase db, String url, String user, String password, int rounds)
            throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<String> everyNumber = new HashSet<>();
        long highestSerial = 0;
        for (int round = 0; round < rounds; round++) {
            int linesBeforeKill = 20 + random.nextInt(150);
            Path report = dir.resolve("report-" + round + ".txt");
            Process child = start(url, user, password, report, "r" + round, 0, "work");
            waitForLines(child, report, linesBeforeKill);
            child.destroyForcibly();   // SIGKILL: no shutdown hooks, no closing
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child died").isTrue();

            Report r = Report.read(report);
            String what = "round " + round + " (seed " + seed + ", killed after " + r.lines + " lines)";
            JdbcCertificateRegister register = JdbcCertificateRegister.open(db, KEYS);
            JdbcTimeBankLedger ledger = JdbcTimeBankLedger.open(db);

            // every certificate returned is there, intact, and verifies
            for (Map.Entry<String, String[]> c : r.certificates.entrySet()) {
                String number = c.getKey();
                String code = c.getValue()[0];
                String volunteer = c.getValue()[1];
                IssuedCertificate stored = register.find(number).orElse(null);
                assertThat(stored).as("%s: certificate %s", what, number).isNotNull();
                assertThat(stored.verificationCode()).as("%s: code of %s", what, number).isEqualTo(code);
                assertThat(register.verify(number, CrashChild.content(volunteer), code))
                        .as("%s: %s verifies", what, number).isEqualTo(Verification.GENUINE);
                assertThat(everyNumber.add(number)).as("%s: %s handed out twice", what, number).isTrue();
                highestSerial = Math.max(highestSerial, serial(number));
            }
            // every entry returned as applied is there exactly once
            for (String[] e : r.applied) {
                List<LedgerEntry> entries = ledger.entries(e[0]);
                assertThat(entries).as("%s: entry %s of %s", what, e[1], e[0])
                        .filteredOn(x -> x.referenceId().equals(e[1])).hasSize(1)
                        .allSatisfy(x -> assertThat(x.hours()).isEqualByComparingTo(e[2]));
            }
            // sent again after the crash, nothing returned is applied twice; what was in flight at most once
            for (String[] e : r.applied) {
                LedgerResult again = e[3].equals("EARN")
                        ? ledger.earn(e[0], e[1], new BigDecimal(e[2]), CrashChild.DAY)
                        : ledger.redeem(e[0], e[1], "ITEM", new BigDecimal(e[2]), CrashChild.DAY);
                assertThat(again.status()).as("%s: %s sent again", what, e[1]).isEqualTo(LedgerResult.Status.DUPLICATE);
            }
            for (String[] t : r.inFlight) {
                ledger.redeem(t[0], t[1], "ITEM", new BigDecimal(t[2]), CrashChild.DAY);
                ledger.redeem(t[0], t[1], "ITEM", new BigDecimal(t[2]), CrashChild.DAY);
                assertThat(ledger.entries(t[0])).as("%s: in-flight %s", what, t[1])
                        .filteredOn(x -> x.referenceId().equals(t[1])).hasSize(1);
            }
            for (String volunteer : r.volunteers) {
                List<LedgerEntry> entries = ledger.entries(volunteer);
                assertThat(entries).extracting(LedgerEntry::referenceId).doesNotHaveDuplicates();
                BigDecimal sum = entries.stream().map(LedgerEntry::signedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(ledger.balance(volunteer, CrashChild.DAY)).isEqualByComparingTo(sum);
                assertThat(sum.signum()).as("%s: %s overdrawn", what, volunteer).isGreaterThanOrEqualTo(0);
            }
            // new numbers follow every number handed out before
            for (int i = 0; i < 3; i++) {
                String number = register.register(CrashChild.content("V-after-" + round), CrashChild.DAY).number();
                assertThat(everyNumber.add(number)).as("%s: new number %s repeats an old one", what, number).isTrue();
                assertThat(serial(number)).as("%s: new number %s", what, number).isGreaterThan(highestSerial);
                highestSerial = serial(number);
            }
            System.out.printf("crash test on %s, %s: %d certificates and %d ledger entries returned before the kill, "
                    + "all kept; %d in flight%n", db.dialect(), what, r.certificates.size(), r.applied.size(),
                    r.inFlight.size());
            assertThat(r.certificates).as("%s: the child issued nothing before the kill", what).isNotEmpty();
        }
    }

    /** Three processes on one SQLite file: every number distinct and kept, and no account overdrawn. */
    @Test
    void several_processes_share_one_sqlite_file_safely() throws Exception {
        Path file = dir.resolve("shared.db");
        JdbcDatabase db = JdbcDatabase.sqliteFile(file);
        JdbcTimeBankLedger ledger = JdbcTimeBankLedger.open(db);
        JdbcCertificateRegister register = JdbcCertificateRegister.open(db, KEYS);
        ledger.earn("V-shared", "R-shared", new BigDecimal("10"), CrashChild.DAY);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();

        Path issued = dir.resolve("issued.txt");
        Path redeemed = dir.resolve("redeemed.txt");
        Process issuer = start(url, "-", "-", issued, "p1", 10, "work");
        Process redeemer = start(url, "-", "-", redeemed, "p2", 5, "shared");
        List<String> here = new ArrayList<>();
        int appliedHere = 0;
        for (int i = 0; i < 20; i++) {
            here.add(register.register(CrashChild.content("V-parent"), CrashChild.DAY).number());
            if (ledger.redeem("V-shared", "parent-S" + i, "ITEM", BigDecimal.ONE, CrashChild.DAY).applied()) {
                appliedHere++;
            }
        }
        assertThat(issuer.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(redeemer.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(issuer.exitValue()).as(stderr(issued)).isZero();
        assertThat(redeemer.exitValue()).as(stderr(redeemed)).isZero();

        Report there = Report.read(issued);
        Report shared = Report.read(redeemed);
        assertThat(there.certificates).hasSize(THREADS * 10);
        Set<String> all = new HashSet<>(here);
        all.addAll(there.certificates.keySet());
        assertThat(all).hasSize(20 + THREADS * 10);
        assertThat(register.count()).isEqualTo(20 + THREADS * 10);
        long appliedThere = shared.applied.stream().filter(e -> e[0].equals("V-shared")).count();
        assertThat(appliedHere + appliedThere).isEqualTo(10);
        assertThat(ledger.balance("V-shared", CrashChild.DAY)).isEqualByComparingTo("0");
    }

    /** H2 lets one process use a file: a second one gets an error that says so, and nothing is harmed. */
    @Test
    void a_second_process_on_an_h2_file_gets_a_clear_error() throws Exception {
        Path file = dir.resolve("h2-shared");
        JdbcDatabase db = JdbcDatabase.h2File(file);
        JdbcCertificateRegister register = JdbcCertificateRegister.open(db, KEYS);
        IssuedCertificate before = register.register(CrashChild.content("V-parent"), CrashChild.DAY);

        Path report = dir.resolve("h2-second.txt");
        Process second = start(db.url(), "sa", "-", report, "h2", 1, "work");
        assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(second.exitValue()).as(stderr(report)).isEqualTo(3);
        assertThat(Files.readString(report)).startsWith("ERROR creating schema certificate-register.h2.sql failed: "
                + "the H2 database " + db.url() + " is open in another process, and H2 lets one process use a file "
                + "at a time; stop the other process, or keep the store in SQLite (the default) or PostgreSQL, "
                + "which processes can share");
        assertThat(register.find(before.number())).contains(before);
        assertThat(register.register(CrashChild.content("V-parent"), CrashChild.DAY).number())
                .isGreaterThan(before.number());
    }

    private Process start(String url, String user, String password, Path report, String run, int limit, String mode)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), url, user, password, Base64.getEncoder().encodeToString(KEY),
                report.toAbsolutePath().toString(), run, String.valueOf(THREADS), String.valueOf(limit), mode);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(report.resolveSibling(report.getFileName() + ".stderr").toFile());
        return pb.start();
    }

    private static String stderr(Path report) {
        try {
            return Files.readString(report.resolveSibling(report.getFileName() + ".stderr"));
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }

    private static void waitForLines(Process child, Path report, int lines) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (Files.exists(report) && Files.readAllLines(report).size() >= lines) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("the child stopped before the kill (exit " + child.exitValue() + "): "
                        + stderr(report));
            }
            Thread.sleep(5);
        }
        child.destroyForcibly();
        throw new AssertionError("the child reported fewer than " + lines + " results in 2 minutes: " + stderr(report));
    }

    private static long serial(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    /** What a child reported, read after it died; a line cut off by the kill is not a result. */
    private static final class Report {
        final Map<String, String[]> certificates = new LinkedHashMap<>();
        /** volunteer, reference, hours, EARN or REDEEM: entries the child was told were applied. */
        final List<String[]> applied = new ArrayList<>();
        /** volunteer, redemption, hours: redemptions started but not answered. */
        final List<String[]> inFlight = new ArrayList<>();
        final Set<String> volunteers = new HashSet<>();
        int lines;

        static Report read(Path file) throws IOException {
            Report r = new Report();
            String text = Files.readString(file);
            int end = text.lastIndexOf('\n');
            Map<String, String[]> tries = new HashMap<>();
            for (String line : end < 0 ? new String[0] : text.substring(0, end).split("\n")) {
                r.lines++;
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "CERT" -> r.certificates.put(f[1], new String[] {f[2], f[3]});
                    case "EARN" -> r.applied.add(new String[] {f[1], f[2], f[3], "EARN"});
                    case "TRY" -> tries.put(f[2], new String[] {f[1], f[2], f[3]});
                    case "REDEEM" -> {
                        tries.remove(f[2]);
                        if (f[4].equals("APPLIED")) {
                            r.applied.add(new String[] {f[1], f[2], f[3], "REDEEM"});
                        }
                    }
                    default -> throw new AssertionError("unexpected report line: " + line);
                }
                if (f.length > 1 && !f[0].equals("CERT")) {
                    r.volunteers.add(f[1]);
                }
            }
            r.inFlight.addAll(tries.values());
            return r;
        }
    }
}
