package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled working-day calendar against the State Council's holiday notices 2017–2026: for each
 * year, make-up working days (调休上班) that fall on a weekend and holidays that fall on weekdays, as
 * each year's notice sets them.
 */
class BundledCalendarTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void load() {
        calendar = VolunteerRules.builder().build().calendar();
    }

    private static void working(String... days) {
        for (String d : days) {
            assertThat(calendar.isWorkingDay(LocalDate.parse(d))).as("%s is a working day", d).isTrue();
        }
    }

    private static void off(String... days) {
        for (String d : days) {
            assertThat(calendar.isWorkingDay(LocalDate.parse(d))).as("%s is a day off", d).isFalse();
        }
    }

    private static void offFrom(String first, String last) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            off(d.toString());
        }
    }

    @Test
    void every_year_from_2017_to_2026_is_loaded_with_its_notice() {
        assertThat(calendar.years()).containsAll(IntStream.rangeClosed(2017, 2026).boxed().toList());
        for (int y = 2017; y <= 2026; y++) {
            assertThat(calendar.year(y).orElseThrow().notices()).as("notice of %s", y)
                    .allSatisfy(n -> assertThat(n).contains("gov.cn"));
        }
        assertThat(calendar.covers(LocalDate.of(2017, 1, 3))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2016, 12, 30))).isFalse();
    }

    @Test
    void notice_of_2017() {
        working("2017-01-22", "2017-02-04", "2017-09-30");        // Sun, Sat, Sat
        offFrom("2017-01-27", "2017-02-02");                      // 春节
        offFrom("2017-10-01", "2017-10-08");                      // 中秋节、国庆节
        off("2017-01-02", "2017-04-03", "2017-04-04", "2017-05-29", "2017-05-30");
    }

    @Test
    void notice_of_2018() {
        working("2018-02-11", "2018-02-24", "2018-04-08", "2018-04-28", "2018-09-29", "2018-09-30");
        offFrom("2018-02-15", "2018-02-21");
        off("2018-04-05", "2018-04-06", "2018-04-30", "2018-06-18", "2018-09-24");
    }

    @Test
    void notice_of_2019_with_the_new_year_days_it_set_at_the_end_of_2018() {
        working("2018-12-29", "2019-02-02", "2019-02-03", "2019-04-28", "2019-05-05", "2019-09-29", "2019-10-12");
        off("2018-12-31", "2019-01-01");
        offFrom("2019-02-04", "2019-02-08");
        offFrom("2019-05-01", "2019-05-03");                      // as amended in March 2019
        offFrom("2019-10-01", "2019-10-07");                      // 国庆节
    }

    @Test
    void notice_of_2020_with_the_spring_festival_extended_to_february_2() {
        working("2020-01-19", "2020-02-03", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10");
        offFrom("2020-01-24", "2020-02-02");                      // extended by the notice of 2020-01-27
        off("2020-05-04", "2020-05-05", "2020-06-25", "2020-06-26", "2020-10-08");
    }

    @Test
    void notice_of_2021() {
        working("2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09");
        offFrom("2021-02-11", "2021-02-17");
        off("2021-04-05", "2021-05-03", "2021-05-04", "2021-05-05", "2021-06-14", "2021-09-20", "2021-09-21");
    }

    @Test
    void notice_of_2022() {
        working("2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09");
        offFrom("2022-01-31", "2022-02-04");
        off("2022-01-03", "2022-04-04", "2022-04-05", "2022-05-02", "2022-05-03", "2022-05-04", "2022-09-12");
    }

    @Test
    void notice_of_2023() {
        working("2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08");
        offFrom("2023-01-23", "2023-01-27");
        offFrom("2023-09-29", "2023-10-06");                      // 中秋节、国庆节
        off("2023-01-02", "2023-04-05", "2023-05-01", "2023-06-22", "2023-06-23");
    }

    @Test
    void notice_of_2024_with_its_two_working_sundays_at_the_spring_festival() {
        working("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
                "2024-10-12");
        offFrom("2024-02-10", "2024-02-17");
        off("2024-04-04", "2024-04-05", "2024-05-01", "2024-05-02", "2024-05-03", "2024-06-10", "2024-09-16",
                "2024-09-17");
        offFrom("2024-10-01", "2024-10-07");
    }

    @Test
    void notice_of_2025() {
        working("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
        offFrom("2025-01-28", "2025-02-04");
        off("2025-04-04", "2025-05-05", "2025-06-02");
        offFrom("2025-10-01", "2025-10-08");
    }

    @Test
    void notice_of_2026() {
        working("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        offFrom("2026-02-15", "2026-02-23");
        off("2026-01-02", "2026-05-04", "2026-05-05", "2026-09-25", "2026-10-07");
    }

    @Test
    void an_ordinary_week_is_monday_to_friday() {
        working("2024-03-04", "2024-03-08");
        off("2024-03-09", "2024-03-10");
    }
}
