package io.volunteerrules.core.text;

import java.time.LocalDate;

/** Dates as messages write them: 2026年5月1日 in Chinese, 1 May 2026 in English. */
public final class Dates {

    private Dates() {
    }

    /** One day in the given language. */
    public static String written(LocalDate date, Language language) {
        if (language == Language.ZH) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        return date.getDayOfMonth() + " " + month(date) + " " + date.getYear();
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** The month's English name, as {@code Month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)} gives it. */
    static String month(LocalDate date) {
        return MONTHS[date.getMonthValue() - 1];
    }
}
