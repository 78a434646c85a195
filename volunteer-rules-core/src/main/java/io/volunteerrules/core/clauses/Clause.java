package io.volunteerrules.core.clauses;

/**
 * A clause that rules may cite.
 *
 * @param id   e.g. {@code ZZ-2.3}, {@code VSR-17}, {@code HN-8}, {@code MCA-CERT-14}
 * @param kind {@code decides}, {@code reports} or {@code context} (see CLAUSES.md)
 * @param text the clause in short, in English
 */
public record Clause(String id, String kind, String text) {
}
