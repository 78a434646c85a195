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
     * Checks a certificate as presented by its holder. It is genuine only when the number is
     * registered, the code stored with the entry is the one the register's key gives the entry's
     * <em>stored</em> content (so an entry changed in the database after signing never verifies), and
     * the content and code presented are the stored ones. The answer is genuine or not genuine and
     * never says which field differs.
     *
     * @throws RegisterException if the register cannot be read
     */
    Verification verify(String number, CertificateContent presented, String verificationCode);
}
