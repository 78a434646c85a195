package io.volunteerrules.core.certificate;

import java.util.List;

/**
 * The answer to "is this certificate genuine?" (MCA-CERT-17).
 *
 * @param status        GENUINE, UNKNOWN_NUMBER or ALTERED
 * @param changedFields the fields whose presented value differs from the register's, as JSON paths
 *                      ({@code services[0].hours}); empty unless ALTERED
 */
public record Verification(Status status, List<String> changedFields) {

    public Verification {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    /** Whether the certificate is in the register exactly as presented. */
    public boolean genuine() {
        return status == Status.GENUINE;
    }

    /** The three answers. */
    public enum Status {
        /** The number is registered and the content and code match. */
        GENUINE,
        /** No certificate with that number was issued. */
        UNKNOWN_NUMBER,
        /** The number is registered but the content or the code presented differs. */
        ALTERED
    }
}
