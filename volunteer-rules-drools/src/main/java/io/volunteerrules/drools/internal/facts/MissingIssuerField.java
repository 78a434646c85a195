package io.volunteerrules.drools.internal.facts;

/** The issuer found for the certificate {@code subject} lacks its {@code field}, which a parameter requires. */
public record MissingIssuerField(String subject, String issuerId, String field) {
}
