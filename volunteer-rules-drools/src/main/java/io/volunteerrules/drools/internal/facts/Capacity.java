package io.volunteerrules.drools.internal.facts;

import java.time.LocalDate;

/**
 * Derived by the capacity rules: the volunteer's civil capacity for one assignment question.
 *
 * @param subject        the question's subject
 * @param level          the capacity on the task's first day
 * @param limitedThrough for a limited capacity, the last day of the task on which it is still
 *                       limited (the capacity rules work it out: a minor's ends the day before they
 *                       reach full age, or the self-supporting age); null for any other level
 */
public record Capacity(String subject, CapacityLevel level, LocalDate limitedThrough) {

    public Capacity {
        if (level == CapacityLevel.LIMITED && limitedThrough == null) {
            throw new IllegalArgumentException("a limited capacity needs the last day of the task on which it holds");
        }
        if (level != CapacityLevel.LIMITED) {
            limitedThrough = null;
        }
    }

    /** A full capacity, or none: one that does not end during the task. */
    public Capacity(String subject, CapacityLevel level) {
        this(subject, level, null);
    }
}
