package io.volunteerrules.drools.internal.facts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a case fact that only the engine makes, from a request's questions (and, for the shared
 * facts, its records and organisations); the questions themselves are made only by the request. A
 * rule may match such a fact but never make one: the linter refuses {@code new} and any static
 * member of these types (and of the question types) in a rule file.
 *
 * <p>That is what lets the engine answer a request with only the rules that can fire for it: a rule
 * whose conditions need an engine-made fact the request does not bring can never fire, so the rule
 * base a request runs in leaves it out. Every type so marked must be a record (a final class), so
 * that no rule set can declare a type that passes for one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EngineMade {
}
