package io.volunteerrules.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.volunteerrules.core.request.Question;
import io.volunteerrules.core.text.Bilingual;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The answer to one question of a request.
 *
 * @param question       the question answered
 * @param asOf           the date the facts were judged as of
 * @param outcome        allowed, refused or needs review, with the reasons that decided it
 * @param context        the other reasons that explain it without deciding it (how facts were
 *                       classified, requirements met beside the one that refused)
 * @param values         values the rules derived for this question (a star level, an issuer), by name
 * @param ruleSetVersion content hash of the rule set that decided it
 */
@JsonIgnoreProperties(value = "nextSteps", allowGetters = true)
public record Decision(
        Question question,
        LocalDate asOf,
        Outcome outcome,
        List<Reason> context,
        Map<String, Object> values,
        String ruleSetVersion) {

    public Decision {
        Objects.requireNonNull(question, "question must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion must not be null");
        context = context == null ? List.of() : List.copyOf(context);
        values = values == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Every reason, the deciding ones first. */
    public List<Reason> allReasons() {
        return java.util.stream.Stream.concat(outcome.reasons().stream(), context.stream()).toList();
    }

    /**
     * What would change a refusal or a review: the next step of each deciding reason that has one,
     * in the order of the reasons, each once. Empty for an allowed outcome. Written to JSON as
     * {@code nextSteps}, apart from the reasons, so an application can show it on its own.
     */
    @JsonProperty("nextSteps")
    public List<Bilingual> nextSteps() {
        if (outcome instanceof Outcome.Allowed) {
            return List.of();
        }
        return outcome.reasons().stream().map(Reason::nextStep).filter(Objects::nonNull).distinct().toList();
    }

    /** Every clause id cited by any reason, in order of first appearance. */
    public List<String> citedClauses() {
        return allReasons().stream().flatMap(r -> r.clauses().stream()).distinct().toList();
    }

    /** The names of the rules behind the reasons, in order of first appearance. */
    public List<String> firedRules() {
        return allReasons().stream().map(Reason::rule).distinct().toList();
    }
}
