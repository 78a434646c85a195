package io.volunteerrules.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Effect;
import io.volunteerrules.core.decision.Outcome;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.CertificateQuestion;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateIssuerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final byte[] KEY = "a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8);

    static CertificateContent content(String hours) {
        return new CertificateContent("B",
                new CertificateContent.VolunteerInfo("V1", "张某", null, null, "居民身份证", "410105199209090000", null,
                        null, null),
                "ACT1", "社区助老", "ORG-A",
                List.of(new CertificateContent.Service("R1", "社区助老", DAY, "文化路街道", "陪伴", new BigDecimal(hours),
                        "ORG-A", "赵某")),
                new BigDecimal(hours), null, null, null,
                new CertificateContent.Issuer("ORG-A", "金水区青年志愿者协会", "赵某", "钱某", "0371-11111111"), null);
    }

    /** A register in a list, enough to see what the issuer hands it. */
    static final class ListRegister implements CertificateRegister {
        final List<IssuedCertificate> entries = new ArrayList<>();

        @Override
        public synchronized IssuedCertificate register(CertificateContent content, LocalDate issuedOn) {
            String number = "T-" + (entries.size() + 1);
            IssuedCertificate c = new IssuedCertificate(number, issuedOn, content,
                    Canonical.code(KEY, number, issuedOn, content));
            entries.add(c);
            return c;
        }

        @Override
        public Optional<IssuedCertificate> find(String number) {
            return entries.stream().filter(c -> c.number().equals(number)).findFirst();
        }

        @Override
        public List<IssuedCertificate> entries() {
            return List.copyOf(entries);
        }

        @Override
        public Verification verify(String number, CertificateContent presented, String verificationCode) {
            return Verification.of(find(number).filter(c -> Canonical.sameCode(
                            Canonical.code(KEY, c.number(), c.issuedOn(), c.content()), c.verificationCode()))
                    .filter(c -> Canonical.sameContent(c.content(), presented))
                    .filter(c -> Canonical.sameCode(c.verificationCode(), verificationCode))
                    .isPresent());
        }
    }

    private static Decision decision(Object question, Outcome outcome, Map<String, Object> values) {
        return new Decision((io.volunteerrules.core.request.Question) question, DAY, outcome, List.of(), values, "sha256:test");
    }

    private static final Reason PASS = new Reason("certificate-content-complete", List.of("ZZ-2.5"), Effect.PASS, "齐全", "complete");
    private static final Reason REFUSE = new Reason("issuer-undetermined-cycle", List.of("ZZ-2.5"), Effect.REFUSE, "循环", "cycle");

    @Test
    void issue_registers_the_content_of_an_allowed_decision_dated_its_as_of_day() {
        ListRegister register = new ListRegister();
        Decision d = decision(new CertificateQuestion("V1", "ACT1"), new Outcome.Allowed(List.of(PASS)),
                Map.of("certificate", content("3.5")));

        IssuedCertificate c = CertificateIssuer.issue(d, register);

        assertThat(c.issuedOn()).isEqualTo(DAY);
        assertThat(c.content()).isEqualTo(content("3.5"));
        assertThat(register.entries).containsExactly(c);
    }

    @Test
    void issue_reads_the_content_of_a_decision_read_back_from_json() throws Exception {
        Map<String, Object> asJson = Json.mapper().readValue(Json.mapper().writeValueAsString(content("3.5")),
                new TypeReference<Map<String, Object>>() { });
        Decision d = decision(new CertificateQuestion("V1", "ACT1"), new Outcome.Allowed(List.of(PASS)),
                Map.of("certificate", asJson));

        assertThat(CertificateIssuer.issue(d, new ListRegister()).content()).isEqualTo(content("3.5"));
    }

    @Test
    void issue_refuses_a_decision_that_was_not_allowed_and_registers_nothing() {
        ListRegister register = new ListRegister();
        Decision d = decision(new CertificateQuestion("V1", "ACT1"), new Outcome.Refused(List.of(REFUSE)), Map.of());

        assertThatThrownBy(() -> CertificateIssuer.issue(d, register))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was not allowed");
        assertThat(register.entries).isEmpty();
    }

    @Test
    void issue_refuses_a_decision_about_something_else() {
        Decision d = decision(new AssignmentQuestion("A1"), new Outcome.Allowed(List.of(PASS)), Map.of());

        assertThatThrownBy(() -> CertificateIssuer.issue(d, new ListRegister()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decision answers assignment:A1, not a certificate question");
    }

    @Test
    void the_code_changes_with_any_field_and_ignores_trailing_zeros() {
        String code = Canonical.code(KEY, "N1", DAY, content("3.5"));

        assertThat(Canonical.code(KEY, "N1", DAY, content("3.50"))).isEqualTo(code);
        assertThat(Canonical.code(KEY, "N1", DAY, content("3.6"))).isNotEqualTo(code);
        assertThat(Canonical.code(KEY, "N2", DAY, content("3.5"))).isNotEqualTo(code);
        assertThat(Canonical.code(KEY, "N1", DAY.plusDays(1), content("3.5"))).isNotEqualTo(code);
    }

    @Test
    void same_content_ignores_trailing_zeros_and_same_code_needs_equal_codes() {
        assertThat(Canonical.sameContent(content("3.5"), content("3.50"))).isTrue();
        assertThat(Canonical.sameContent(content("3.5"), content("7"))).isFalse();
        assertThat(Canonical.sameContent(content("3.5"), null)).isFalse();
        String code = Canonical.code(KEY, "N1", DAY, content("3.5"));
        assertThat(Canonical.sameCode(code, Canonical.code(KEY, "N1", DAY, content("3.50")))).isTrue();
        assertThat(Canonical.sameCode(code, code.substring(1) + "0")).isFalse();
        assertThat(Canonical.sameCode(code, null)).isFalse();
    }

    @Test
    void verify_answers_not_genuine_without_naming_the_changed_field() {
        ListRegister register = new ListRegister();
        IssuedCertificate c = register.register(content("3.5"), DAY);

        assertThat(register.verify(c.number(), content("3.50"), c.verificationCode())).isEqualTo(Verification.GENUINE);
        assertThat(register.verify(c.number(), content("7"), c.verificationCode())).isEqualTo(Verification.NOT_GENUINE);
        assertThat(Verification.class.getRecordComponents()).extracting(java.lang.reflect.RecordComponent::getName)
                .containsExactly("status");
    }
}
