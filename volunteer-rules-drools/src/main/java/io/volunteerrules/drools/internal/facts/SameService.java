package io.volunteerrules.drools.internal.facts;

/**
 * Records {@code recordId} and {@code otherId} record one service: records.drl decides it (the same
 * volunteer, activity, date and hours). Derived both ways round, once for each record of the pair.
 */
public record SameService(String recordId, String otherId) {
}
