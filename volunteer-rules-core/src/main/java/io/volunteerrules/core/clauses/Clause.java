package io.volunteerrules.core.clauses;

import java.util.Set;

/**
 * A clause that rules may cite.
 *
 * @param id   e.g. {@code ZZ-2.3}, {@code VSR-17}, {@code HN-8}, {@code MCA-CERT-14}
 * @param kind {@code decides}, {@code reports} or {@code context} (see CLAUSES.md): a clause that
 *             {@code decides} has at least one rule that cites it and a scenario that expects it (the
 *             build checks both)
 * @param text the clause in short, in English
 * @param why  for a clause that does not decide, why no rule decides it from facts; for one that
 *             decides, the part of it no rule decides and why; {@code null} when there is nothing to say
 */
public record Clause(String id, String kind, String text, String why) {

    /** The kinds a clause may be of. */
    public static final Set<String> KINDS = Set.of("decides", "reports", "context");

    /** A clause with nothing to say about what no rule decides. */
    public Clause(String id, String kind, String text) {
        this(id, kind, text, null);
    }

    /** Whether rules decide this clause from facts. */
    public boolean decides() {
        return "decides".equals(kind);
    }
}
