package io.volunteerrules.drools.facts;

/**
 * Of two records of the same service, {@code standingId} stands before {@code repeatId}: records.drl
 * decides it (a verified record before a pending one, then the one entered first, then the lower id),
 * and the record that nothing stands before is the one that counts.
 */
public record RecordPrecedence(String standingId, String repeatId) {
}
