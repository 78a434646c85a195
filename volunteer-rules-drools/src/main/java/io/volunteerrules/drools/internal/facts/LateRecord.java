package io.volunteerrules.drools.internal.facts;

/** A record entered more working days after the activity ended than the recording window allows. */
public record LateRecord(String recordId, int workingDays, int window) {
}
