package io.volunteerrules.drools.facts;

import java.math.BigDecimal;

/** Derived by the time-bank rules: the hours the volunteer's spent redemptions took, in all. */
public record TimeBankSpent(String subject, BigDecimal hours) {
}
