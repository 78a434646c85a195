package io.volunteerrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.indicators.CityIndicators;
import io.volunteerrules.indicators.DatasetReader;
import io.volunteerrules.indicators.Indicators;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorReportTest {

    @Test
    void the_bundled_example_describes_a_city_of_about_thirteen_million() throws Exception {
        CityIndicators report = Indicators.bundled().compute(DatasetReader.readJson(IndicatorReport.bundled()));
        assertThat(report.registration().residentPopulation()).isBetween(12_500_000L, 13_500_000L);
        assertThat(report.districts()).hasSize(16);
        assertThat(report.registration().targetMet()).isFalse();
        assertThat(report.organisations().reportedBy()).isEqualTo(16);
        assertThat(report.lotteryTrend().yearsNotRising()).containsExactly(2024);
    }

    @Test
    void main_writes_the_json_and_the_html_page(@TempDir Path out) throws Exception {
        IndicatorReport.main(new String[] {writeExample(out).toString(), out.resolve("report").toString()});
        String json = Files.readString(out.resolve("report/indicators.json"), StandardCharsets.UTF_8);
        String html = Files.readString(out.resolve("report/indicators.html"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"stillMissing\"", "\"ratePercent\"", "\"lotteryTrend\"");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("郑州市志愿服务发展指标", "金水区", "<svg");
    }

    private static Path writeExample(Path dir) throws Exception {
        Path file = dir.resolve("dataset.json");
        Files.writeString(file, IndicatorReport.bundled(), StandardCharsets.UTF_8);
        return file;
    }
}
