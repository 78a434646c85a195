package io.volunteerrules.core.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The issuance register (编号、登记, ZZ-2.5): gives each certificate a number unique across every
 * issuer and every restart, keeps an entry of it, and lets a third party verify a certificate
 * (MCA-CERT-17). Implementations must be safe for many threads issuing at once. The JDBC one lives in
 * {@code volunteer-rules-store}.
 */
public interface CertificateRegister {

    /**
     * Numbers, registers and signs a certificate in one step: either the entry is stored with its
     * number and code, or nothing is.
     *
     * @param content  the content of an allowed certificate decision
     * @param issuedOn the day of issue (the decision's as-of date)
     * @throws RegisterException if the register cannot store it
     */
    IssuedCertificate register(CertificateContent content, LocalDate issuedOn);

    /** The registered certificate with this number, if any. */
    Optional<IssuedCertificate> find(String number);

    /** Every registered certificate, in the order they were numbered. */
    List<IssuedCertificate> entries();

    /**
     * Checks a certificate as presented by its holder: the number must be registered, the content the
     * same field by field, and the code the one the register issued.
     */
    default Verification verify(String number, CertificateContent presented, String verificationCode) {
        Optional<IssuedCertificate> stored = find(number);
        if (stored.isEmpty()) {
            return new Verification(Verification.Status.UNKNOWN_NUMBER, List.of());
        }
        IssuedCertificate s = stored.get();
        List<String> changed = new java.util.ArrayList<>(Canonical.differences(s.content(), presented));
        if (!s.verificationCode().equals(verificationCode)) {
            changed.add("verificationCode");
        }
        return changed.isEmpty() ? new Verification(Verification.Status.GENUINE, List.of())
                : new Verification(Verification.Status.ALTERED, changed);
    }
}
