package io.volunteerrules.drools.internal.facts;

import java.util.List;

/** The walk for a certificate ended at an active body, which issues with its own seal. */
public record IssuerFound(String subject, OrganisationState issuer, List<ChainLink> chain) {

    public IssuerFound {
        chain = List.copyOf(chain);
    }

    /** The issuing body as given in the request. */
    public io.volunteerrules.core.model.Organisation organisation() {
        return issuer.organisation();
    }

    public String issuerId() {
        return issuer.id();
    }
}
