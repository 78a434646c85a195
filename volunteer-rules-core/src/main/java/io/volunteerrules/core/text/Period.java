package io.volunteerrules.core.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of whole days, written as people write it: 2026年5月1日至3日 / 1 to 3 May 2026, and a
 * single day as that day alone (2026年5月1日 / 1 May 2026).
 *
 * @param from the first day
 * @param to   the last day, not before {@code from}
 */
public record Period(LocalDate from, LocalDate to) {

    /**
     * @throws NullPointerException     if a day is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public Period {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period must not end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The period in the given language. */
    public String written(Language language) {
        if (from.equals(to)) {
            return Dates.written(from, language);
        }
        boolean sameYear = from.getYear() == to.getYear();
        boolean sameMonth = sameYear && from.getMonth() == to.getMonth();
        if (language == Language.ZH) {
            String end = sameMonth ? to.getDayOfMonth() + "日"
                    : sameYear ? to.getMonthValue() + "月" + to.getDayOfMonth() + "日"
                    : Dates.written(to, language);
            return Dates.written(from, language) + "至" + end;
        }
        String start = sameMonth ? String.valueOf(from.getDayOfMonth())
                : sameYear ? from.getDayOfMonth() + " " + Dates.month(from)
                : Dates.written(from, language);
        return start + " to " + Dates.written(to, language);
    }
}
