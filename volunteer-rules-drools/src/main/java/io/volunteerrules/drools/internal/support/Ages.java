package io.volunteerrules.drools.internal.support;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person's age in whole years on a day, counted one of two ways (the parameter
 * {@code capacity.age-reached-day-after-birthday} says which).
 *
 * <p>From the day after the birthday, as the Civil Code counts periods: the day of birth is not
 * counted (民法典 art 201, 开始的当日不计入,自下一日开始计算); a period of years ends on the corresponding
 * day of its last month, or that month's last day when it has none (art 202). Someone born on
 * 2008-05-01 completes 18 years at the end of 2026-05-01 and is 18 from 2026-05-02; someone born on
 * 2008-02-29 is 18 from 2026-03-01. 法释〔2006〕1号 art 2 reads 周岁 the same way for criminal law
 * (从周岁生日的第二天起算). Otherwise from the birthday itself, as in everyday use.
 */
public final class Ages {

    private Ages() {
    }

    /**
     * The whole years {@code birth} has completed on {@code day}.
     *
     * @param fromDayAfterBirthday whether a year is complete only from the day after the birthday
     *                             (the Civil Code's count) rather than on the birthday itself
     */
    public static int completedYears(LocalDate birth, LocalDate day, boolean fromDayAfterBirthday) {
        if (!fromDayAfterBirthday) {
            return Period.between(birth, day).getYears();
        }
        int years = day.getYear() - birth.getYear();
        // the period of n years ends on birth.plusYears(n) (the month's last day for 29 February);
        // n years are complete only on a later day
        while (years > 0 && !birth.plusYears(years).isBefore(day)) {
            years--;
        }
        return Math.max(years, 0);
    }

    /**
     * The first day on which {@code birth} has completed {@code years} whole years, counted as
     * {@link #completedYears} counts them: born 2008-05-01, 18 from 2026-05-02 (from the day after the
     * birthday) or 2026-05-01 (on the birthday); born 2008-02-29, 18 from 2026-03-01 either way.
     */
    public static LocalDate firstDayAged(LocalDate birth, int years, boolean fromDayAfterBirthday) {
        LocalDate day = birth.plusYears(years).minusDays(1);
        while (completedYears(birth, day, fromDayAfterBirthday) < years) {
            day = day.plusDays(1);
        }
        return day;
    }
}
