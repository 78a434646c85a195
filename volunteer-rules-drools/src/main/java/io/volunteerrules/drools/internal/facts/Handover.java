package io.volunteerrules.drools.internal.facts;

import java.util.List;

/**
 * A policy rule's finding that the body at {@code step} cannot issue and {@code toId} acts in its
 * place, as {@code kind} says. The walking rules then continue from {@code toId}, or stop at a cycle.
 *
 * @param rule    the rule that found it
 * @param clauses the clause ids that rule cites
 */
public record Handover(IssuerStep step, OrganisationState from, HandoverKind kind, String toId, String rule,
        List<String> clauses) {

    public Handover {
        clauses = List.copyOf(clauses);
    }

    public String subject() {
        return step.subject();
    }

    /** This hand-over as a step of the chain. */
    public ChainLink link() {
        return new ChainLink(step.chain().size() + 1, from.id(), from.name(), from.status(), from.statusChangedOn(),
                kind, toId, rule, clauses);
    }
}
