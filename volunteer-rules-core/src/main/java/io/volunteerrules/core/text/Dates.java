package io.volunteerrules.core.text;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

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

    static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
