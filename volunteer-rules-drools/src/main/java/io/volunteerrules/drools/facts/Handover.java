package io.volunteerrules.drools.facts;

import io.volunteerrules.drools.support.Succession;

/**
 * A policy rule's finding that the body at {@code step} cannot issue and {@code toId} acts in its
 * place. The walking rules then continue from {@code toId}, or stop at a cycle.
 */
public record Handover(IssuerStep step, OrganisationState from, String via, String toId, String rule,
        String clauses) {

    public String subject() {
        return step.subject();
    }

    /** This hand-over as a step of the chain. */
    public ChainLink link() {
        return new ChainLink(step.chain().size() + 1, from.id(), from.name(), from.status().name(),
                from.statusChangedOn(), via, toId, rule, Succession.clauseList(clauses));
    }
}
