package io.volunteerrules.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.certificate.CertificateContent;
import io.volunteerrules.core.certificate.IssuedCertificate;
import io.volunteerrules.core.certificate.Verification;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    /** A fresh, empty database for one test. */
    abstract JdbcDatabase database();

    static CertificateContent content(String volunteerId, String hours) {
        return new CertificateContent("A",
                new CertificateContent.VolunteerInfo(volunteerId, "张某", null, LocalDate.of(1992, 9, 9), "居民身份证",
                        "410105199209090000", "ZYZZ-0001", "ZHIYUAN_ZHENGZHOU", null),
                "ACT1", "社区助老", "ORG-A",
                List.of(new CertificateContent.Service("R1", "社区助老", LocalDate.of(2026, 4, 30), "文化路街道", "陪伴独居老人",
                        new BigDecimal(hours), "金水区青年志愿者协会", "赵某")),
                new BigDecimal(hours), List.of(), List.of(), List.of(),
                new CertificateContent.Issuer("ORG-B", "郑州市青年志愿者协会", "孙某", "李某", "0371-22222222"),
                List.of("金水区青年志愿者协会 (ORG-A) MERGED 2026-05-10 → ORG-B [ZZ-2.5, MCA-2015-3]"));
    }

    @Test
    void register_numbers_entries_and_finds_them_again() {
        JdbcCertificateRegister register = JdbcCertificateRegister.open(database(), KEY);
        IssuedCertificate first = register.register(content("V1", "3.5"), DAY);
        IssuedCertificate second = register.register(content("V2", "2"), DAY);

        assertThat(first.number()).matches("ZZZY-2026-\\d{8}");
        assertThat(second.number()).isNotEqualTo(first.number());
        assertThat(register.find(first.number())).contains(first);
        assertThat(register.entries()).containsExactly(first, second);
        assertThat(register.codeMatches(first)).isTrue();
    }

    @Test
    void verify_confirms_a_genuine_certificate() {
        JdbcCertificateRegister register = JdbcCertificateRegister.open(database(), KEY);
        IssuedCertificate c = register.register(content("V1", "3.5"), DAY);

        Verification v = register.verify(c.number(), content("V1", "3.50"), c.verificationCode());

        assertThat(v.genuine()).isTrue();
    }

    @Test
    void verify_names_the_field_changed_on_a_forged_certificate() {
        JdbcCertificateRegister register = JdbcCertificateRegister.open(database(), KEY);
        IssuedCertificate c = register.register(content("V1", "3.5"), DAY);

        Verification v = register.verify(c.number(), content("V1", "35"), c.verificationCode());

        assertThat(v.status()).isEqualTo(Verification.Status.ALTERED);
        assertThat(v.changedFields()).containsExactly("services[0].hours", "totalHours");
    }

    @Test
    void verify_rejects_a_wrong_code_and_an_unknown_number() {
        JdbcCertificateRegister register = JdbcCertificateRegister.open(database(), KEY);
        IssuedCertificate c = register.register(content("V1", "3.5"), DAY);

        assertThat(register.verify(c.number(), c.content(), "0".repeat(64)).changedFields())
                .containsExactly("verificationCode");
        assertThat(register.verify("ZZZY-2026-99999999", c.content(), c.verificationCode()).status())
                .isEqualTo(Verification.Status.UNKNOWN_NUMBER);
    }

    @Test
    void a_code_made_with_another_key_does_not_match() {
        JdbcDatabase db = database();
        IssuedCertificate c = JdbcCertificateRegister.open(db, KEY).register(content("V1", "3.5"), DAY);
        JdbcCertificateRegister other = JdbcCertificateRegister.open(db, "another-key-of-16-bytes!".getBytes(StandardCharsets.UTF_8));

        assertThat(other.codeMatches(c)).isFalse();
    }

    @Test
    void numbers_keep_counting_after_the_register_is_reopened() {
        JdbcDatabase db = database();
        IssuedCertificate before = JdbcCertificateRegister.open(db, KEY).register(content("V1", "3.5"), DAY);

        JdbcCertificateRegister reopened = JdbcCertificateRegister.open(db, KEY);
        IssuedCertificate after = reopened.register(content("V2", "1"), DAY);

        assertThat(after.number()).isGreaterThan(before.number());
        assertThat(reopened.find(before.number())).contains(before);
        assertThat(reopened.verify(before.number(), before.content(), before.verificationCode()).genuine()).isTrue();
    }

    @Test
    void many_threads_issuing_at_once_get_distinct_numbers_and_no_entry_is_lost() throws Exception {
        JdbcCertificateRegister register = JdbcCertificateRegister.open(database(), KEY);
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
    void open_refuses_a_short_key() {
        assertThatThrownBy(() -> JdbcCertificateRegister.open(database(), new byte[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("verification key must be at least 16 bytes");
    }
}
