package io.volunteerrules.drools.internal.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * The walk for one certificate has reached {@code orgId}, through {@code chain}. The walk never
 * visits a body twice (a link back is a cycle), so it ends within as many steps as there are bodies.
 */
public record IssuerStep(String subject, String orgId, List<ChainLink> chain) {

    public IssuerStep {
        chain = List.copyOf(chain);
    }

    /** Whether the walk already passed through {@code id} (or started there). */
    public boolean visited(String id) {
        return orgId.equals(id) || chain.stream().anyMatch(l -> l.fromId().equals(id));
    }

    /** The walk one step further. */
    public IssuerStep next(Handover h) {
        List<ChainLink> longer = new ArrayList<>(chain);
        longer.add(h.link());
        return new IssuerStep(subject, h.toId(), longer);
    }
}
