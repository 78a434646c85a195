package io.volunteerrules.core.timebank;

/** The ledger could not store or read an entry; nothing half-done is kept. */
public class LedgerException extends RuntimeException {

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
