package io.volunteerrules.benchmarks.reference;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Effect;
import io.volunteerrules.core.decision.Reason;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The part of a decision that the plain-Java reference and the rules engine must agree on: the
 * outcome, and every rule that fired with its effect (so the refusing rules, the one asking for
 * review, the requirements met and the classifications all count). Messages are not compared.
 *
 * @param subject the question's subject, {@code assignment:A1}
 * @param status  {@code ALLOWED}, {@code REFUSED} or {@code NEEDS_REVIEW}
 * @param rules   the fired rules by name, with their effects
 */
public record Verdict(String subject, String status, SortedMap<String, Effect> rules) {

    public Verdict {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(status, "status must not be null");
        rules = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(rules));
    }

    /** The verdict a decision of the engine gives. */
    public static Verdict of(Decision d) {
        SortedMap<String, Effect> rules = new TreeMap<>();
        for (Reason r : d.allReasons()) {
            rules.put(r.rule(), r.effect());
        }
        return new Verdict(d.question().subject(), d.outcome().status(), rules);
    }

    /** The outcome the fired rules give: refused if any refuses, else needing review if any asks, else allowed. */
    public static Verdict decide(String subject, Map<String, Effect> rules) {
        String status = rules.containsValue(Effect.REFUSE) ? "REFUSED"
                : rules.containsValue(Effect.REVIEW) ? "NEEDS_REVIEW" : "ALLOWED";
        return new Verdict(subject, status, new TreeMap<>(rules));
    }

    /** The rules that refused. */
    public java.util.SortedSet<String> refusing() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        rules.forEach((k, v) -> {
            if (v == Effect.REFUSE) {
                out.add(k);
            }
        });
        return out;
    }
}
