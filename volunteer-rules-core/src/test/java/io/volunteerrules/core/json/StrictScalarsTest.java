package io.volunteerrules.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.json.StrictScalars.Token;
import io.volunteerrules.core.model.Volunteer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What both Jackson modules check of a value, decided in one place. */
class StrictScalarsTest {

    @Test
    void only_the_request_types_get_strict_readers() {
        assertThat(StrictScalars.kindOf(Volunteer.class, LocalDate.class)).isEqualTo(StrictScalars.Kind.DATE);
        assertThat(StrictScalars.kindOf(Volunteer.class, Integer.class)).isEqualTo(StrictScalars.Kind.WHOLE_NUMBER);
        assertThat(StrictScalars.kindOf(Volunteer.class, BigDecimal.class)).isEqualTo(StrictScalars.Kind.DECIMAL);
        assertThat(StrictScalars.kindOf(Volunteer.class, String.class)).isNull();
        // a host's own type is left alone
        assertThat(StrictScalars.kindOf(java.util.Optional.class, LocalDate.class)).isNull();
    }

    @Test
    void a_whole_number_must_be_whole_and_fit() {
        assertThat(StrictScalars.wholeNumber(Token.WHOLE_NUMBER, "18", () -> true, () -> 18)).isEqualTo(18);
        assertThatThrownBy(() -> StrictScalars.wholeNumber(Token.DECIMAL_NUMBER, "18.9", () -> true, () -> 18))
                .hasMessage("expected a whole number, not the number 18.9");
        assertThatThrownBy(() -> StrictScalars.wholeNumber(Token.WHOLE_NUMBER, "99999999999", () -> false, () -> 0))
                .hasMessage("is too large for a whole number");
        assertThatThrownBy(() -> StrictScalars.wholeNumber(Token.STRING, "18", () -> true, () -> 18))
                .hasMessage("expected a whole number, not the text \"18\"");
    }

    @Test
    void a_decimal_is_a_number_of_sane_size_and_a_date_a_text() {
        assertThat(StrictScalars.decimal(Token.DECIMAL_NUMBER, "0.1", () -> new BigDecimal("0.1"))).isEqualByComparingTo("0.1");
        assertThatThrownBy(() -> StrictScalars.decimal(Token.STRING, "0.1", () -> BigDecimal.ONE))
                .hasMessage("expected a number, not the text \"0.1\"");
        assertThatThrownBy(() -> StrictScalars.decimal(Token.DECIMAL_NUMBER, "1E+20", () -> new BigDecimal("1E+20")))
                .hasMessageStartingWith("1E+20 is too large");
        assertThat(StrictScalars.date(Token.STRING, "2026-05-01")).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThatThrownBy(() -> StrictScalars.date(Token.WHOLE_NUMBER, "20260501"))
                .hasMessage("expected a date written yyyy-mm-dd, not the number 20260501");
        assertThatThrownBy(() -> StrictScalars.date(Token.LIST, "["))
                .hasMessage("expected a date written yyyy-mm-dd, not a list");
    }
}
