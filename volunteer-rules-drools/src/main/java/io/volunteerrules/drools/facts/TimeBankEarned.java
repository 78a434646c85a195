package io.volunteerrules.drools.facts;

import java.math.BigDecimal;

/** Derived by the time-bank rules: the verified hours banked from the opening day up to the as-of date. */
public record TimeBankEarned(String subject, BigDecimal hours) {
}
