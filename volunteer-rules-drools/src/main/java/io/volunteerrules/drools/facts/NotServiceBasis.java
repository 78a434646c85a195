package io.volunteerrules.drools.facts;

import io.volunteerrules.core.text.Labelled;

/** Why an activity is not volunteer service (MCA-CERT-19); labels in this package's labels.properties. */
public enum NotServiceBasis implements Labelled {
    /** It charges, or in effect charges, the people it serves (VSR-21). */
    CHARGES_SERVED,
    /** It makes a profit in the name of volunteer service (VSR-25). */
    PROFIT_MAKING
}
