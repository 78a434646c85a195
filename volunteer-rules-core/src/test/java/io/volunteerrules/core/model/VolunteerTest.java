package io.volunteerrules.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolunteerTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    private static HealthDeclaration declared(LocalDate on, String condition) {
        return new HealthDeclaration(on, List.of(condition), null);
    }

    private static Volunteer with(HealthDeclaration... declarations) {
        return new Volunteer("V1", "李某", null, LocalDate.of(1990, 1, 1), false, null, null, null, null, null, null,
                List.of(), Arrays.asList(declarations));
    }

    @Test
    void the_latest_declaration_made_on_or_before_the_day_holds_and_a_later_one_does_not() {
        HealthDeclaration april = declared(LocalDate.of(2026, 4, 1), "a");
        HealthDeclaration onTheDay = declared(MAY_1, "b");
        HealthDeclaration dayAfter = declared(MAY_1.plusDays(1), "c");
        Volunteer v = with(dayAfter, april, onTheDay);

        assertThat(v.healthDeclarationOn(MAY_1)).contains(onTheDay);
        assertThat(v.healthDeclarationOn(MAY_1.minusDays(1))).contains(april);
        assertThat(v.healthDeclarationOn(LocalDate.of(2026, 3, 31))).isEmpty();
    }

    @Test
    void of_two_declarations_made_on_the_same_latest_day_the_first_listed_holds() {
        HealthDeclaration first = declared(MAY_1, "a");
        HealthDeclaration second = declared(MAY_1, "b");

        assertThat(with(first, second).healthDeclarationOn(MAY_1)).containsSame(first);
        assertThat(with(second, first).healthDeclarationOn(MAY_1)).containsSame(second);
    }

    @Test
    void a_declaration_without_a_date_never_holds() {
        assertThat(with(new HealthDeclaration(null, List.of("a"), null)).healthDeclarationOn(MAY_1)).isEmpty();
    }
}
