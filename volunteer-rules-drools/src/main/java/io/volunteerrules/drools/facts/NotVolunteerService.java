package io.volunteerrules.drools.facts;

/**
 * An activity that is not volunteer service (MCA-CERT-19): it charges the people served (VSR-21) or
 * makes a profit (VSR-25). Its hours are not recorded and no certificate covers it.
 */
public record NotVolunteerService(String activityId, NotServiceBasis basis) {
}
