package io.volunteerrules.core.certificate;

/** The register could not store or read an entry; nothing half-done is kept. */
public class RegisterException extends RuntimeException {

    public RegisterException(String message, Throwable cause) {
        super(message, cause);
    }
}
