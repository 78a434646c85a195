package io.volunteerrules.core.certificate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A certificate as issued: its number (unique across every issuer and every restart of the
 * register), the day it was issued, its content, and the verification code a third party checks it
 * by (MCA-CERT-17).
 */
public record IssuedCertificate(String number, LocalDate issuedOn, CertificateContent content,
        String verificationCode) {

    public IssuedCertificate {
        Objects.requireNonNull(number, "number must not be null");
        Objects.requireNonNull(issuedOn, "issuedOn must not be null");
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(verificationCode, "verificationCode must not be null");
    }
}
