package io.volunteerrules.store;

import io.volunteerrules.core.certificate.CertificateContent;
import io.volunteerrules.core.certificate.IssuedCertificate;
import io.volunteerrules.core.timebank.LedgerResult;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The process {@link CrashTest} kills: issues certificates and earns and redeems time-bank hours in
 * several threads, and after each call returns appends what it got to a report file (one unbuffered
 * write per line, so a line in the file is a result the caller had in hand).
 *
 * <p>Arguments: {@code url user password base64-key report run threads limit mode}; {@code -} stands
 * for no user or password; {@code limit} 0 runs until killed; mode {@code work} issues, earns and
 * redeems, mode {@code shared} tries {@code limit} one-hour redemptions from the account
 * {@code V-shared}.
 *
 * <p>Report lines: {@code ERROR message} (the store did not open; exit code 3), {@code CERT number code volunteer}, {@code EARN volunteer record hours},
 * {@code TRY volunteer redemption hours} (before the call), {@code REDEEM volunteer redemption hours
 * status} (after it).
 */
public final class CrashChild {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final BigDecimal EARNED = new BigDecimal("2.5");
    static final BigDecimal REDEEMED = new BigDecimal("1.25");

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        JdbcDatabase db = JdbcDatabase.of(args[0], dash(args[1]), dash(args[2]));
        CertificateKeys keys = CertificateKeys.of("crash", Base64.getDecoder().decode(args[3]));
        String run = args[5];
        int threads = Integer.parseInt(args[6]);
        int limit = Integer.parseInt(args[7]);
        String mode = args[8];
        try (OutputStream report = new FileOutputStream(args[4], true)) {
            JdbcCertificateRegister register;
            JdbcTimeBankLedger ledger;
            try {
                register = JdbcCertificateRegister.open(db, keys);
                ledger = JdbcTimeBankLedger.open(db);
            } catch (RuntimeException e) {
                write(report, "ERROR " + e.getMessage());
                System.exit(3);
                return;
            }
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String volunteer = "V-" + run + "-" + t;
                Runnable work = mode.equals("shared")
                        ? () -> shared(ledger, run + "-" + volunteer, limit, report)
                        : () -> work(register, ledger, volunteer, limit, report);
                Thread thread = new Thread(work, volunteer);
                workers.add(thread);
                thread.start();
            }
            for (Thread thread : workers) {
                thread.join();
            }
        }
    }

    private static void work(JdbcCertificateRegister register, JdbcTimeBankLedger ledger, String volunteer, int limit,
            OutputStream report) {
        for (int i = 0; limit == 0 || i < limit; i++) {
            IssuedCertificate c = register.register(content(volunteer), DAY);
            write(report, "CERT " + c.number() + " " + c.verificationCode() + " " + volunteer);
            String record = volunteer + "-R" + i;
            LedgerResult earned = ledger.earn(volunteer, record, EARNED, DAY);
            if (earned.applied()) {
                write(report, "EARN " + volunteer + " " + record + " " + EARNED);
            }
            String redemption = volunteer + "-X" + i;
            write(report, "TRY " + volunteer + " " + redemption + " " + REDEEMED);
            LedgerResult redeemed = ledger.redeem(volunteer, redemption, "ITEM", REDEEMED, DAY);
            write(report, "REDEEM " + volunteer + " " + redemption + " " + REDEEMED + " " + redeemed.status());
        }
    }

    private static void shared(JdbcTimeBankLedger ledger, String prefix, int attempts, OutputStream report) {
        for (int i = 0; i < attempts; i++) {
            String redemption = prefix + "-S" + i;
            LedgerResult r = ledger.redeem("V-shared", redemption, "ITEM", BigDecimal.ONE, DAY);
            write(report, "REDEEM V-shared " + redemption + " 1 " + r.status());
        }
    }

    /** The certificate content a volunteer gets, the same in the child and in the test that checks it. */
    static CertificateContent content(String volunteer) {
        return new CertificateContent("A",
                new CertificateContent.VolunteerInfo(volunteer, "张某", null, LocalDate.of(1990, 1, 1), "居民身份证",
                        "410105199001010000", "ZYZZ-" + volunteer, "志愿郑州", null),
                "ACT-" + volunteer, "社区助老", "ORG-A",
                List.of(new CertificateContent.Service("R-" + volunteer, "社区助老", DAY.minusDays(3), "文化路街道",
                        "陪伴独居老人", new BigDecimal("3.5"), "金水区青年志愿者协会", "赵某")),
                new BigDecimal("3.5"), List.of(), List.of(), List.of(),
                new CertificateContent.Issuer("ORG-A", "金水区青年志愿者协会", "孙某", "李某", "0371-22222222"), List.of());
    }

    private static void write(OutputStream report, String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (report) {
            try {
                report.write(bytes);   // one write per line, unbuffered: in the file once it returns
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }
}
