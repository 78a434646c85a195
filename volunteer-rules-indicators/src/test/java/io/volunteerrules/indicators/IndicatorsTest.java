package io.volunteerrules.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.validation.Violation;
import io.volunteerrules.indicators.CityIndicators.Registration;
import io.volunteerrules.indicators.IndicatorDataset.District;
import io.volunteerrules.indicators.IndicatorDataset.Funding;
import io.volunteerrules.indicators.IndicatorDataset.LotteryFund;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    private static final Indicators INDICATORS = Indicators.bundled();
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 30);

    private static District district(String name, long population, long registered) {
        return new District(name, name, population, registered, null, null, null, null, null, null, null, null, null, null);
    }

    private static IndicatorDataset dataset(List<District> districts) {
        return new IndicatorDataset(AS_OF, "测试市", "test", districts, List.of(), List.of());
    }

    @Test
    void every_target_row_starts_on_or_after_its_sources_effective_date() throws java.io.IOException {
        String yaml;
        try (var in = Indicators.class.getClassLoader().getResourceAsStream(Indicators.BUNDLED_TABLE)) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var table = io.volunteerrules.core.params.ParameterTables.readYaml(Indicators.BUNDLED_TABLE, yaml);
        assertThat(table).isNotEmpty();
        assertThat(io.volunteerrules.core.clauses.ClauseCatalogue.bundled().rowsBeforeTheirSource(table)).isEmpty();
    }

    @Test
    void registration_target_is_population_times_rate_rounded_up_to_a_whole_person() {
        Registration r = Indicators.registration(1001, 150, new BigDecimal("0.15"));
        assertThat(r.targetVolunteers()).isEqualTo(151);   // 150.15 people need 151
        assertThat(r.stillMissing()).isEqualTo(1);
        assertThat(r.targetMet()).isFalse();
        assertThat(r.ratePercent()).isEqualByComparingTo("14.99");   // 14.985… rounds half up
    }

    @Test
    void registration_target_is_met_on_whole_counts_not_on_the_rounded_rate() {
        // 14.9985 % rounds to 15.00 % but 1 volunteer is still missing
        Registration r = Indicators.registration(20_002, 3_000, new BigDecimal("0.15"));
        assertThat(r.ratePercent()).isEqualByComparingTo("15.00");
        assertThat(r.targetMet()).isFalse();
        assertThat(r.stillMissing()).isEqualTo(1);
    }

    @Test
    void registration_above_target_misses_nobody() {
        Registration r = Indicators.registration(1000, 170, new BigDecimal("0.15"));
        assertThat(r.targetMet()).isTrue();
        assertThat(r.stillMissing()).isZero();
    }

    @Test
    void percentages_round_half_up_to_two_decimals() {
        assertThat(Indicators.percent(1, 3)).isEqualByComparingTo("33.33");
        assertThat(Indicators.percent(2, 3)).isEqualByComparingTo("66.67");
        assertThat(Indicators.percent(1, 800)).isEqualByComparingTo("0.13");   // 0.125 → 0.13
        assertThat(Indicators.percent(1, 0)).isNull();
    }

    @Test
    void compute_reads_the_target_and_deadline_in_force_on_the_as_of_date() {
        CityIndicators report = INDICATORS.compute(dataset(List.of(district("甲区", 1000, 100))));
        assertThat(report.target().ratePercent()).isEqualByComparingTo("15");
        assertThat(report.target().deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(report.target().daysToDeadline()).isEqualTo(92);
        assertThat(report.target().clauses()).containsExactly("ZZ-1.3");
    }

    @Test
    void compute_sums_districts_for_the_city_and_keeps_each_district() {
        CityIndicators report = INDICATORS.compute(dataset(List.of(district("甲区", 1000, 200), district("乙区", 3000, 300))));
        assertThat(report.registration().residentPopulation()).isEqualTo(4000);
        assertThat(report.registration().registeredVolunteers()).isEqualTo(500);
        assertThat(report.registration().ratePercent()).isEqualByComparingTo("12.50");
        assertThat(report.registration().stillMissing()).isEqualTo(100);
        assertThat(report.districts()).extracting(d -> d.registration().stillMissing()).containsExactly(0L, 150L);
        assertThat(report.districts().get(0).registration().targetMet()).isTrue();
    }

    @Test
    void city_figures_sum_only_the_districts_that_report_them() {
        District full = new District("A", "甲区", 1000L, 150L, 10, 8, 1, 3, 4, 3, 5, 120L, 100, 25);
        CityIndicators report = INDICATORS.compute(dataset(List.of(full, district("乙区", 2000, 300))));
        assertThat(report.organisations().reportedBy()).isEqualTo(1);
        assertThat(report.organisations().legallyRegisteredPercent()).isEqualByComparingTo("80.00");
        assertThat(report.organisations().withSocialWorkersPercent()).isEqualByComparingTo("30.00");
        assertThat(report.partyMemberTeams().coveragePercent()).isEqualByComparingTo("75.00");
        assertThat(report.partyMemberTeams().teamsPerCommunity()).isEqualByComparingTo("1.25");
        assertThat(report.socialWorkers().withSocialWorkersPercent()).isEqualByComparingTo("25.00");
        assertThat(report.districts().get(1).organisations()).isNull();
    }

    @Test
    void lottery_trend_flags_a_year_whose_share_did_not_rise() {
        IndicatorDataset d = new IndicatorDataset(AS_OF, "测试市", null, List.of(district("甲区", 1000, 100)), List.of(),
                List.of(new LotteryFund(2023, new BigDecimal("1000"), new BigDecimal("20")),
                        new LotteryFund(2021, new BigDecimal("1000"), new BigDecimal("10")),
                        new LotteryFund(2022, new BigDecimal("1000"), new BigDecimal("25"))));
        CityIndicators.LotteryTrend t = INDICATORS.compute(d).lotteryTrend();
        assertThat(t.years()).extracting(CityIndicators.LotteryYear::year).containsExactly(2021, 2022, 2023);
        assertThat(t.years().get(1).changePoints()).isEqualByComparingTo("1.50");
        assertThat(t.years().get(2).rose()).isFalse();
        assertThat(t.yearsNotRising()).containsExactly(2023);
        assertThat(t.risingEveryYear()).isFalse();
    }

    @Test
    void lottery_trend_compares_only_consecutive_years() {
        IndicatorDataset d = new IndicatorDataset(AS_OF, "测试市", null, List.of(district("甲区", 1000, 100)), List.of(),
                List.of(new LotteryFund(2021, new BigDecimal("1000"), new BigDecimal("30")),
                        new LotteryFund(2023, new BigDecimal("1000"), new BigDecimal("20"))));
        CityIndicators.LotteryTrend t = INDICATORS.compute(d).lotteryTrend();
        assertThat(t.years().get(1).changePoints()).isNull();
        assertThat(t.risingEveryYear()).isTrue();
    }

    @Test
    void funding_is_grouped_by_year_with_each_sources_share() {
        IndicatorDataset d = new IndicatorDataset(AS_OF, "测试市", null, List.of(district("甲区", 1000, 100)),
                List.of(new Funding(2024, FundingSource.GOVERNMENT_BUDGET, new BigDecimal("600")),
                        new Funding(2024, FundingSource.DONATIONS, new BigDecimal("300")),
                        new Funding(2024, FundingSource.WELFARE_LOTTERY_FUND, new BigDecimal("100"))),
                List.of());
        CityIndicators.FundingYear y = INDICATORS.compute(d).funding().get(0);
        assertThat(y.totalYuan()).isEqualByComparingTo("1000");
        assertThat(y.sharePercent().get(FundingSource.DONATIONS)).isEqualByComparingTo("30.00");
    }

    @Test
    void compute_refuses_a_date_before_any_target_was_set() {
        IndicatorDataset d = new IndicatorDataset(LocalDate.of(2020, 12, 31), "测试市", null,
                List.of(district("甲区", 1000, 100)), List.of(), List.of());
        assertThatThrownBy(() -> INDICATORS.compute(d)).isInstanceOf(InvalidDatasetException.class)
                .extracting(e -> ((InvalidDatasetException) e).violations())
                .isEqualTo(List.of(new Violation("asOf", "no registration target is in force on 2020-12-31")));
    }

    @Test
    void compute_reports_every_problem_with_its_path() {
        District bad = new District("A", "甲区", 0L, null, 5, 6, null, null, null, 2, null, null, null, null);
        IndicatorDataset d = new IndicatorDataset(AS_OF, " ", null, List.of(bad, district("甲区", 10, 1)),
                List.of(new Funding(2024, FundingSource.WELFARE_LOTTERY_FUND, new BigDecimal("100"))),
                List.of(new LotteryFund(2024, new BigDecimal("1000"), new BigDecimal("90"))));
        assertThatThrownBy(() -> INDICATORS.compute(d)).isInstanceOf(InvalidDatasetException.class)
                .extracting(e -> ((InvalidDatasetException) e).violations().stream().map(Violation::toString).toList())
                .isEqualTo(List.of(
                        "city: must not be blank",
                        "districts[0].communities: must be given when communitiesWithPartyMemberTeam is",
                        "districts[0].legallyRegisteredOrganisations: must not exceed organisations (5)",
                        "districts[0].registeredVolunteers: must not be null",
                        "districts[0].residentPopulation: must be greater than 0",
                        "districts[1].name: duplicate district \"甲区\" (also districts[0])",
                        "lotteryFund[0].volunteerServiceYuan: differs from the WELFARE_LOTTERY_FUND funding of 2024 (100)"));
    }
}
