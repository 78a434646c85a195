package io.volunteerrules.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.model.ServiceField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    @Test
    void format_fills_each_placeholder_for_the_language() {
        MessageTemplate t = MessageTemplate.of("{v} is {age} on {day} in {field}; lacks {skills}; {hours} h");
        Map<String, Object> args = Map.of("v", "王某", "age", 15, "day", LocalDate.of(2026, 5, 1),
                "field", ServiceField.MEDICAL_RESCUE, "skills", List.of("a", "b"), "hours", new BigDecimal("99.50"));
        assertThat(t.format(args, Language.EN)).isEqualTo("王某 is 15 on 2026-05-01 in medical rescue; lacks a, b; 99.5 h");
        assertThat(t.format(args, Language.ZH)).isEqualTo("王某 is 15 on 2026-05-01 in 医疗救护; lacks a、b; 99.5 h");
        assertThat(t.placeholders()).containsExactlyInAnyOrder("v", "age", "day", "field", "skills", "hours");
    }

    @Test
    void format_refuses_a_placeholder_without_a_value() {
        assertThatThrownBy(() -> MessageTemplate.of("{who} is {age}").format(Map.of("who", "x"), Language.EN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no value for placeholder {age} in \"{who} is {age}\"");
    }

    @Test
    void render_writes_whole_decimals_without_a_fraction() {
        assertThat(MessageTemplate.render(new BigDecimal("100.00"), Language.EN)).isEqualTo("100");
        assertThat(MessageTemplate.render(new BigDecimal("0.000"), Language.EN)).isEqualTo("0");
        assertThat(MessageTemplate.render(List.of(), Language.ZH)).isEqualTo("无");
    }

    @Test
    void render_writes_a_decimal_too_long_for_plain_notation_in_e_notation() {
        // written out, 1E+10000000 is ten million digits: it took 39 s to render
        assertThat(MessageTemplate.render(new BigDecimal("1E+10000000"), Language.EN)).isEqualTo("1E+10000000");
        assertThat(MessageTemplate.render(new BigDecimal("1E-999999999"), Language.EN)).isEqualTo("1E-999999999");
        assertThat(MessageTemplate.render(new BigDecimal("123456.789000"), Language.EN)).isEqualTo("123456.789");
    }
}
