package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.text.Labelled;

/**
 * How one body comes to act for another as issuer (ZZ-2.5, MCA-2015-3); labels in this package's
 * labels.properties.
 */
public enum HandoverKind implements Labelled {
    /** The body it merged into. */
    MERGED_INTO,
    /** The body that took over its (volunteer) work. */
    TOOK_OVER_WORK,
    /** Its superior unit (competent department). */
    SUPERIOR_UNIT
}
