package io.volunteerrules.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    /** May Day 2026 as the 2025-11-04 notice sets it: 05-01..05-05 off, Saturday 05-09 a working day. */
    private static final String Y2026 = """
            {"year": 2026, "papers": ["https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"],
             "days": [{"name": "劳动节", "date": "2026-05-01", "isOffDay": true},
                      {"name": "劳动节", "date": "2026-05-02", "isOffDay": true},
                      {"name": "劳动节", "date": "2026-05-03", "isOffDay": true},
                      {"name": "劳动节", "date": "2026-05-04", "isOffDay": true},
                      {"name": "劳动节", "date": "2026-05-05", "isOffDay": true},
                      {"name": "劳动节", "date": "2026-05-09", "isOffDay": false}]}
            """;

    /** The New Year days of 2019, which the 2019 notice set at the end of 2018. */
    private static final String Y2019 = """
            year: 2019
            papers: [http://www.gov.cn/zhengce/zhengceku/2018-12/06/content_5346276.htm]
            days:
              - {name: 元旦, date: 2018-12-29, isOffDay: false}
              - {name: 元旦, date: 2018-12-30, isOffDay: true}
              - {name: 元旦, date: 2018-12-31, isOffDay: true}
              - {name: 元旦, date: 2019-01-01, isOffDay: true}
            """;

    private static final String Y2018 = """
            {"year": 2018, "papers": ["http://www.gov.cn/zhengce/zhengceku/2017-11/30/content_5243579.htm"],
             "days": [{"name": "元旦", "date": "2018-01-01", "isOffDay": true}]}
            """;

    private static CalendarYear read(String file, String text) {
        return WorkingDayCalendar.read(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static WorkingDayCalendar calendar(CalendarYear... years) {
        return WorkingDayCalendar.of(List.of(years));
    }

    @Test
    void windowEnd_is_settled_when_the_loaded_notices_reach_it_and_unknown_when_they_do_not() {
        WorkingDayCalendar cal = calendar(read("calendar/2026.json", Y2026));
        // Thu 04-30: 05-06, 05-07, 05-08, Sat 05-09 are the first four working days
        assertThat(cal.windowEnd(LocalDate.of(2026, 4, 30), 4)).contains(LocalDate.of(2026, 5, 9));
        // Thu 12-10: the tenth working day is Thu 12-24, before the days the 2027 notice settles
        assertThat(cal.windowEnd(LocalDate.of(2026, 12, 10), 10)).contains(LocalDate.of(2026, 12, 24));
        assertThat(cal.windowClosedBefore(LocalDate.of(2026, 12, 10), 10, LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(cal.windowClosedBefore(LocalDate.of(2026, 12, 10), 10, LocalDate.of(2026, 12, 24))).isFalse();
        // Fri 12-18: 12-21..12-24 are four; the fifth would need the 2027 notice
        assertThat(cal.windowEnd(LocalDate.of(2026, 12, 18), 10)).isEmpty();
        assertThat(cal.windowClosedBefore(LocalDate.of(2026, 12, 18), 10, LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void withinDays_counts_calendar_days_which_no_notice_can_make_fewer_working_days_than() {
        assertThat(WorkingDayCalendar.withinDays(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 7), 10)).isTrue();
        assertThat(WorkingDayCalendar.withinDays(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8), 10)).isFalse();
    }

    @Test
    void workingDaysAfter_skips_the_holidays_and_counts_the_make_up_saturday() {
        WorkingDayCalendar cal = calendar(read("calendar/2026.json", Y2026));
        // Thu 04-30 → Fri 05-08: 05-01..05-05 off, 05-06, 05-07, 05-08 working
        assertThat(cal.workingDaysAfter(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 8))).isEqualTo(3);
        // through Sat 05-09, a working day by the notice
        assertThat(cal.workingDaysAfter(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 9))).isEqualTo(4);
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 5, 10))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 5, 4))).isFalse();
    }

    @Test
    void workingDaysAfter_is_zero_when_entered_on_or_before_the_last_day() {
        WorkingDayCalendar cal = calendar(read("calendar/2026.json", Y2026));
        LocalDate end = LocalDate.of(2026, 4, 30);
        assertThat(cal.workingDaysAfter(end, end)).isZero();
        assertThat(cal.workingDaysAfter(end, end.minusDays(3))).isZero();
        assertThat(cal.workingDaysAfter(end, null)).isZero();
        assertThat(cal.missingYears(end, end.minusDays(3))).isEmpty();
    }

    @Test
    void a_day_of_a_year_without_its_notice_is_never_counted_monday_to_friday() {
        WorkingDayCalendar cal = calendar(read("calendar/2026.json", Y2026));
        LocalDate monday = LocalDate.of(2025, 6, 9);
        assertThat(cal.covers(monday)).isFalse();
        assertThat(cal.missingYears(LocalDate.of(2024, 12, 20), LocalDate.of(2026, 1, 10))).containsExactly(2024, 2025);
        assertThat(cal.covers(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 10))).isFalse();
        assertThatThrownBy(() -> cal.isWorkingDay(monday)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no notice for 2025-06-09").hasMessageContaining("[2026]");
        assertThatThrownBy(() -> cal.workingDaysAfter(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WorkingDayCalendar.empty().covers(LocalDate.of(2026, 5, 6))).isFalse();
    }

    @Test
    void the_last_days_of_december_need_the_next_years_notice_too() {
        CalendarYear y2018 = read("calendar/2018.json", Y2018);
        WorkingDayCalendar only2018 = calendar(y2018);
        assertThat(only2018.covers(LocalDate.of(2018, 12, 24))).isTrue();
        assertThat(only2018.covers(LocalDate.of(2018, 12, 25))).isFalse();
        assertThat(only2018.missingYears(LocalDate.of(2018, 12, 20), LocalDate.of(2018, 12, 28))).containsExactly(2019);

        WorkingDayCalendar both = calendar(y2018, read("calendar/2019.yaml", Y2019));
        assertThat(both.covers(LocalDate.of(2018, 12, 31))).isTrue();
        // Fri 12-28 → Wed 01-02: Sat 12-29 worked, 12-30, 12-31, 01-01 off, 01-02 worked
        assertThat(both.workingDaysAfter(LocalDate.of(2018, 12, 28), LocalDate.of(2019, 1, 2))).isEqualTo(2);
        assertThat(both.years()).containsExactly(2018, 2019);
        assertThat(both.year(2019).orElseThrow().notices()).hasSize(1);
        assertThat(both.year(2019).orElseThrow().names()).containsEntry(LocalDate.of(2018, 12, 29), "元旦");
    }

    @Test
    void read_names_every_problem_with_its_file_and_field() {
        String bad = """
                {"year": 2026, "papers": [],
                 "days": [{"name": "劳动节", "date": "2026-5-1", "isOffDay": true},
                          {"name": "", "date": "2026-05-02", "isOffDay": "yes"},
                          {"name": "劳动节", "date": "2027-05-02", "isOffDay": true},
                          {"name": "劳动节", "date": "2026-05-09", "isOffday": false}]}
                """;
        assertThatThrownBy(() -> read("calendar/2026.json", bad)).isInstanceOfSatisfying(CalendarException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "calendar/2026.json: papers: must list the notice (or notices) the days come from",
                        "calendar/2026.json: days[0].date: expected a date (yyyy-mm-dd) but found \"2026-5-1\"",
                        "calendar/2026.json: days[1].isOffDay: must be true (a day off) or false (a working day)",
                        "calendar/2026.json: days[1].name: must name the holiday the day belongs to (春节, 国庆节 …)",
                        "calendar/2026.json: days[2].date: 2027-05-02 is outside the notice's reach (2025-12-25 to 2026-12-31)",
                        "calendar/2026.json: days[3].isOffday: unknown field (known: date, isOffDay, name)",
                        "calendar/2026.json: days[3].isOffDay: must be true (a day off) or false (a working day)"));
    }

    @Test
    void read_refuses_a_file_whose_year_is_not_its_name_and_a_day_listed_twice() {
        String twice = """
                {"year": 2025, "papers": ["n"],
                 "days": [{"name": "劳动节", "date": "2026-05-01", "isOffDay": true},
                          {"name": "劳动节", "date": "2026-05-01", "isOffDay": true}]}
                """;
        assertThatThrownBy(() -> read("calendar/2026.json", twice)).isInstanceOfSatisfying(CalendarException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "calendar/2026.json: year: is 2025 but the file is named for 2026",
                        "calendar/2026.json: days[1].date: 2026-05-01 is listed twice"));
        assertThatThrownBy(() -> read("calendar/holidays.json", Y2026)).isInstanceOf(CalendarException.class)
                .hasMessageContaining("name it calendar/<year>.json");
    }

    @Test
    void of_refuses_a_year_given_twice_and_files_that_disagree_about_a_day() {
        CalendarYear a = read("calendar/2019.json", Y2019);
        CalendarYear b = read("calendar/2019.yaml", Y2019);
        assertThatThrownBy(() -> calendar(a, b)).isInstanceOf(CalendarException.class)
                .hasMessageContaining("calendar/2019.yaml: the calendar of 2019 is also given by calendar/2019.json");
        String y2018 = """
                {"year": 2018, "papers": ["n"], "days": [{"name": "元旦", "date": "2018-12-29", "isOffDay": true}]}
                """;
        assertThatThrownBy(() -> calendar(read("calendar/2018.json", y2018), a)).isInstanceOf(CalendarException.class)
                .hasMessageContaining("calendar/2019.json: 2018-12-29 is a working day here but a day off in calendar/2018.json");
    }

    @Test
    void isCalendarFile_takes_year_files_in_the_calendar_folder_only() {
        assertThat(WorkingDayCalendar.isCalendarFile("calendar/2027.json")).isTrue();
        assertThat(WorkingDayCalendar.isCalendarFile("calendar/2027.yaml")).isTrue();
        assertThat(WorkingDayCalendar.isCalendarFile("calendar/README.md")).isFalse();
        assertThat(WorkingDayCalendar.isCalendarFile("calendar/LICENSE")).isFalse();
        assertThat(WorkingDayCalendar.isCalendarFile("records/calendar/2027.json")).isFalse();
    }
}
