package io.volunteerrules.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void writes_a_day_in_chinese_and_english() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        assertThat(Dates.written(day, Language.ZH)).isEqualTo("2026年5月1日");
        assertThat(Dates.written(day, Language.EN)).isEqualTo("1 May 2026");
        assertThat(Dates.written(LocalDate.of(2024, 2, 29), Language.EN)).isEqualTo("29 February 2024");
    }

    @Test
    void every_month_has_the_name_the_jdk_gives_it() {
        for (Month m : Month.values()) {
            LocalDate day = LocalDate.of(2026, m, 12);
            assertThat(Dates.month(day)).isEqualTo(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            assertThat(Dates.written(day, Language.EN)).isEqualTo("12 " + m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " 2026");
        }
    }
}
