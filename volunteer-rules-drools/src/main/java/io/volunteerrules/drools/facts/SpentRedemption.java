package io.volunteerrules.drools.facts;

import java.math.BigDecimal;

/**
 * Derived by the time-bank rules: one of the volunteer's redemptions that spent {@code cost} hours by
 * the as-of date (not refused, and not the redemption asked about).
 */
public record SpentRedemption(String subject, String redemptionId, BigDecimal cost) {
}
