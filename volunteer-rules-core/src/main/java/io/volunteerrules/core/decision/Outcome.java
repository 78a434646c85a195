package io.volunteerrules.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The answer to a question: allowed, refused or in need of a person's review. Each outcome carries
 * the reasons that decided it, never none.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "status")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Outcome.Allowed.class, name = "ALLOWED"),
    @JsonSubTypes.Type(value = Outcome.Refused.class, name = "REFUSED"),
    @JsonSubTypes.Type(value = Outcome.NeedsReview.class, name = "NEEDS_REVIEW")
})
public sealed interface Outcome {

    /** The reasons that decided the outcome. */
    List<Reason> reasons();

    /** {@code ALLOWED}, {@code REFUSED} or {@code NEEDS_REVIEW}. */
    @JsonIgnore
    default String status() {
        if (this instanceof Refused) {
            return "REFUSED";
        }
        return this instanceof NeedsReview ? "NEEDS_REVIEW" : "ALLOWED";
    }

    /** Allowed, with the requirements found met. */
    record Allowed(List<Reason> reasons) implements Outcome {
        public Allowed {
            reasons = requireSome(reasons, "an allowed outcome");
        }
    }

    /** Refused, with every requirement found unmet. */
    record Refused(List<Reason> reasons) implements Outcome {
        public Refused {
            reasons = requireSome(reasons, "a refused outcome");
        }
    }

    /** Neither allowed nor refused until a person has reviewed the reasons. */
    record NeedsReview(List<Reason> reasons) implements Outcome {
        public NeedsReview {
            reasons = requireSome(reasons, "an outcome needing review");
        }
    }

    private static List<Reason> requireSome(List<Reason> reasons, String what) {
        if (reasons == null || reasons.isEmpty()) {
            throw new IllegalArgumentException(what + " must carry at least one reason");
        }
        return List.copyOf(reasons);
    }

    /**
     * The outcome that a set of reasons gives: refused if any refuses, else needing review if any
     * asks for it, else allowed. The decisive reasons are carried by the outcome.
     *
     * @throws IllegalArgumentException if {@code reasons} is empty
     */
    static Outcome of(List<Reason> reasons) {
        List<Reason> refusals = reasons.stream().filter(r -> r.effect() == Effect.REFUSE).toList();
        if (!refusals.isEmpty()) {
            return new Refused(refusals);
        }
        List<Reason> reviews = reasons.stream().filter(r -> r.effect() == Effect.REVIEW).toList();
        if (!reviews.isEmpty()) {
            return new NeedsReview(reviews);
        }
        return new Allowed(reasons);
    }
}
