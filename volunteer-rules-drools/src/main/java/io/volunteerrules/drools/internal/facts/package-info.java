/**
 * Internal: the facts the rules reason about — the case facts each question is resolved into, and
 * the facts the rules derive (findings, derived values, classifications). Bundled rules and rules
 * directories import them; an application does not, and they may change in any release without
 * notice. The API is {@link io.volunteerrules.drools.VolunteerRules} and the core's request and
 * decision types.
 */
package io.volunteerrules.drools.internal.facts;
