package io.volunteerrules.drools.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Derived by the practice-credit rules: the student's counted service from {@code enrolledOn} (the
 * enrolment in force on the as-of date) up to the as-of date, and the hours of service before it, which
 * do not count.
 */
public record StudentHours(String subject, LocalDate enrolledOn, BigDecimal hours, int records, long activities,
        BigDecimal hoursBeforeEnrolment) {
}
