package io.volunteerrules.drools.facts;

import io.volunteerrules.core.text.Labelled;

/** Civil capacity (民事行为能力), CC-17 to CC-20. */
public enum CapacityLevel implements Labelled {
    FULL,
    LIMITED,
    NONE;
}
