package io.volunteerrules.drools.internal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgesTest {

    private static final LocalDate MAY_1_2008 = LocalDate.of(2008, 5, 1);
    private static final LocalDate FEB_29_2008 = LocalDate.of(2008, 2, 29);

    @Test
    void from_the_day_after_the_birthday_an_age_is_reached_the_next_day() {
        assertThat(Ages.completedYears(MAY_1_2008, LocalDate.of(2026, 5, 1), true)).isEqualTo(17);
        assertThat(Ages.completedYears(MAY_1_2008, LocalDate.of(2026, 5, 2), true)).isEqualTo(18);
        assertThat(Ages.firstDayAged(MAY_1_2008, 18, true)).isEqualTo(LocalDate.of(2026, 5, 2));
    }

    @Test
    void counting_the_birthday_itself_an_age_is_reached_on_the_birthday() {
        assertThat(Ages.completedYears(MAY_1_2008, LocalDate.of(2026, 4, 30), false)).isEqualTo(17);
        assertThat(Ages.completedYears(MAY_1_2008, LocalDate.of(2026, 5, 1), false)).isEqualTo(18);
        assertThat(Ages.firstDayAged(MAY_1_2008, 18, false)).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void born_on_29_february_the_age_is_reached_on_1_march_of_a_common_year_either_way() {
        assertThat(Ages.firstDayAged(FEB_29_2008, 18, true)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Ages.firstDayAged(FEB_29_2008, 18, false)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Ages.completedYears(FEB_29_2008, LocalDate.of(2026, 2, 28), true)).isEqualTo(17);
        assertThat(Ages.completedYears(FEB_29_2008, LocalDate.of(2026, 2, 28), false)).isEqualTo(17);
    }

    @Test
    void the_first_day_aged_is_the_first_day_the_completed_years_reach_the_age() {
        for (boolean dayAfter : new boolean[] {true, false}) {
            for (LocalDate birth = LocalDate.of(2007, 12, 25); birth.isBefore(LocalDate.of(2009, 1, 5)); birth = birth.plusDays(1)) {
                LocalDate first = Ages.firstDayAged(birth, 16, dayAfter);
                assertThat(Ages.completedYears(birth, first, dayAfter)).isEqualTo(16);
                assertThat(Ages.completedYears(birth, first.minusDays(1), dayAfter)).isEqualTo(15);
            }
        }
    }
}
