package io.volunteerrules.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One year of the working-day calendar as the State Council's holiday notice for that year sets it
 * (国务院办公厅关于×年部分节假日安排的通知): the days that differ from an ordinary week.
 *
 * @param year    the year of the notice
 * @param notices where the days come from: the notice or notices (an amending notice, such as the
 *                one that extended the 2020 Spring Festival, is listed after the first)
 * @param days    each listed day: {@code true} a day off (a holiday, or a weekday made one),
 *                {@code false} a working day (调休上班, usually a weekend day made one)
 * @param names   the holiday each listed day belongs to (春节, 国庆节 …), for messages
 * @param file    the file it was read from, for messages
 */
public record CalendarYear(int year, List<String> notices, Map<LocalDate, Boolean> days, Map<LocalDate, String> names,
        String file) {

    public CalendarYear {
        notices = List.copyOf(notices);
        days = Map.copyOf(days);
        names = Map.copyOf(names);
    }
}
