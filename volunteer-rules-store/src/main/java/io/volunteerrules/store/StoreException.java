package io.volunteerrules.store;

/** A database operation failed; its transaction was rolled back, so nothing half-done is kept. */
public class StoreException extends io.volunteerrules.core.certificate.RegisterException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
