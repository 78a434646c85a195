/**
 * Internal: the helpers DRL consequences and conditions call — arithmetic, date arithmetic and the
 * formatting of message values, and {@code Findings}, through which rules record findings and
 * derived values. No policy is decided here. Bundled rules and rules directories use them; an
 * application does not, and they may change in any release without notice.
 */
package io.volunteerrules.drools.internal.support;
