package io.volunteerrules.core.decision;

/**
 * What a reason does to the outcome. One {@code REFUSE} refuses; otherwise one {@code REVIEW}
 * sends the question to a person; otherwise the question is allowed. {@code PASS} (a requirement
 * met) and {@code INFO} (how a fact was classified) explain and never block.
 */
public enum Effect {
    REFUSE,
    REVIEW,
    PASS,
    INFO
}
