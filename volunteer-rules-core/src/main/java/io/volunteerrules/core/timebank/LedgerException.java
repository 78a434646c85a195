package io.volunteerrules.core.timebank;

import io.volunteerrules.core.VolunteerRulesException;

/** The ledger could not store or read an entry; nothing half-done is kept. */
public class LedgerException extends VolunteerRulesException {

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
