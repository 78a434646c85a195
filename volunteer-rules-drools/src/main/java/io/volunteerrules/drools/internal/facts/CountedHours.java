package io.volunteerrules.drools.internal.facts;

import java.math.BigDecimal;

/** The hours a record would count: time actually given, travel counted or not by the parameter. */
public record CountedHours(String recordId, BigDecimal hours, boolean travelIncluded) {
}
