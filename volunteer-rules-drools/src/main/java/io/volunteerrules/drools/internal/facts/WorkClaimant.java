package io.volunteerrules.drools.internal.facts;

/**
 * On the walk for the certificate {@code subject}, {@code claimantId} is a body that continues the work
 * of {@code orgId} (ZZ-2.5 承接其工作的单位): certificates.drl derives who, by the body's status, from
 * the body it names and the bodies that claim its work. Equal claims from several sources are one fact.
 */
public record WorkClaimant(String subject, String orgId, String claimantId) {
}
