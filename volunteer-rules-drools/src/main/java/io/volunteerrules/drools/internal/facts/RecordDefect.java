package io.volunteerrules.drools.internal.facts;

/** A field a service or training record lacks (MCA-CERT-7/8); such a record does not count. */
public record RecordDefect(String recordId, String field) {
}
