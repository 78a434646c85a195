package io.volunteerrules.drools.internal.facts;

/** A record of service already recorded under {@code originalId}: the service counts once. */
public record DuplicateRecord(String recordId, String originalId) {
}
