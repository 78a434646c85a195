package io.volunteerrules.core.certificate;

/**
 * The answer to "is this certificate genuine?" (MCA-CERT-17): genuine or not, nothing more. A
 * certificate that is not genuine is not explained field by field, so that nobody holding a number can
 * confirm a guess of the holder's details one field at a time.
 *
 * @param status GENUINE or NOT_GENUINE
 */
public record Verification(Status status) {

    /** The answer for a certificate that is in the register exactly as presented. */
    public static final Verification GENUINE = new Verification(Status.GENUINE);

    /** The answer for every other certificate. */
    public static final Verification NOT_GENUINE = new Verification(Status.NOT_GENUINE);

    public Verification {
        java.util.Objects.requireNonNull(status, "status must not be null");
    }

    /** The answer for a yes or no. */
    public static Verification of(boolean genuine) {
        return genuine ? GENUINE : NOT_GENUINE;
    }

    /** Whether the certificate is in the register exactly as presented. */
    public boolean genuine() {
        return status == Status.GENUINE;
    }

    /** The two answers. */
    public enum Status {
        /**
         * The number is registered, the stored entry still carries the code the register's key gives
         * its stored content, and the content and code presented are that entry's.
         */
        GENUINE,
        /**
         * Anything else: an unknown number, a different content or code, or a stored entry changed
         * after it was signed.
         */
        NOT_GENUINE
    }
}
