package io.volunteerrules.drools.internal.facts;

/** The certificate {@code subject} lacks the volunteer's {@code field}, which a parameter requires. */
public record MissingVolunteerField(String subject, String field) {
}
