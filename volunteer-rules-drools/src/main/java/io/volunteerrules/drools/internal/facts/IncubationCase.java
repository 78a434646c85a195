package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Incubation;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Dates;
import io.volunteerrules.core.text.Language;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * One incubation-support question: the organisation and its incubation period in force on the as-of
 * date, if any, with the whole months it has spent in incubation by then (the entry day counts as
 * month 0; a month is complete on the same day of the next month).
 *
 * @param subject    {@code incubation-support:<organisation id>}
 * @param incubation the period in force on {@code asOf}, or null when the organisation is not in incubation
 * @param latest     the period in force, or else the one that ended last, or null if it never was
 * @param months     whole months from entry to {@code asOf} for the period in force, else 0
 */
@EngineMade
public record IncubationCase(String subject, LocalDate asOf, Organisation organisation, Incubation incubation,
        Incubation latest, int months) {

    /** Resolves the case from the organisation's incubation periods. */
    public static IncubationCase of(String subject, LocalDate asOf, Organisation org, List<Incubation> periods) {
        Incubation current = periods.stream().filter(i -> i.inForceOn(asOf))
                .max(Comparator.comparing(Incubation::enteredOn)).orElse(null);
        Incubation latest = current != null ? current : periods.stream()
                .filter(i -> !i.enteredOn().isAfter(asOf))
                .max(Comparator.comparing(Incubation::enteredOn)).orElse(null);
        int months = current == null ? 0 : (int) ChronoUnit.MONTHS.between(current.enteredOn(), asOf);
        return new IncubationCase(subject, asOf, org, current, latest, months);
    }

    /** Whether the organisation is in incubation on the as-of date. */
    public boolean inIncubation() {
        return incubation != null;
    }

    /**
     * Whether the as-of date falls within {@code maximumMonths} months of entering incubation: with
     * 24 months, an organisation that entered on 2024-06-01 is supported through 2026-05-31.
     */
    public boolean withinMonths(int maximumMonths) {
        return incubation != null && asOf.isBefore(incubation.enteredOn().plusMonths(maximumMonths));
    }

    /** The last day of support under a term of {@code maximumMonths} months. */
    public LocalDate lastSupportedDay(int maximumMonths) {
        return incubation.enteredOn().plusMonths(maximumMonths).minusDays(1);
    }

    /** Where the organisation last was in incubation, for messages. */
    public Bilingual history() {
        if (latest == null) {
            return new Bilingual("从未入驻孵化基地", "it has never been at an incubation base");
        }
        return new Bilingual("已于" + Dates.written(latest.leftOn(), Language.ZH) + "离开" + latest.baseName(),
                "it left " + latest.baseName() + " on " + Dates.written(latest.leftOn(), Language.EN));
    }

    /** The organisation's name, for messages. */
    public String organisationName() {
        return organisation.name();
    }
}
