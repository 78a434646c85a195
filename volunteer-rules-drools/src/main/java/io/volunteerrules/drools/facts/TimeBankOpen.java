package io.volunteerrules.drools.facts;

import java.time.LocalDate;

/** Derived by the time-bank rules: the city's time bank is open on the question's as-of date, since {@code openedOn}. */
public record TimeBankOpen(String subject, LocalDate openedOn) {
}
