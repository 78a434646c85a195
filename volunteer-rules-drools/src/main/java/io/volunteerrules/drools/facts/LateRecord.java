package io.volunteerrules.drools.facts;

/** A record entered more working days after the activity ended than the recording window allows. */
public record LateRecord(String recordId, int workingDays, int window) {
}
