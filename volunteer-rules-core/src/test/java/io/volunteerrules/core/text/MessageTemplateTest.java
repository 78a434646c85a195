package io.volunteerrules.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.model.ServiceField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    @Test
    void format_fills_each_placeholder_for_the_language() {
        MessageTemplate t = MessageTemplate.of("{v} is {age} on {day} in {field}; lacks {skills}; {hours} h");
        Map<String, Object> args = Map.of("v", "王某", "age", 15, "day", MAY_1,
                "field", ServiceField.MEDICAL_RESCUE, "skills", List.of("a", "b", "c"), "hours", new BigDecimal("99.50"));
        assertThat(t.format(args, Language.EN)).isEqualTo("王某 is 15 on 1 May 2026 in medical rescue; lacks a, b and c; 99.5 h");
        assertThat(t.format(args, Language.ZH)).isEqualTo("王某 is 15 on 2026年5月1日 in 医疗救护; lacks a、b、c; 99.5 h");
        assertThat(t.placeholders()).containsExactlyInAnyOrder("v", "age", "day", "field", "skills", "hours");
    }

    @Test
    void format_starts_an_english_message_with_a_capital_letter() {
        MessageTemplate t = MessageTemplate.of("{task} needs {n|volunteer|volunteers}");
        assertThat(t.format(Map.of("task", "the task", "n", 1), Language.EN)).isEqualTo("The task needs 1 volunteer");
        assertThat(t.format(Map.of("task", "the task", "n", 3), Language.EN)).isEqualTo("The task needs 3 volunteers");
    }

    @Test
    void format_writes_dates_and_periods_as_people_do() {
        MessageTemplate t = MessageTemplate.of("{p}");
        assertThat(t.format(Map.of("p", new Period(MAY_1, LocalDate.of(2026, 5, 3))), Language.ZH)).isEqualTo("2026年5月1日至3日");
        assertThat(t.format(Map.of("p", new Period(MAY_1, LocalDate.of(2026, 5, 3))), Language.EN)).isEqualTo("1 to 3 May 2026");
        assertThat(t.format(Map.of("p", new Period(MAY_1, MAY_1)), Language.ZH)).isEqualTo("2026年5月1日");
        assertThat(t.format(Map.of("p", new Period(MAY_1, MAY_1)), Language.EN)).isEqualTo("1 May 2026");
        assertThat(t.format(Map.of("p", new Period(MAY_1, LocalDate.of(2026, 6, 2))), Language.ZH)).isEqualTo("2026年5月1日至6月2日");
        assertThat(t.format(Map.of("p", new Period(MAY_1, LocalDate.of(2026, 6, 2))), Language.EN)).isEqualTo("1 May to 2 June 2026");
        assertThat(t.format(Map.of("p", new Period(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 2))), Language.ZH))
                .isEqualTo("2025年12月30日至2026年1月2日");
        assertThatThrownBy(() -> new Period(MAY_1, MAY_1.minusDays(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must not end (2026-04-30) before it starts (2026-05-01)");
    }

    @Test
    void format_writes_shares_as_percentages_and_levels_in_one_form() {
        MessageTemplate t = MessageTemplate.of("占{share%}，{level:numeral}星级");
        assertThat(t.format(Map.of("share", new BigDecimal("0.5"), "level", 3), Language.ZH)).isEqualTo("占50%，三星级");
        assertThat(t.format(Map.of("share", new BigDecimal("0.125"), "level", 12), Language.ZH)).isEqualTo("占12.5%，十二星级");
        assertThat(t.format(Map.of("share", new BigDecimal("0.5"), "level", 3), Language.EN)).isEqualTo("占50%，3星级");
        assertThat(MessageTemplate.numeral(20)).isEqualTo("二十");
        assertThat(MessageTemplate.numeral(21)).isEqualTo("二十一");
        assertThat(MessageTemplate.numeral(10)).isEqualTo("十");
    }

    @Test
    void an_optional_part_is_left_out_when_a_value_in_it_says_nothing() {
        MessageTemplate t = MessageTemplate.of("服务{hours}小时[，往返路途{travel}小时不计入]。");
        assertThat(t.format(Map.of("hours", 4, "travel", new BigDecimal("1.5")), Language.ZH)).isEqualTo("服务4小时，往返路途1.5小时不计入。");
        assertThat(t.format(Map.of("hours", 4, "travel", BigDecimal.ZERO), Language.ZH)).isEqualTo("服务4小时。");
        Map<String, Object> absent = new HashMap<>();
        absent.put("hours", 4);
        absent.put("travel", null);
        assertThat(t.format(absent, Language.ZH)).isEqualTo("服务4小时。");
        assertThat(t.format(Map.of("hours", 4, "travel", MessageTemplate.ABSENT), Language.ZH)).isEqualTo("服务4小时。");
        assertThat(t.format(Map.of("hours", 4, "travel", List.of()), Language.ZH)).isEqualTo("服务4小时。");
        assertThat(t.placeholders()).containsExactlyInAnyOrder("hours", "travel");
        assertThat(t.literalText()).isEqualTo("服务小时，往返路途小时不计入。");
    }

    @Test
    void optional_parts_must_open_and_close_once() {
        assertThatThrownBy(() -> MessageTemplate.of("a [b [c] d]")).hasMessageContaining("optional part inside an optional part");
        assertThatThrownBy(() -> MessageTemplate.of("a b]")).hasMessageContaining("\"]\" without \"[\"");
        assertThatThrownBy(() -> MessageTemplate.of("a [b")).hasMessageContaining("\"[\" without \"]\"");
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
