package io.volunteerrules.drools.internal.facts;

/** Derived by the capacity rules: the volunteer's civil capacity for one assignment question. */
public record Capacity(String subject, CapacityLevel level) {
}
