package io.volunteerrules.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CertificateKeysTest {

    private static final byte[] NEW = "the new key of 16 bytes or more".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OLD = "the old key of 16 bytes or more".getBytes(StandardCharsets.UTF_8);

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    @Test
    void parse_reads_ids_and_keys_and_the_first_signs() {
        CertificateKeys keys = CertificateKeys.parse("2027a:" + b64(NEW) + ", 2026a:" + b64(OLD));

        assertThat(keys.signingId()).isEqualTo("2027a");
        assertThat(keys.ids()).containsExactly("2027a", "2026a");
        assertThat(keys.signingKey()).isEqualTo(NEW);
        assertThat(keys.key("2026a")).contains(OLD);
        assertThat(keys.key("2025a")).isEmpty();
    }

    @Test
    void to_string_names_ids_never_keys() {
        CertificateKeys keys = CertificateKeys.of("k2", NEW).withOlder("k1", OLD);

        assertThat(keys.toString()).isEqualTo("CertificateKeys[k2, k1] (signing with k2)")
                .doesNotContain(b64(NEW)).doesNotContain(new String(NEW, StandardCharsets.UTF_8));
    }

    @Test
    void malformed_configuration_is_refused_naming_the_entry_but_not_the_key() {
        assertThatThrownBy(() -> CertificateKeys.parse(" "))
                .hasMessage("certificate keys are empty: give id:base64-key[,id:base64-key…], the signing key first");
        assertThatThrownBy(() -> CertificateKeys.parse("k1:" + b64(NEW) + "," + b64(OLD)))
                .hasMessage("certificate key 2 has no id: write id:base64-key");
        assertThatThrownBy(() -> CertificateKeys.parse("k1:not base64!"))
                .hasMessage("certificate key \"k1\" is not valid base64");
        assertThatThrownBy(() -> CertificateKeys.parse("k1:" + b64(new byte[8])))
                .hasMessage("certificate key \"k1\" must be at least 16 bytes (it has 8)");
        assertThatThrownBy(() -> CertificateKeys.parse("k1:" + b64(NEW) + ",k1:" + b64(OLD)))
                .hasMessage("certificate key id \"k1\" is given twice");
        assertThatThrownBy(() -> CertificateKeys.parse("a b:" + b64(NEW)))
                .hasMessage("certificate key id \"a b\" must be 1 to 32 letters, digits, '.', '_' or '-'");
    }

    @Test
    void configuration_is_read_from_the_system_property() {
        String before = System.getProperty(CertificateKeys.SYSTEM_PROPERTY);
        try {
            System.setProperty(CertificateKeys.SYSTEM_PROPERTY, "p1:" + b64(NEW));
            assertThat(CertificateKeys.fromConfiguration().signingId()).isEqualTo("p1");
        } finally {
            if (before == null) {
                System.clearProperty(CertificateKeys.SYSTEM_PROPERTY);
            } else {
                System.setProperty(CertificateKeys.SYSTEM_PROPERTY, before);
            }
        }
    }

    @Test
    void no_configuration_is_a_clear_error() {
        String before = System.getProperty(CertificateKeys.SYSTEM_PROPERTY);
        System.clearProperty(CertificateKeys.SYSTEM_PROPERTY);
        try {
            if (System.getenv(CertificateKeys.ENVIRONMENT_VARIABLE) == null) {
                assertThatThrownBy(CertificateKeys::fromConfiguration)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("no certificate keys configured: set VOLUNTEER_RULES_CERTIFICATE_KEYS");
            }
        } finally {
            if (before != null) {
                System.setProperty(CertificateKeys.SYSTEM_PROPERTY, before);
            }
        }
    }
}
