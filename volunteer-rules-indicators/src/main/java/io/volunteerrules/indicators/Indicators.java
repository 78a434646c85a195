package io.volunteerrules.indicators;

import io.volunteerrules.core.params.MissingParameterException;
import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterRow;
import io.volunteerrules.core.params.ParameterSet;
import io.volunteerrules.core.params.ParameterTables;
import io.volunteerrules.core.validation.Violation;
import io.volunteerrules.indicators.CityIndicators.DistrictIndicators;
import io.volunteerrules.indicators.CityIndicators.FundingYear;
import io.volunteerrules.indicators.CityIndicators.LotteryTrend;
import io.volunteerrules.indicators.CityIndicators.LotteryYear;
import io.volunteerrules.indicators.CityIndicators.Organisations;
import io.volunteerrules.indicators.CityIndicators.PartyMemberTeams;
import io.volunteerrules.indicators.CityIndicators.Registration;
import io.volunteerrules.indicators.CityIndicators.SocialWorkers;
import io.volunteerrules.indicators.CityIndicators.Target;
import io.volunteerrules.indicators.IndicatorDataset.District;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Computes the city's indicators from a dataset: plain arithmetic, no rules engine.
 *
 * <pre>{@code
 * CityIndicators report = Indicators.bundled().compute(DatasetReader.read(path));
 * }</pre>
 *
 * <p>Rounding: every percentage is computed exactly and rounded half up to two decimals
 * ({@code 14.285714…} → {@code 14.29}); the target number of volunteers is population × rate rounded
 * <em>up</em> to a whole person, so that reaching it reaches the rate; whether a target is met is
 * decided on whole counts, never on a rounded percentage. Immutable and thread-safe.
 */
public final class Indicators {

    /** The bundled target table. */
    public static final String BUNDLED_TABLE = "io/volunteerrules/indicators/indicators.parameters.yaml";

    static final String TARGET_RATE = "indicators.registration-target-rate";
    static final String TARGET_DEADLINE = "indicators.registration-target-deadline";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 2;

    private final ParameterTables tables;

    private Indicators(ParameterTables tables) {
        this.tables = tables;
    }

    /** Indicators measured against the bundled target table. */
    public static Indicators bundled() {
        try (InputStream in = Indicators.class.getClassLoader().getResourceAsStream(BUNDLED_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled target table " + BUNDLED_TABLE + " is missing");
            }
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return withTables(ParameterTables.of(ParameterTables.readYaml(BUNDLED_TABLE, yaml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Indicators measured against the given tables, which must define
     * {@code indicators.registration-target-rate} and {@code indicators.registration-target-deadline}.
     */
    public static Indicators withTables(ParameterTables tables) {
        Objects.requireNonNull(tables, "tables must not be null");
        for (String key : List.of(TARGET_RATE, TARGET_DEADLINE)) {
            if (!tables.parameters().containsKey(key)) {
                throw new IllegalArgumentException("the target tables define no parameter " + key);
            }
        }
        return new Indicators(tables);
    }

    /**
     * Computes every indicator of the dataset.
     *
     * @throws InvalidDatasetException listing every problem, if the dataset is incomplete or
     *                                 inconsistent or no target is in force on its as-of date
     */
    public CityIndicators compute(IndicatorDataset dataset) {
        List<Violation> problems = DatasetChecks.check(dataset);
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        Target target = target(dataset);
        BigDecimal rate = target.ratePercent().divide(HUNDRED);

        List<DistrictIndicators> districts = new ArrayList<>();
        for (District d : dataset.districts()) {
            districts.add(new DistrictIndicators(d.code(), d.name(),
                    registration(d.residentPopulation(), d.registeredVolunteers(), rate),
                    organisations(List.of(d)), partyMemberTeams(List.of(d)), socialWorkers(List.of(d))));
        }
        long population = dataset.districts().stream().mapToLong(District::residentPopulation).sum();
        long registered = dataset.districts().stream().mapToLong(District::registeredVolunteers).sum();

        return new CityIndicators(dataset.asOf(), dataset.city(), dataset.source(), target,
                registration(population, registered, rate),
                organisations(dataset.districts()), partyMemberTeams(dataset.districts()),
                socialWorkers(dataset.districts()), List.copyOf(districts), funding(dataset),
                lotteryTrend(dataset), NOTES);
    }

    static final List<String> NOTES = List.of(
            "Percentages are exact quotients rounded half up to two decimals.",
            "The target number of volunteers is resident population × target rate, rounded up to a whole person;"
                    + " \"still missing\" is that number less the registered volunteers, never below zero.",
            "Whether a target is met is decided on whole counts, not on a rounded percentage.",
            "City-wide organisation, party-member-team and social-worker figures sum the districts that report"
                    + " those counts (reportedBy).",
            "The lottery fund's share is the part of the welfare lottery fund for social welfare used for"
                    + " volunteer service; its change is in percentage points from the year before.");

    private Target target(IndicatorDataset dataset) {
        ParameterSet set;
        try {
            set = tables.inForceOn(dataset.asOf());
        } catch (MissingParameterException e) {
            throw new InvalidDatasetException(List.of(new Violation("asOf",
                    "no registration target is in force on " + dataset.asOf())));
        }
        BigDecimal rate = set.decimal(TARGET_RATE);
        Parameter p = tables.parameters().get(TARGET_RATE);
        ParameterRow row = p.rowOn(dataset.asOf()).orElseThrow();
        long days = ChronoUnit.DAYS.between(dataset.asOf(), set.date(TARGET_DEADLINE));
        return new Target(rate.multiply(HUNDRED).stripTrailingZeros(), set.date(TARGET_DEADLINE), days, row.source(),
                row.clauses());
    }

    static Registration registration(long population, long registered, BigDecimal rate) {
        long target = BigDecimal.valueOf(population).multiply(rate).setScale(0, RoundingMode.CEILING).longValueExact();
        return new Registration(population, registered, percent(registered, population), target,
                Math.max(0, target - registered), registered >= target);
    }

    private static Organisations organisations(List<District> districts) {
        List<District> reporting = districts.stream().filter(d -> d.organisations() != null
                && d.legallyRegisteredOrganisations() != null && d.organisationsInIncubation() != null
                && d.organisationsWithSocialWorkers() != null).toList();
        if (reporting.isEmpty()) {
            return null;
        }
        int all = reporting.stream().mapToInt(District::organisations).sum();
        int registered = reporting.stream().mapToInt(District::legallyRegisteredOrganisations).sum();
        int incubating = reporting.stream().mapToInt(District::organisationsInIncubation).sum();
        int social = reporting.stream().mapToInt(District::organisationsWithSocialWorkers).sum();
        return new Organisations(reporting.size(), all, registered, percent(registered, all), incubating, social,
                percent(social, all));
    }

    private static PartyMemberTeams partyMemberTeams(List<District> districts) {
        List<District> reporting = districts.stream().filter(d -> d.communities() != null
                && d.communitiesWithPartyMemberTeam() != null && d.partyMemberVolunteerTeams() != null
                && d.partyMemberVolunteers() != null).toList();
        if (reporting.isEmpty()) {
            return null;
        }
        int communities = reporting.stream().mapToInt(District::communities).sum();
        int covered = reporting.stream().mapToInt(District::communitiesWithPartyMemberTeam).sum();
        int teams = reporting.stream().mapToInt(District::partyMemberVolunteerTeams).sum();
        long members = reporting.stream().mapToLong(District::partyMemberVolunteers).sum();
        BigDecimal perCommunity = communities == 0 ? null
                : BigDecimal.valueOf(teams).divide(BigDecimal.valueOf(communities), SCALE, RoundingMode.HALF_UP);
        return new PartyMemberTeams(reporting.size(), communities, covered, percent(covered, communities), teams,
                perCommunity, members);
    }

    private static SocialWorkers socialWorkers(List<District> districts) {
        List<District> reporting = districts.stream()
                .filter(d -> d.activities() != null && d.activitiesWithSocialWorkers() != null).toList();
        if (reporting.isEmpty()) {
            return null;
        }
        int activities = reporting.stream().mapToInt(District::activities).sum();
        int with = reporting.stream().mapToInt(District::activitiesWithSocialWorkers).sum();
        return new SocialWorkers(reporting.size(), activities, with, percent(with, activities));
    }

    private static List<FundingYear> funding(IndicatorDataset dataset) {
        Map<Integer, Map<FundingSource, BigDecimal>> byYear = new TreeMap<>();
        for (IndicatorDataset.Funding f : dataset.funding()) {
            byYear.computeIfAbsent(f.year(), y -> new EnumMap<>(FundingSource.class)).merge(f.source(), f.amountYuan(),
                    BigDecimal::add);
        }
        List<FundingYear> out = new ArrayList<>();
        byYear.forEach((year, amounts) -> {
            BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<FundingSource, BigDecimal> shares = new EnumMap<>(FundingSource.class);
            amounts.forEach((source, amount) -> shares.put(source, percent(amount, total)));
            out.add(new FundingYear(year, amounts, total, shares));
        });
        return List.copyOf(out);
    }

    private static LotteryTrend lotteryTrend(IndicatorDataset dataset) {
        List<IndicatorDataset.LotteryFund> sorted = dataset.lotteryFund().stream()
                .sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
        List<LotteryYear> years = new ArrayList<>();
        List<Integer> notRising = new ArrayList<>();
        BigDecimal previousExact = null;
        Integer previousYear = null;
        for (IndicatorDataset.LotteryFund l : sorted) {
            BigDecimal exact = l.volunteerServiceYuan().multiply(HUNDRED).divide(l.totalYuan(), 12, RoundingMode.HALF_UP);
            BigDecimal change = null;
            Boolean rose = null;
            if (previousExact != null && previousYear == l.year() - 1) {
                change = exact.subtract(previousExact).setScale(SCALE, RoundingMode.HALF_UP);
                rose = exact.compareTo(previousExact) > 0;
                if (!rose) {
                    notRising.add(l.year());
                }
            }
            years.add(new LotteryYear(l.year(), l.totalYuan(), l.volunteerServiceYuan(),
                    exact.setScale(SCALE, RoundingMode.HALF_UP), change, rose));
            previousExact = exact;
            previousYear = l.year();
        }
        return new LotteryTrend(List.copyOf(years), List.copyOf(notRising), notRising.isEmpty());
    }

    /** {@code part} per hundred of {@code whole}, two decimals, half up; null when the whole is 0. */
    static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP);
    }
}
