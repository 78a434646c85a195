package io.volunteerrules.core.certificate;

import io.volunteerrules.core.VolunteerRulesException;

/** The register could not store or read an entry; nothing half-done is kept. */
public class RegisterException extends VolunteerRulesException {

    public RegisterException(String message, Throwable cause) {
        super(message, cause);
    }
}
