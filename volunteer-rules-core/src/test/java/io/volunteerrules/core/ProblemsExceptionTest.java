package io.volunteerrules.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.calendar.CalendarException;
import io.volunteerrules.core.params.ParameterTableException;
import io.volunteerrules.core.params.ParameterValueException;
import io.volunteerrules.core.scenario.ScenarioFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exceptions about an input with several problems share one form: every problem, counted, one a line. */
class ProblemsExceptionTest {

    @Test
    void each_lists_every_problem_counted_and_one_a_line() {
        List<String> two = List.of("stars/stars.parameters.yaml: parameters[1].rows[0].value: expected a number",
                "stars/stars.parameters.yaml: parameters[2].rows[0].from: expected a date");
        List<ProblemsException> all = List.of(new ParameterTableException(two), new CalendarException(two),
                new ScenarioFileException(two), new ParameterValueException(two));
        List<String> what = List.of("invalid parameter table", "invalid working-day calendar", "invalid scenario file",
                "parameter values that cannot be used");
        for (int i = 0; i < all.size(); i++) {
            ProblemsException e = all.get(i);
            assertThat(e).isInstanceOf(VolunteerRulesException.class);
            assertThat(e.problems()).isEqualTo(two);
            assertThat(e.getMessage()).isEqualTo(what.get(i) + " (2 problems):\n  " + two.get(0) + "\n  " + two.get(1));
        }
        assertThat(new CalendarException(List.of("calendar/2027.json: days[3].date: not a date")).getMessage())
                .isEqualTo("invalid working-day calendar (1 problem):\n  calendar/2027.json: days[3].date: not a date");
    }
}
