package io.volunteerrules.drools.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final List<String> MAY_DAY_2026 = List.of("2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04",
            "2026-05-05");
    private static final List<String> SWAPPED = List.of("2026-05-09");

    @Test
    void after_skips_listed_holidays_and_counts_a_swapped_saturday() {
        // Thu 04-30 → Fri 05-08: 05-01..05-05 holidays, 05-06, 05-07, 05-08 working
        assertThat(WorkingDays.after(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 8), MAY_DAY_2026, SWAPPED))
                .isEqualTo(3);
        // through Sat 05-09, a working day by the swap
        assertThat(WorkingDays.after(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 9), MAY_DAY_2026, SWAPPED))
                .isEqualTo(4);
    }

    @Test
    void after_with_no_calendar_counts_monday_to_friday() {
        assertThat(WorkingDays.after(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 8), List.of(), List.of()))
                .isEqualTo(6);
    }

    @Test
    void after_is_zero_when_recorded_on_or_before_the_last_day() {
        LocalDate end = LocalDate.of(2026, 4, 30);
        assertThat(WorkingDays.after(end, end, List.of(), List.of())).isZero();
        assertThat(WorkingDays.after(end, end.minusDays(3), List.of(), List.of())).isZero();
        assertThat(WorkingDays.after(end, null, List.of(), List.of())).isZero();
    }

    @Test
    void after_agrees_with_counting_day_by_day_over_every_span_of_two_months() {
        java.util.Set<LocalDate> holidays = new java.util.HashSet<>();
        MAY_DAY_2026.forEach(d -> holidays.add(LocalDate.parse(d)));
        java.util.Set<LocalDate> swapped = java.util.Set.of(LocalDate.parse("2026-05-09"));
        LocalDate first = LocalDate.of(2026, 4, 1);
        for (int a = 0; a < 60; a++) {
            for (int b = a; b < 60; b++) {
                LocalDate end = first.plusDays(a);
                LocalDate on = first.plusDays(b);
                int byDay = 0;
                for (LocalDate d = end.plusDays(1); !d.isAfter(on); d = d.plusDays(1)) {
                    byDay += WorkingDays.isWorkingDay(d, holidays, swapped) ? 1 : 0;
                }
                assertThat(WorkingDays.after(end, on, MAY_DAY_2026, SWAPPED)).as(end + " to " + on).isEqualTo(byDay);
            }
        }
    }

    @Test
    void after_costs_the_same_for_a_record_entered_centuries_late() {
        // 2,900 years of weekdays, counted by whole weeks rather than day by day
        assertThat(WorkingDays.after(LocalDate.of(1000, 1, 5), LocalDate.of(3900, 1, 5), List.of(), List.of()))
                .isEqualTo((int) (java.time.temporal.ChronoUnit.WEEKS.between(LocalDate.of(1000, 1, 5),
                        LocalDate.of(3900, 1, 5)) * 5));
    }
}
