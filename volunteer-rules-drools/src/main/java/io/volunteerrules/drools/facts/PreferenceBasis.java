package io.volunteerrules.drools.facts;

import io.volunteerrules.core.text.Labelled;

/** What makes a volunteer eligible for preferential treatment: the star level, or a recent commendation. */
public enum PreferenceBasis implements Labelled {
    STAR_LEVEL,
    COMMENDATION;
}
