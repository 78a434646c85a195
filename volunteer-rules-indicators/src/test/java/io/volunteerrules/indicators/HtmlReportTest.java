package io.volunteerrules.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.indicators.IndicatorDataset.District;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final CityIndicators REPORT = Indicators.bundled().compute(new IndicatorDataset(
            LocalDate.of(2025, 9, 30), "测试市", "<b>unsafe</b> source",
            List.of(new District("A", "甲区", 1000L, 160L, 10, 8, 1, 3, 4, 3, 5, 120L, 100, 25),
                    new District("B", "乙区", 2000L, 250L, null, null, null, null, null, null, null, null, null, null)),
            List.of(new IndicatorDataset.Funding(2024, FundingSource.GOVERNMENT_BUDGET, new BigDecimal("9000"))),
            List.of(new IndicatorDataset.LotteryFund(2023, new BigDecimal("1000"), new BigDecimal("20")),
                    new IndicatorDataset.LotteryFund(2024, new BigDecimal("1000"), new BigDecimal("15")))));

    @Test
    void render_is_self_contained_no_script_and_nothing_fetched() {
        String html = HtmlReport.render(REPORT);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("src=").doesNotContain("href=")
                .doesNotContain("@import").doesNotContain("url(");
        Matcher m = Pattern.compile("https?://[^\"\\s]+").matcher(html);
        while (m.find()) {
            assertThat(m.group()).as("the only address is the SVG namespace").isEqualTo("http://www.w3.org/2000/svg");
        }
    }

    @Test
    void render_shows_each_district_its_shortfall_and_the_target() {
        String html = HtmlReport.render(REPORT);
        assertThat(html).contains("甲区", "乙区", "目标 15%", "✓ 已达标", "50 人");   // 乙区 needs 300, has 250
    }

    @Test
    void render_flags_a_year_whose_lottery_share_fell() {
        assertThat(HtmlReport.render(REPORT)).contains("2024年使用比例未提高");
    }

    @Test
    void render_escapes_text_from_the_dataset() {
        assertThat(HtmlReport.render(REPORT)).contains("&lt;b&gt;unsafe&lt;/b&gt; source").doesNotContain("<b>unsafe");
    }

    @Test
    void render_says_when_no_district_reports_a_figure() {
        CityIndicators bare = Indicators.bundled().compute(new IndicatorDataset(LocalDate.of(2025, 9, 30), "测试市", null,
                List.of(new District("A", "甲区", 1000L, 100L, null, null, null, null, null, null, null, null, null, null)),
                List.of(), List.of()));
        assertThat(HtmlReport.render(bare)).contains("没有区县报告这项数据", "数据集中没有经费数据");
    }
}
