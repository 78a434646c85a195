package io.volunteerrules.drools.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Working days by the Chinese calendar as staff maintain it: Monday to Friday, except the public
 * holidays listed, plus the weekend days listed as working days (调休上班). Dates come from the
 * parameter table as ISO strings.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** Whether {@code day} is a working day under the listed holidays and adjusted working days. */
    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {
        if (adjustedWorkingDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The number of working days after {@code end} up to and including {@code on}: 0 when the record
     * was entered on or before the activity's last day.
     */
    public static int after(LocalDate end, LocalDate on, List<String> holidays, List<String> adjustedWorkingDays) {
        if (end == null || on == null || !on.isAfter(end)) {
            return 0;
        }
        // weekdays counted by whole weeks, then the listed days inside the span corrected one by
        // one: the cost does not grow with the span (a record entered decades late costs the same)
        LocalDate first = end.plusDays(1);
        long days = ChronoUnit.DAYS.between(first, on) + 1;
        long n = (days / 7) * 5;
        LocalDate d = first.plusDays(days - days % 7);
        for (long i = 0; i < days % 7; i++, d = d.plusDays(1)) {
            if (weekday(d)) {
                n++;
            }
        }
        Set<LocalDate> h = dates(holidays);
        Set<LocalDate> w = dates(adjustedWorkingDays);
        for (LocalDate day : h) {
            if (!day.isBefore(first) && !day.isAfter(on) && weekday(day) && !w.contains(day)) {
                n--;
            }
        }
        for (LocalDate day : w) {
            if (!day.isBefore(first) && !day.isAfter(on) && !weekday(day)) {
                n++;
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    private static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Set<LocalDate> dates(List<String> items) {
        Set<LocalDate> out = new HashSet<>();
        for (String s : items) {
            out.add(LocalDate.parse(s));
        }
        return out;
    }
}
