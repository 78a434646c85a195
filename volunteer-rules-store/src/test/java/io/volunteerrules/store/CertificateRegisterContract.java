package io.volunteerrules.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.certificate.CertificateContent;
import io.volunteerrules.core.certificate.IssuedCertificate;
import io.volunteerrules.core.certificate.Verification;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JdbcCertificateRegister} must do, run against a real engine by each subclass.
 */
abstract class CertificateRegisterContract {

    static final byte[] KEY = "test-key-of-at-least-16-bytes".getBytes(StandardCharsets.UTF_8);
    static final byte[] OTHER_KEY = "another-key-of-16-bytes!".getBytes(StandardCharsets.UTF_8);
    static final CertificateKeys KEYS = CertificateKeys.of("test-1", KEY);
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    /** A fresh, empty database for one test. */
    abstract JdbcDatabase database();

    static CertificateContent content(String volunteerId, String hours) {
        return new CertificateContent("A",
                new CertificateContent.VolunteerInfo(volunteerId, "张某", null, LocalDate.of(1992, 9, 9), "居民身份证",
                        "410105199209090000", "ZYZZ-0001", "志愿郑州", null),
                "ACT1", "社区助老", "ORG-A",
                List.of(new CertificateContent.Service("R1", "社区助老", LocalDate.of(2026, 4, 30), "文化路街道", "陪伴独居老人",
                        new BigDecimal(hours), "金水区青年志愿者协会", "赵某")),
                new BigDecimal(hours), List.of(), List.of(), List.of(),
                new CertificateContent.Issuer("ORG-B", "郑州市青年志愿者协会", "孙某", "李某", "0371-22222222"),
                List.of("金水区青年志愿者协会 (ORG-A) MERGED 2026-05-10 → ORG-B [ZZ-2.5, MCA-2015-3]"));
    }

    @Test
    void register_numbers_entries_and_finds_them_again() {
        JdbcCertificateRegister register = JdbcCertificateRegister.open(database(), KEYS);
        IssuedCertificate first = register.register(content("V1", "3.5"), DAY);
        IssuedCertificate second = register.register(content("V2", "2"), DAY);

        assertThat(first.number()).matches("ZZZY-2026-\\d{8}");
        assertThat(second.number()).isNotEqualTo(first.number());
        assertThat(register.find(first.number())).contains(first);
        assertThat(register.entries()).containsExactly(first, second);
        assertThat(register.intact(first.number())).isTrue();
        assertThat(register.intact("ZZZY-2026-99999999")).isFalse();
    }

    @Test
    void content_the_store_would_change_is_refused_instead_of_issued_as_a_certificate_that_never_verifies() {
        JdbcCertificateRegister register = JdbcCertificateRegister.open(database(), KEYS);
        CertificateContent good = content("V1", "3.5");
        CertificateContent halfPair = new CertificateContent(good.path(), new CertificateContent.VolunteerInfo("V1",
                "张\uD800某", null, LocalDate.of(1992, 9, 9), null, null, null, null, null), good.activityId(),
                good.activityName(), good.recordingUnit(), good.services(), good.totalHours(), good.trainings(),
                good.commendations(), good.evaluations(), good.issuer(), good.succession());
        assertThatThrownBy(() -> register.register(halfPair, DAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("volunteer.name holds half of a surrogate pair (U+D800 at index 1)");
        assertThatThrownBy(() -> register.register(content(null, "3.5"), DAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("volunteer.id must not be blank");
        assertThatThrownBy(() -> register.register(good, LocalDate.of(-5, 1, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("issuedOn must be a date from 1000-01-01 to 9999-12-31");
        assertThat(register.count()).isZero();
        // emoji, NUL and right-to-left marks are characters: kept exactly, and the certificate verifies
        CertificateContent odd = new CertificateContent(good.path(), new CertificateContent.VolunteerInfo("V1",
                "\u202E张😀\u0000某", null, LocalDate.of(1992, 9, 9), null, null, null, null, null), good.activityId(),
                good.activityName(), good.recordingUnit(), good.services(), good.totalHours(), good.trainings(),
                good.commendations(), good.evaluations(), good.issuer(), good.succession());
        IssuedCertificate issued = register.register(odd, DAY);
        assertThat(register.verify(issued.number(), odd, issued.verificationCode())).isEqualTo(Verification.GENUINE);
    }

    @Test
    void verify_confirms_a_genuine_certificate() {
        JdbcCertificateRegister register = JdbcCertificateRegister.open(database(), KEYS);
        IssuedCertificate c = register.register(content("V1", "3.5"), DAY);

        Verification v = register.verify(c.number(), content("V1", "3.50"), c.verificationCode());

        assertThat(v).isEqualTo(Verification.GENUINE);
    }

    @Test
    void verify_answers_not_genuine_for_a_forged_certificate_and_names_no_field() {
        JdbcCertificateRegister register = JdbcCertificateRegister.open(database(), KEYS);
        IssuedCertificate c = register.register(content("V1", "3.5"), DAY);

        // a guess of the ID number, or of the hours: the answer is the same and says nothing more
        assertThat(register.verify(c.number(), content("V9", "3.5"), c.verificationCode()))
                .isEqualTo(register.verify(c.number(), content("V1", "35"), c.verificationCode()))
                .isEqualTo(Verification.NOT_GENUINE);
    }

    @Test
    void verify_refuses_a_wrong_code_an_unknown_number_and_missing_parts() {
        JdbcCertificateRegister register = JdbcCertificateRegister.open(database(), KEYS);
        IssuedCertificate c = register.register(content("V1", "3.5"), DAY);

        assertThat(register.verify(c.number(), c.content(), "0".repeat(64))).isEqualTo(Verification.NOT_GENUINE);
        assertThat(register.verify("ZZZY-2026-99999999", c.content(), c.verificationCode()))
                .isEqualTo(Verification.NOT_GENUINE);
        assertThat(register.verify(null, c.content(), c.verificationCode())).isEqualTo(Verification.NOT_GENUINE);
        assertThat(register.verify(c.number(), null, c.verificationCode())).isEqualTo(Verification.NOT_GENUINE);
        assertThat(register.verify(c.number(), c.content(), null)).isEqualTo(Verification.NOT_GENUINE);
    }

    /**
     * Whoever can write to the database but does not hold the key cannot make a certificate say
     * something else: the code is recomputed over what is stored.
     */
    @Test
    void an_entry_changed_in_the_database_no_longer_verifies() throws Exception {
        JdbcDatabase db = database();
        JdbcCertificateRegister register = JdbcCertificateRegister.open(db, KEYS);
        IssuedCertificate hours = register.register(content("V1", "3.5"), DAY);
        IssuedCertificate date = register.register(content("V2", "3.5"), DAY);
        IssuedCertificate column = register.register(content("V3", "3.5"), DAY);
        IssuedCertificate untouched = register.register(content("V4", "3.5"), DAY);

        try (Connection c = db.connect()) {
            update(c, "UPDATE certificate_register SET content = REPLACE(content, '3.5', '35') WHERE number = ?",
                    hours.number());
            try (PreparedStatement s = c.prepareStatement("UPDATE certificate_register SET issued_on = ? WHERE number = ?")) {
                db.setDate(s, 1, DAY.minusYears(1));
                s.setString(2, date.number());
                s.executeUpdate();
            }
            update(c, "UPDATE certificate_register SET volunteer_id = 'V9' WHERE number = ?", column.number());
        }

        IssuedCertificate forged = register.find(hours.number()).orElseThrow();
        assertThat(forged.content().totalHours()).isEqualByComparingTo("35");
        assertThat(register.verify(forged.number(), forged.content(), forged.verificationCode()))
                .isEqualTo(Verification.NOT_GENUINE);
        assertThat(register.verify(hours.number(), hours.content(), hours.verificationCode()))
                .isEqualTo(Verification.NOT_GENUINE);
        assertThat(register.intact(hours.number())).isFalse();
        assertThat(register.verify(column.number(), column.content(), column.verificationCode()))
                .isEqualTo(Verification.NOT_GENUINE);
        assertThat(register.verify(untouched.number(), untouched.content(), untouched.verificationCode()))
                .isEqualTo(Verification.GENUINE);
        IssuedCertificate backdated = register.find(date.number()).orElseThrow();
        assertThat(backdated.issuedOn()).isEqualTo(DAY.minusYears(1));
        assertThat(register.verify(date.number(), date.content(), date.verificationCode()))
                .isEqualTo(Verification.NOT_GENUINE);
    }

    private static void update(Connection c, String sql, String number) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, number);
            s.executeUpdate();
        }
    }

    @Test
    void a_register_with_other_keys_does_not_verify_the_certificate() {
        JdbcDatabase db = database();
        IssuedCertificate c = JdbcCertificateRegister.open(db, KEYS).register(content("V1", "3.5"), DAY);

        JdbcCertificateRegister sameIdOtherKey = JdbcCertificateRegister.open(db, CertificateKeys.of("test-1", OTHER_KEY));
        JdbcCertificateRegister otherId = JdbcCertificateRegister.open(db, CertificateKeys.of("test-2", KEY));

        assertThat(sameIdOtherKey.verify(c.number(), c.content(), c.verificationCode())).isEqualTo(Verification.NOT_GENUINE);
        assertThat(otherId.verify(c.number(), c.content(), c.verificationCode())).isEqualTo(Verification.NOT_GENUINE);
    }

    /** Rotation: the new key signs, the old one still verifies what it signed until it is removed. */
    @Test
    void after_a_key_rotation_old_certificates_verify_and_new_ones_use_the_new_key() throws Exception {
        JdbcDatabase db = database();
        IssuedCertificate old = JdbcCertificateRegister.open(db, KEYS).register(content("V1", "3.5"), DAY);

        CertificateKeys rotated = CertificateKeys.of("test-2", OTHER_KEY).withOlder("test-1", KEY);
        JdbcCertificateRegister register = JdbcCertificateRegister.open(db, rotated);
        IssuedCertificate fresh = register.register(content("V2", "1"), DAY);

        assertThat(register.verify(old.number(), old.content(), old.verificationCode())).isEqualTo(Verification.GENUINE);
        assertThat(register.verify(fresh.number(), fresh.content(), fresh.verificationCode()))
                .isEqualTo(Verification.GENUINE);
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("SELECT key_id FROM certificate_register ORDER BY serial");
             ResultSet rs = s.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            assertThat(ids).containsExactly("test-1", "test-2");
        }

        JdbcCertificateRegister retired = JdbcCertificateRegister.open(db, CertificateKeys.of("test-2", OTHER_KEY));
        assertThat(retired.verify(old.number(), old.content(), old.verificationCode())).isEqualTo(Verification.NOT_GENUINE);
        assertThat(retired.verify(fresh.number(), fresh.content(), fresh.verificationCode()))
                .isEqualTo(Verification.GENUINE);
    }

    @Test
    void numbers_keep_counting_after_the_register_is_reopened() {
        JdbcDatabase db = database();
        IssuedCertificate before = JdbcCertificateRegister.open(db, KEYS).register(content("V1", "3.5"), DAY);

        JdbcCertificateRegister reopened = JdbcCertificateRegister.open(db, KEYS);
        IssuedCertificate after = reopened.register(content("V2", "1"), DAY);

        assertThat(after.number()).isGreaterThan(before.number());
        assertThat(reopened.find(before.number())).contains(before);
        assertThat(reopened.verify(before.number(), before.content(), before.verificationCode()).genuine()).isTrue();
    }

    @Test
    void many_threads_issuing_at_once_get_distinct_numbers_and_no_entry_is_lost() throws Exception {
        JdbcCertificateRegister register = JdbcCertificateRegister.open(database(), KEYS);
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        numbers.add(register.register(content("V" + thread + "-" + i, "1"), DAY).number());
                    }
                    return numbers;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            Set<String> numbers = new HashSet<>();
            int issued = 0;
            for (Future<List<String>> f : futures) {
                List<String> got = f.get(2, TimeUnit.MINUTES);
                issued += got.size();
                numbers.addAll(got);
            }
            assertThat(issued).isEqualTo(threads * each);
            assertThat(numbers).hasSize(threads * each);
            assertThat(register.count()).isEqualTo(threads * each);
            assertThat(register.entries()).extracting(IssuedCertificate::number).containsExactlyInAnyOrderElementsOf(numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keys_shorter_than_16_bytes_are_refused() {
        assertThatThrownBy(() -> CertificateKeys.of("k", new byte[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("certificate key \"k\" must be at least 16 bytes (it has 4)");
    }
}
